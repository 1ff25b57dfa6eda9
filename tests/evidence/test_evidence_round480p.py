"""Rules added after the read of rounds 476-479 for places (branch evr480p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def _fares(text):
    return [(quantity, value, place) for quantity, value, place in placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21)) if quantity == "flights_price_usd"]


def test_a_fare_to_a_town_is_sold_from_the_city_whose_airport_a_paragraph_before_named():
    text = (
        "A week after the decree, the terminal is the busiest building in the region.\n\n"
        "The departures hall of Khabarovsk airport was packed on Tuesday night, staff said.\n\n"
        "A charter crew was seen checking in at the desk for the evening flight.\n\n"
        "Seats are the trouble now. Booking data quoted by the airport show every Seoul flight full until next week. "
        "A one-way ticket to Seoul cost about $1,400 on Tuesday."
    )
    assert _fares(text) == [("flights_price_usd", 1400, "Khabarovsk - Seoul")]


def test_a_fare_to_a_town_after_an_airport_named_by_its_own_name_is_sold_from_its_city():
    text = (
        "A week after the decree, the terminal is the busiest building in the region.\n\n"
        "The board at Koltsovo lists Almaty, Tashkent and Dubai. The airport's press service said 3,000 passengers "
        "had gone since the decree.\n\n"
        "Seats are the trouble now. On Tuesday the cheapest one-way ticket to Tashkent cost 70,000 roubles, about $1,200."
    )
    assert _fares(text) == [("flights_price_usd", 1200, "Yekaterinburg - Tashkent")]


def test_a_fare_opening_on_its_town_is_sold_from_the_start_of_the_fare_before_it():
    text = (
        "Agents are busy this week.\n\n"
        "A one-way seat Moscow - Yerevan for Saturday now sells at 120,000 roubles, or about $2,000, agents say. "
        "For Tbilisi, brokers quoted up to $1,700 a seat on Sunday's flights."
    )
    assert _fares(text) == [("flights_price_usd", 2000, "Moscow - Yerevan"), ("flights_price_usd", 1700, "Moscow - Tbilisi")]


def test_the_side_of_a_river_names_no_crossing():
    text = "Up to 3,000 more people were camped on the Liberian side of the Makona river on Tuesday, at Foya, officials said."
    assert [place for _quantity, _value, place in placed(text, published=date(2014, 5, 14))] == ["Liberia"]


def test_the_side_of_a_highway_names_no_crossing():
    text = (
        "About 900 lorries were waiting at the Verkhny Lars checkpoint on the Russian side of the Kavkaz highway on "
        "Tuesday; the line stretched for more than 9 km."
    )
    assert [place for _quantity, _value, place in placed(text, published=date(2022, 9, 28))] == ["Verkhny Lars", "Verkhny Lars"]
