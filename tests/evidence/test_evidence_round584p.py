"""Rules added after the read of rounds 584-587 for places (branch evr584p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_29 = dict(published=date(2022, 9, 29))
OCTOBER_5 = dict(published=date(2022, 10, 5))
HATAY_2012 = dict(published=date(2012, 4, 10), trigger=date(2011, 4, 29), origin="Syria")


def test_krasnoye_is_the_russian_side_of_the_redki_post():
    text = "Drove through Krasnoye on Tuesday night. The queue was about 300 cars and we waited 4 hours."
    assert placed(text, **SEPTEMBER_29) == [("queue_vehicles", 300, "Redki"), ("wait_hours", 4, "Redki")]


def test_a_town_the_gazetteer_lacks_written_as_its_stations_owner_starts_the_ride_without_the_possessive():
    text = "At Syzran's main bus station, drivers want 10 000 roubles, about $170, for a seat to Uralsk."
    assert placed(text, **SEPTEMBER_29) == [("flights_price_usd", 170, "Syzran - Uralsk")]


def test_people_who_came_to_our_country_in_a_statement_are_the_countrys():
    text = (
        "Ankara, 10.04.2012\n\n"
        "Syrians continue to arrive at the Cilvegozu border gate.\n\n"
        "1. Over the past 24 hours, 1.870 Syrian citizens came to our country."
    )
    assert placed(text, **HATAY_2012) == [("entries", 1870, "Turkey")]


def test_the_number_who_have_come_to_our_country_is_not_the_crossing_counted_before():
    text = (
        "Ankara, 10.04.2012\n\n"
        "2. Since Saturday, 1.210 Syrian citizens have entered through the Cilvegozu border gate.\n\n"
        "3. The number of Syrian citizens who have come to our country since April 2011 has reached 36.400."
    )
    assert placed(text, **HATAY_2012) == [("entries", 1210, "Bab al-Hawa"), ("entries", 36400, "Turkey")]


def test_a_fare_from_an_airport_written_near_the_city_it_serves_starts_at_that_city():
    text = (
        "Men are queueing at the small Begishevo airport near Nizhnekamsk for any seat abroad.\n\n"
        "A one-way seat from Begishevo to Dushanbe cost about $870 on Wednesday."
    )
    assert placed(text, **SEPTEMBER_29)[-1] == ("flights_price_usd", 870, "Nizhnekamsk - Dushanbe")


def test_the_airport_most_of_those_who_left_flew_from_is_not_the_whole_counts():
    text = (
        "Since 21 September, 18,300 Russian citizens have entered Mongolia. Over the same period 7,900 of them have "
        "left Mongolia, most by air from Chinggis Khaan International Airport to third countries."
    )
    assert placed(text, **OCTOBER_5) == [("entries", 18300, "Mongolia"), ("exits", 7900, "Mongolia")]


def test_a_place_left_named_by_its_beach_is_not_where_people_arrived():
    text = "Over the weekend, 38 Moroccan teenagers reached Melilla by swimming from the beach of Beni Ansar at dawn."
    assert placed(text, published=date(2021, 7, 26), origin="Morocco") == [("entries", 38, "Melilla")]


def test_passengers_incoming_flights_brought_arrived_at_the_airport_named_before():
    text = (
        "More than 2,900 passengers have flown abroad from Ufa International Airport since the decree, the airport said.\n\n"
        "On Tuesday alone 640 passengers left on seven flights, to Tashkent, Baku and Antalya. Incoming flights "
        "brought 210 passengers the same day."
    )
    assert placed(text, **SEPTEMBER_29)[-1] == ("entries", 210, "Ufa")
