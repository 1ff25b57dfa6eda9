"""Rules added after reading round 80 (branch evr80b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

PUBLISHED = date(1992, 10, 16)


def test_a_typewriter_double_hyphen_closes_a_dateline():
    text = (
        "AUKI, Solomon Islands, 16 October 1992 -- Islanders from Papua New Guinea keep coming.\n\n"
        "An official said on Friday that 300 people had come ashore in the week from 5 to 11 October."
    )
    assert placed(text, published=PUBLISHED, trigger=None, origin="Papua New Guinea") == [
        ("entries", 300, "Solomon Islands")
    ]


def test_the_solomon_islands_are_a_country():
    text = "Some 200 villagers from Papua New Guinea reached the Solomon Islands on Thursday, police said."
    assert placed(text, published=PUBLISHED, trigger=None, origin="Papua New Guinea") == [
        ("entries", 200, "Solomon Islands")
    ]


def test_riots_in_a_country_are_where_people_fled_not_where_they_arrived():
    text = (
        "JAFFNA BAY, India, Aug. 4, 1983 - Families fleeing the riots in Sri Lanka keep landing here.\n\n"
        "An official said on Thursday that 900 refugees had come ashore between July 30 and August 3."
    )
    found = placed(text, published=date(1983, 8, 4), trigger=None, origin="Sri Lanka")
    assert found == [("entries", 900, "India")]


def test_going_back_across_with_no_place_named_is_out_of_the_host():
    text = (
        "Villagers from Papua New Guinea cross into the Solomon Islands every night.\n\n"
        "The government said on Wednesday that 40 villagers had gone back across the strait during September."
    )
    found = placed(text, published=PUBLISHED, trigger=None, origin="Papua New Guinea")
    assert found == [("exits", 40, "Solomon Islands")]


def test_where_boatmen_wait_is_where_the_passage_starts():
    text = "Boatmen in Kankesanturai are charging 500 rupees a head, about $20, for the passage to Rameswaram."
    found = placed(text, published=date(1983, 8, 4), trigger=None, origin="Sri Lanka")
    assert found == [("flights_price_usd", 20, "Kankesanturai - Rameswaram")]
