"""Rules added after the read of rounds 464-467 for places (branch evr468p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_headline_ending_in_a_crossing_cue_names_no_crossing_on_the_next_line():
    text = (
        "Press note\n\n"
        "Situation at Kolvik border crossing point\n\n"
        "Since the decree was signed, the police have answered many questions about Kolvik.\n\n"
        "From 1 to 27 September, 5 120 Russian citizens entered Norway at Kolvik. Since the decree and up to "
        "Tuesday, more than 2 600 have come."
    )
    rows = placed(text, published=date(2022, 9, 28))
    assert ("entries", 2600, "Kolvik") in rows
    assert all(place != "Since" for _, _, place in rows)


def test_the_albanian_qafe_e_prushit_is_the_qafe_prush_crossing():
    text = (
        "Kosovars keep coming into Albania\n\n"
        "Border police said about 950 people came through Qafë e Prushit on Monday, "
        "and another 1,300 came through Qafe e Prushit on Tuesday."
    )
    rows = placed(text, published=date(1999, 4, 7), trigger=date(1999, 3, 24), origin="Kosovo")
    assert ("entries", 950, "Qafe Prush") in rows
    assert ("entries", 1300, "Qafe Prush") in rows

