"""Place rules added after the first read of rounds 296-299 (branch evr300p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a saint's town written with the abbreviation's full stop is one name, not "St"
    (
        "Austrians flee into Switzerland" + N + "On Thursday 30 persons crossed the border at St. Margrethen.",
        "Austria",
        ("entries", 30, "St. Margrethen"),
    ),
    # and so at a sentence's opening, the count after it
    (
        "Austrians flee into Switzerland" + N + "At St. Margrethen, 45 persons crossed the border on Thursday.",
        "Austria",
        ("entries", 45, "St. Margrethen"),
    ),
    # a crossing's name after its noun
    (
        "Austrians flee into Switzerland" + N + "On Friday 25 persons came through the checkpoint St. Margrethen, the customs said.",
        "Austria",
        ("entries", 25, "St. Margrethen"),
    ),
    # a country written "Republic of ...", as translated border services write it: the country, not "Republic"
    (
        "Russians leave for Kazakhstan" + N + "On Monday 4 200 citizens of Russia entered to Republic of Kazakhstan through the checkpoint.",
        "Russia",
        ("entries", 4200, "Kazakhstan"),
    ),
    (
        "Russians leave for Kazakhstan" + N + "From the side of Republic of Kazakhstan on Tuesday 2 300 citizens of RF crossed the border.",
        "Russia",
        ("entries", 2300, "Kazakhstan"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
