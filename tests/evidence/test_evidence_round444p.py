"""Rules added after the read of rounds 440-443 for places (branch evr444p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

_ZAHLE = "ZAHLE, 9 August 2013 - The agency gave its daily figures for the valley on Friday. "


def _rows(text: str, published: date, origin: str = "Syria"):
    return placed(text, published=published, origin=origin)


def test_entering_through_a_crossing_keyed_into_their_own_country_is_the_crossings():
    # no country named as where they went: through the crossing the other way, not the report's country at large
    rows = _rows(_ZAHLE + "On Thursday 4,150 Syrians came in through Masnaa, officials said.", date(2013, 8, 9))
    assert ("entries", 4150, "Masnaa") in rows
    rows = _rows(_ZAHLE + "On Thursday 4,150 Syrians entered through Masnaa and 1,700 went back to Syria.", date(2013, 8, 9))
    assert ("entries", 4150, "Masnaa") in rows


def test_going_home_after_entries_through_a_crossing_in_the_same_sentence_is_that_crossings():
    # (not the host the paragraph before named as where they went)
    rows = _rows(
        _ZAHLE
        + "\n\nIn the week to Sunday about 21,000 Syrians crossed into Lebanon, officials said."
        + "\n\nOn Thursday the flow slowed: 4,150 Syrians entered through Masnaa and 1,700 left for Syria.",
        date(2013, 8, 9),
    )
    assert ("exits", 1700, "Masnaa") in rows


def test_a_transcripts_speaker_label_before_at_a_crossing_with_an_aside_on_its_road():
    text = (
        "KOSTANAY, 29 September 2022\n\n"
        "REPORTER: At Kairak, on the Troitsk road some 40 kilometres south of here, the line is shorter. "
        "About 650 cars were waiting there at noon."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
    assert ("queue_vehicles", 650, "Kairak") in rows
