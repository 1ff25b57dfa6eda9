"""Rules added after the read of rounds 364-367 for places (branch evr368p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import rows_of

CASES = {
    # a country entered, then the town the gazetteer lacks that the count came in by (here before its post's nouns):
    # the town, not the country
    "a_town_and_its_post_noun_after_the_country_entered": (
        "On Tuesday, 2,310 people crossed into Tanzania at the Mabamba railway checkpoint.",
        ("Burundi", date(2015, 5, 21), None),
        ("entries", 2310, "Mabamba", date(2015, 5, 19), date(2015, 5, 19)),
    ),
    # the adjective of a state gone since before "post" is a side's post, no crossing of that name
    "a_gone_states_post_is_no_crossing": (
        "About 3,400 Czechoslovak citizens entered Austria on Friday. Some 700 were waiting at the Czechoslovak post "
        "this morning.",
        ("Czechoslovakia", date(1968, 8, 24), None),
        ("entries", 3400, "Austria", date(1968, 8, 23), date(1968, 8, 23)),
    ),
    # a place a line points towards is no post a later queue is at
    "a_town_a_line_points_towards_is_not_its_post": (
        "At the Mashtakovo checkpoint some 900 cars stood on the Russian side, from Mashtakovo in the direction of "
        "Ozinki. The line was about 6 kilometres long.",
        ("Russia", date(2022, 9, 27), None),
        ("queue_length_km", 6, "Mashtakovo", date(2022, 9, 27), date(2022, 9, 27)),
    ),
    # Pulau Bidong, the 1979 island camp
    "the_island_camp_is_read": (
        "On Monday, 4 120 persons landed on Pulau Bidong.",
        ("Vietnam", date(1979, 6, 20), None),
        ("entries", 4120, "Pulau Bidong", date(1979, 6, 18), date(1979, 6, 18)),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_round368p(name):
    text, (origin, published, trigger), expected = CASES[name]
    assert rows_of(expected[1], text, origin=origin, published=published, trigger=trigger) == [expected]


def test_several_towns_after_the_country_are_none_of_them():
    # (a guard: two towns after the country leave the count at the country)
    text = "About 5,000 people entered Tanzania through Gisuru and Mabamba on Monday."
    rows = rows_of(5000, text, origin="Burundi", published=date(2015, 5, 20), trigger=None)
    assert [r[2] for r in rows] == ["Tanzania"]


def test_a_coast_is_its_countrys_not_an_island_named_before():
    text = (
        "Some 2,000 persons landed on Pulau Bidong on Monday.\n\n"
        "The navy said the east coast took in some 18,000 boat people during May."
    )
    rows = rows_of(18000, text, origin="Vietnam", published=date(1979, 6, 20), trigger=None)
    assert [r[2] for r in rows] == ["Malaysia"]
