"""Place rules added after reading rounds 153-156 (branch evr153p; sentences written for these tests).

Each case: the report's paragraphs, its origin, and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

CASES = {
    "a ride from the city to the checkpoint starts at the city the sentence named before": (
        ["Queues at the Narva bridge", "The Narva crossing was busy again on Sunday.",
         "Drivers in Pskov now ask 9,000 roubles, about $150, for a ride from the city to the checkpoint, villagers said."],
        "Russia", ("flights_price_usd", 150, "Pskov - Narva"),
    ),
    "a ride from a town to the river runs to the crossing on it named before": (
        ["Boats on the Rovuma at Kilambo", "People have crossed the river into Tanzania at Kilambo since Friday.",
         "Motorbike taxis from Mocimboa to the river now charge about $9 a trip."],
        "Mozambique", ("flights_price_usd", 9, "Mocimboa - Kilambo"),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_round153_place(case):
    paragraphs, origin, row = CASES[case]
    assert row in placed("\n\n".join(paragraphs), origin=origin)
