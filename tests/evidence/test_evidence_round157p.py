"""Place rules added after reading rounds 157-168 (branch evr157p; sentences written for these tests).

Each case: what it shows, the report, its origin, and a row (quantity, value, place) the
extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a fare from the town its sellers work in, to "the crossing", "the post" or the end of its queue: the crossing named
    # before
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Taxi drivers in Pskov are asking 9,000 roubles, about $150, for the 150 km to the crossing.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "A driver in Pskov took 9,000 roubles, about $150, for a seat to the post, a caller said.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Taxi drivers in Pskov now ask 9,000 roubles, about $150, to drive a family to the end of the line.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    # (a currency after "to" is no town)
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Bus operators in Pskov now charge up to RUB 9,000 (about USD 150) for a seat to the Narva crossing.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Private bus operators in Pskov are asking about $150 for a seat to Tallinn.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_round157_place(text, origin, row):
    assert row in placed(text, origin=origin)
