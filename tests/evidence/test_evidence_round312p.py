"""Place rules added after the first read of rounds 308-311 (branch evr312p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place, period) the extractor must give."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round308p import _rows  # the same published date, 17 February 1982

N = "\n\n"
CASES = [
    # the police or guards of a state gone since, named by its adjective, making the arrest the count follows: that
    # state's arrests, not the far bank's nor the report's country
    (
        "Refugees reach Austria" + N + "Hundreds of East Germans crossed from Hungary into Austria this week." + N
        + "Czechoslovak border guards have detained about 45 East Germans since Monday who tried to reach Hungary.",
        "East Germany",
        ("arrests", 45, "Czechoslovakia", date(1982, 2, 15), date(1982, 2, 17)),
    ),
    (
        "Flight over the Sudeten hills" + N + "Families kept crossing into Germany on Tuesday." + N
        + "On Tuesday 16 February the Czechoslovak gendarmerie arrested 19 men at a farm near the border.",
        "Czech Republic",
        ("arrests", 19, "Czechoslovakia", date(1982, 2, 16), date(1982, 2, 16)),
    ),
    # the adjective's longer form, "Czechoslovakian"
    (
        "Across the Morava" + N + "More families reached Austria over the river on Monday." + N
        + "On Monday 15 February Czechoslovakian police detained 31 people on the bank below the village.",
        "East Germany",
        ("arrests", 31, "Czechoslovakia", date(1982, 2, 15), date(1982, 2, 15)),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    found = _rows(text, origin)
    assert row in found, found
