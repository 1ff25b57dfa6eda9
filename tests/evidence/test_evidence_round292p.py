"""Place rules added after the first read of rounds 288-291 (branch evr292p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a ride sold "as far as" a post, as "to" it: from the sellers' town to the post
    (
        "Leaving Russia" + N + "Cab drivers in Vladikavkaz ask up to 150 dollars to take a man as far as the Upper Lars checkpoint.",
        "Russia",
        ("flights_price_usd", 150, "Vladikavkaz - Verkhny Lars"),
    ),
    # stops named after a sentence's opening "Connections through": stops, not the fare's ends (the route before)
    (
        "Russians land in Israel" + N + "Airlines have added flights between Moscow and Tel Aviv this week. "
        + "Connections through Istanbul or Baku were listed at up to $1,500 on Monday.",
        "Russia",
        ("flights_price_usd", 1500, "Moscow - Tel Aviv"),
    ),
    # one start in the country left, after a route in the paragraph: from that start, to the route's end
    (
        "Russians land in Armenia" + N + "Flights are full." + N + "A one-way ticket from Moscow to Yerevan sells for about $1,100. "
        + "From Kazan the price reaches $700.",
        "Russia",
        ("flights_price_usd", 700, "Kazan - Yerevan"),
    ),
    (
        "Russians land in Israel" + N + "Two more airlines now fly between Moscow and Tel Aviv. "
        + "Ticket sellers in Moscow said the last seats for Friday went for up to $2,700.",
        "Russia",
        ("flights_price_usd", 2700, "Moscow - Tel Aviv"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
