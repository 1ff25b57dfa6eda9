"""Rules added after the read of rounds 360-363 for places (branch evr364p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import rows_of

CASES = {
    # a crossing whose name opens with an accented capital, as the world table writes it: the scan stops there too
    # (it stopped only at A to Z, and the count fell to the country)
    "a_crossing_named_with_an_accented_capital_is_read": (
        "Police said 4,350 migrants crossed into Austria at Šentilj on Tuesday.",
        (None, date(2015, 10, 22), None),
        ("entries", 4350, "Spielfeld", date(2015, 10, 20), date(2015, 10, 20)),
    ),
    "an_accented_capital_after_through_is_the_crossing": (
        "Since Monday, about 2,900 refugees have entered Austria through Šentilj.",
        ("Slovenia", date(2015, 10, 22), None),
        ("entries", 2900, "Spielfeld", date(2015, 10, 19), date(2015, 10, 22)),
    ),
    # a crossing written by its two sides about a dash after "through": the dash is no clause break, and the count is
    # the crossing's, not the country named before it
    "a_crossing_by_its_two_sides_after_through_is_one_name": (
        "Since Monday, about 2,900 Russians have entered Finland through Vartius - Lytta, the border guard said.",
        ("Russia", date(2022, 9, 29), None),
        ("entries", 2900, "Vartius", date(2022, 9, 26), date(2022, 9, 29)),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_round364p(name):
    text, (origin, published, trigger), expected = CASES[name]
    assert rows_of(expected[1], text, origin=origin, published=published, trigger=trigger) == [expected]


def test_a_town_near_a_two_sided_crossing_keeps_its_dash_break():
    # not after "through": a town the sentence opens with, near a crossing named by its sides, stays the place
    text = "At Lugdi, near the Gallabat - Metema crossing, between 1,800 and 2,200 people have arrived in the past three days."
    rows = rows_of(2200, text, origin="Ethiopia", published=date(2020, 11, 17), trigger=None)
    assert [r[2] for r in rows] == ["Lugdi"]
