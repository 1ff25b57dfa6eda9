"""Place rules added after the first read of rounds 276-279 (branch evr280p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # the Samur - Yarag-Kazmalyar road post is named by its Azerbaijani side, Samur, whichever side the text names
    ("Russians head for Azerbaijan" + N + "About 350 lorries stood in line at Yarag-Kazmalyar on Friday evening.", "Russia", ("queue_vehicles", 350, "Samur")),
    ("Russians head for Azerbaijan" + N + "Some 1,300 people crossed through Yarag-Kazmalyar into Azerbaijan on Saturday.", "Russia", ("entries", 1300, "Samur")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
