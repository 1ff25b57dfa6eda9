"""Rules added after the read of rounds 596-599 for places (branch evr596p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_20 = dict(published=date(2022, 10, 20))
NOVEMBER_4 = dict(published=date(2022, 11, 4))
SEPTEMBER_27 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21))


def test_an_airport_named_for_its_town_and_after_a_hyphen_the_city_it_serves_is_that_citys():
    text = "In the past week 3.150 Russian citizens entered Türkiye through the border gate at Milas-Bodrum Airport."
    assert placed(text, **OCTOBER_20) == [("entries", 3150, "Bodrum")]


def test_hanoi_written_in_two_words_is_hanoi():
    text = "On Monday, 184 Russian citizens arrived in Ha Noi on two flights from Kuala Lumpur."
    assert placed(text, **OCTOBER_20) == [("entries", 184, "Hanoi")]


def test_a_releases_place_of_issue_is_no_naming_of_the_city_an_airport_serves():
    text = (
        "Nha Trang, 3 November 2022\n\n"
        "PRESS RELEASE\n\n"
        "In October, 12.480 Russian citizens arrived through Cam Ranh International Airport, the Department said."
    )
    assert placed(text, **NOVEMBER_4) == [("entries", 12480, "Cam Ranh")]


def test_drivers_at_the_station_in_a_town_sell_seats_from_that_town():
    text = "Drivers at the bus station in Orenburg ask 550 dollars for a seat through to Aktobe."
    assert placed(text, **SEPTEMBER_27) == [("flights_price_usd", 550, "Orenburg - Aktobe")]


def test_a_ride_to_a_checkpoint_named_by_its_other_name_ends_at_that_checkpoint():
    text = (
        "Men from Dagestan queue at Verkhny Lars. At the Derbent bus station on Monday, drivers asked about $240 for "
        "a seat to the Upper Lars checkpoint."
    )
    assert ("flights_price_usd", 240, "Derbent - Verkhny Lars") in placed(text, **SEPTEMBER_27)


def test_a_town_in_a_news_agencys_name_is_no_place_of_the_count():
    text = "Police on Lesbos told the Athens News Agency that 620 Russian citizens came into the island through its port in September."
    assert placed(text, **OCTOBER_20) == [("entries", 620, "Lesbos")]
