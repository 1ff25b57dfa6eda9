"""Rules added after the read of rounds 376-379 for places (branch evr380p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_town_written_as_the_district_of_a_country_is_that_countrys():
    text = "Aid agencies said some 52,000 Rohingya had crossed into Cox's Bazar District of Bangladesh since the army operation began."
    assert placed(text, published=date(2017, 9, 2), origin="Myanmar") == [("entries", 52000, "Bangladesh")]


def test_a_ride_to_the_back_of_the_queue_ends_at_the_crossing_queued_for():
    text = (
        "Thousands of men are trying to leave through Verkhny Lars.\n\n"
        "A taxi from Vladikavkaz to the back of the line now costs 20,000 roubles, about $340, drivers said. In August the "
        "same ride cost 2,000 roubles."
    )
    rows = placed(text, published=date(2022, 9, 27))
    assert ("flights_price_usd", 340, "Vladikavkaz - Verkhny Lars") in rows
    text = "Thousands of men are trying to leave through Verkhny Lars.\n\n- Taxi from Vladikavkaz to the column asks 20 000 rubles (approximately 340 dollars)."
    assert ("flights_price_usd", 340, "Vladikavkaz - Verkhny Lars") in placed(text, published=date(2022, 9, 27))


def test_a_count_that_came_through_is_the_crossing_named_before():
    text = (
        "Our reporter is at the Kavkaz-1 checkpoint on the highway.\n\n"
        "The checkpoint was shut on Saturday.\n\n"
        "The Russian authorities gave no reason. On Friday, the last day it was open, some 3,100 people came through."
    )
    rows = placed(text, published=date(1999, 10, 27), origin="Chechnya")
    assert ("entries", 3100, "Kavkaz-1") in rows


def test_a_town_near_which_people_wait_keeps_the_lower_case_joints_of_its_name():
    text = "Relief workers said about 1,200 more people were sheltering in the hills on the Guatemalan side near Gracias a Dios on Monday."
    rows = placed(text, published=date(1982, 8, 4), origin="Guatemala")
    assert [place for quantity, value, place in rows if value == 1200] == ["Gracias a Dios"]
