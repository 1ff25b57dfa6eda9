"""Place rules added after reading rounds 169-172 (branch evr169p; sentences written for these tests).

Each case: what it shows, the report, its origin, and a row (quantity, value, place) the
extractor must give."""

import pytest

from exodus.evidence import extract_figures, parse_document
from tests.evidence.test_evidence_round70 import DECREE, PUBLISHED, placed

N = "\n\n"
CASES = [
    # a fare sold by carriers or transporters of a town: the ride starts in their town
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Carriers in Pskov added buses on Monday; a seat on the night coach to Tallinn sold for 9,000 roubles, about $150.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "The transporters of Pskov now ask 9,000 roubles (about 150 dollars) to take one person as far as Tallinn.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Transporters in Pskov ask 9,000 roubles (about US$150) per person for a seat on a lorry to the border.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_round169_fare_from_the_carriers_town(text, origin, row):
    assert row in placed(text, origin=origin)


HOME_CASES = [
    # a fare to a city named alone, in a report whose headline or first paragraph names the city people leave from:
    # the route starts there
    ("Seats abroad" + N + "Travel agents in Kazan said demand had tripled since Wednesday." + N + "On Monday a one-way seat to Tashkent sold for 58,000 roubles, about $1,000.", "Russia", ("flights_price_usd", 1000, "Kazan - Tashkent")),
    ("Airport busy" + N + "Kazan, 3 October 2022. Passenger numbers on foreign routes rose by half this week, the airport said." + N + "Seats to Tashkent for Friday were offered at 58,000 roubles (about USD 1,000).", None, ("flights_price_usd", 1000, "Kazan - Tashkent")),
    # (not a city of another country than the one people leave)
    ("Tashkent hotels fill" + N + "Hotels said bookings had tripled since Wednesday." + N + "On Monday a one-way seat to Bishkek sold for 58,000 roubles, about $1,000.", "Russia", ("flights_price_usd", 1000, "Bishkek")),
]


@pytest.mark.parametrize("text, origin, row", HOME_CASES)
def test_round169_fare_from_the_home_city(text, origin, row):
    assert row in placed(text, origin=origin)


def test_round169_fare_from_the_city_of_a_pages_headline():
    page = (
        "<html><head><title>How Kazan men are leaving</title></head><body><h1>How Kazan men are leaving</h1>"
        "<p>Travel agents said demand had tripled since Wednesday, and the airport added two flights.</p>"
        "<p>On Monday a one-way seat to Tashkent sold for 58,000 roubles, about $1,000.</p></body></html>"
    )
    document = parse_document(page.encode("utf-8"), "inline.html")
    found = extract_figures(document, PUBLISHED, DECREE, "Russia")
    assert ("flights_price_usd", 1000, "Kazan - Tashkent") in [(f.quantity, f.value, f.place) for f in found]
