"""Place rules added after the first read of rounds 300-303 (branch evr304p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a name whose last word is one letter is the whole name: "Tai O", not "Tai"
    (
        "Vietnamese boat people reach Hong Kong" + N + "On Sunday 80 persons arrived at Tai O in two junks.",
        "Vietnam",
        ("entries", 80, "Tai O"),
    ),
    # a crossing numbered "I" after its name, before the crossing's noun: the crossing, not the country
    (
        "Rwandans flee into Zaire" + N + "At the Ruzizi I bridge, 9 000 people crossed on Monday.",
        "Rwanda",
        ("entries", 9000, "Ruzizi I"),
    ),
    # and after "at", before "into"
    (
        "Rwandans flee into Zaire" + N + "On Monday 9 000 people crossed at Ruzizi I into Zaire.",
        "Rwanda",
        ("entries", 9000, "Ruzizi I"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
