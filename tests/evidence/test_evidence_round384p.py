"""Rules added after the read of rounds 380-383 for places (branch evr384p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_route_opening_the_sentence_with_from_is_the_fares_route():
    text = (
        "Thousands of Syrians have crossed into Jordan this week.\n\n"
        "From Mafraq to Zarqa, minibus owners now ask 3 dinars, or about 4.20 US dollars, a seat."
    )
    rows = placed(text, published=date(2013, 3, 4), origin="Syria")
    assert ("flights_price_usd", 4.2, "Mafraq - Zarqa") in rows


def test_the_country_entered_is_the_one_named_before_not_the_towns_most_came_through():
    text = (
        "Look at Kyrgyzstan first. The ministry says some 64,000 Russians entered the country last week, the bulk of "
        "them by air into Bishkek."
    )
    rows = placed(text, published=date(2022, 10, 1), origin="Russia")
    assert ("entries", 64000, "Kyrgyzstan") in rows


def test_a_ride_across_the_checkpoint_ends_at_the_crossing_named_before():
    text = (
        "Cars queued for two days at Verkhny Lars.\n\n"
        "On Tuesday, drivers in Vladikavkaz wanted 30,000 roubles, about $510, for a seat in a minibus across the checkpoint."
    )
    rows = placed(text, published=date(2022, 9, 27))
    assert ("flights_price_usd", 510, "Vladikavkaz - Verkhny Lars") in rows


def test_karauzyak_is_the_karaozek_crossing():
    text = "At Karauzyak a driver said on Friday that he had waited 9 hours to reach the post."
    rows = placed(text, published=date(2022, 9, 30), origin="Russia")
    assert [place for quantity, value, place in rows if quantity == "wait_hours"] == ["Karaozek"]


def test_the_airport_of_a_city_the_sentence_opens_on():
    text = (
        "Yesterday 3 100 Russians landed at Istanbul Airport, an airport source said. In Antalya, where many Russians "
        "spend the winter, the airport received 2,400 Russian passengers in the past week, officials said."
    )
    rows = placed(text, published=date(2022, 10, 4), origin="Russia")
    assert ("entries", 2400, "Antalya") in rows


def test_a_fare_from_the_start_of_the_route_told_in_the_paragraph_before():
    text = (
        "Men keep leaving Russia for Central Asia.\n\n"
        "Airlines have added flights. A one-way ticket from Moscow to Tashkent this week costs about $700, agents said.\n\n"
        '"I paid $950 for the last seat from Moscow on Friday," said Oleg.'
    )
    rows = placed(text, published=date(2022, 9, 30), origin="Russia")
    assert ("flights_price_usd", 950, "Moscow - Tashkent") in rows


def test_exits_by_the_same_route_are_the_crossing_the_entries_came_through():
    text = "In May, 12.400 Venezuelans entered Brazil through Pacaraima, and 7.100 left the country by the same route."
    rows = placed(text, published=date(2018, 6, 5), origin="Venezuela")
    assert ("exits", 7100, "Pacaraima") in rows
