"""Rules added after the read of rounds 420-423 for places (branch evr424p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_crossing_opposite_a_border_town_after_an_aside_keeps_the_crossing():
    text = (
        "LILONGWE, March 3 (Reuter) - Refugees are still crossing from Mozambique, officials said on Tuesday.\n\n"
        "At Mwanza, the busiest post on the Blantyre road, opposite the Mozambican border town of Zobue, officers "
        "registered 1,930 new arrivals last week."
    )
    rows = placed(text, published=date(1987, 3, 3), trigger=None, origin="Mozambique")
    assert ("entries", 1930, "Mwanza") in rows
    assert ("entries", 1930, "Zobue") not in rows


def test_a_crossing_then_its_other_side_after_from_the_side_keeps_the_crossing():
    text = (
        "ATYRAU - The flow from Astrakhan has not slowed.\n\n"
        "Police said 5 310 people entered Kazakhstan through Kurmangazy from the Russian side, Karaozek, on Monday. "
        "Since 21 September more than 27 000 Russian citizens have entered the region through the checkpoint."
    )
    rows = placed(text, published=date(2022, 9, 27), trigger=None, origin="Russia")
    assert ("entries", 27000, "Kurmangazy") in rows
    assert ("entries", 27000, "Karaozek") not in rows


def test_only_the_far_side_named_opposite_the_crossing_is_folded():
    # (guard) the far side's own later mention keeps its name: only the one set opposite the crossing is folded
    text = (
        "About 2,400 people were waiting at Tesseney, opposite the Sudanese town of Kassala, officials said on Friday. "
        "Later 800 more reached Kassala."
    )
    rows = placed(text, published=date(2000, 6, 2), trigger=None, origin="Eritrea")
    assert ("entries", 800, "Kassala") in rows


def test_a_line_that_reaches_almost_to_the_named_bridge_is_the_checkpoints():
    text = (
        "VLADIKAVKAZ - Cars are still lining up on the road to the Upper Lars checkpoint.\n\n"
        "By noon the line stretched some 14 km, from the checkpoint back past Chmi almost to the Redant bridge. "
        "Drivers near Chmi said they had been waiting for 30 hours."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("queue_length_km", 14, "Verkhny Lars") in rows
    assert ("queue_length_km", 14, "Redant") not in rows


def test_two_counts_joined_by_and_each_take_their_own_airport():
    text = (
        "ANKARA - Russians keep flying in.\n\n"
        "Some 88,000 Russian citizens have arrived in Turkey since the decree, the ministry said. Of them, 51,300 came "
        "through Sabiha Gokcen Airport in Istanbul and 22,800 landed at Dalaman Airport."
    )
    rows = placed(text, published=date(2022, 10, 12), trigger=None, origin="Russia")
    assert ("entries", 22800, "Dalaman") in rows
    assert ("entries", 22800, "Istanbul") not in rows
