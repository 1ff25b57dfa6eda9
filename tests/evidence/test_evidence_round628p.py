"""Rules added after the read of rounds 628-631 for places (branch evr628p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28))
SWISS_2016 = dict(published=date(2016, 8, 16), origin="Somalia")


def test_arrests_in_a_report_naming_the_origin_only_among_nationalities_are_the_hosts():
    text = (
        "SITUATION ON THE SOUTHERN BORDER OF SWITZERLAND\n\n"
        "Migration pressure on the border with Italy stayed high in Switzerland this week. Most of the persons stated "
        "that they came from Somalia, Sudan and Mali.\n\n"
        "In the week to Sunday, 14 August 2016, Region III apprehended 1,120 persons staying illegally."
    )
    assert ("arrests", 1120, "Switzerland") in placed(text, **SWISS_2016)


def test_a_seat_all_the_way_to_a_town_abroad_is_sold_from_the_sellers_town_before():
    text = (
        "Men of Tuva drive into Mongolia\n\n"
        "The road south to the border has been full since Wednesday, the traffic police said.\n\n"
        "Taxi drivers in Kyzyl now ask 7 000 roubles a seat to the border. A seat in a car all the way to Ulaangom "
        "costs 180 dollars, paid in cash."
    )
    assert ("flights_price_usd", 180, "Kyzyl - Ulaangom") in placed(text, **SEPTEMBER_28)


def test_magnitogorsk_is_a_russian_town_a_seat_is_sold_from():
    text = (
        "Men of the South Urals drive into Kazakhstan\n\n"
        "The road south to the border has been full since Wednesday, the traffic police said.\n\n"
        "Taxi drivers in Magnitogorsk now ask 10,000 roubles a seat to the border. A seat in a car all the way to "
        "Kostanay costs 250 dollars."
    )
    assert ("flights_price_usd", 250, "Magnitogorsk - Kostanay") in placed(text, **SEPTEMBER_28)


def test_a_queue_at_the_post_in_a_paragraph_naming_none_is_at_the_headlines_crossing():
    text = (
        "Men of the South Urals wait in line at Varshavka\n\n"
        "The road from the Kartaly district to the border is full of cars with the plates of region 74. Some men were "
        "turned back towards Kartaly on Sunday.\n\n"
        "On Tuesday morning the line on the Russian side reached some 9 kilometres, with about 900 cars in it."
    )
    placed_rows = placed(text, **SEPTEMBER_28)
    assert ("queue_length_km", 9, "Varshavka") in placed_rows
    assert ("queue_vehicles", 900, "Varshavka") in placed_rows
