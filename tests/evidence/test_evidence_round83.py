"""Rules added after reading round 83 (branch evr83b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday


def test_a_post_named_after_of_is_a_crossing():
    text = "Border guards said 3,000 people crossed by the post of Varnek on Thursday."
    assert placed(text, origin="Moldova") == [("entries", 3000, "Varnek")]


def test_a_post_held_is_no_crossing():
    text = (
        "Ion Popa, who holds the post of Prime Minister, spoke on Thursday.\n\n"
        "The Prime Minister said 2,000 people crossed into Romania on Thursday."
    )
    assert placed(text, origin="Moldova") == [("entries", 2000, "Romania")]


def test_a_file_of_cars_is_a_queue():
    text = "At the Tellin post the file of cars extends on 4 km, drivers said on Thursday."
    assert placed(text, origin="Moldova") == [("queue_length_km", 4, "Tellin")]


def test_a_paragraph_opening_with_its_time_and_a_dash_is_a_post_of_its_own():
    text = (
        "LIVE - the Tellin border post\n\n"
        "20h30 - Officials said 2,000 people crossed at the Tellin post from 20 September until 27 September.\n\n"
        "19h15 - Our reporter at the Tellin post: the file of cars extends on 3 km.\n\n"
        "18h00 - Good evening and welcome to this live page."
    )
    queue = [f for f in figures(text, origin="Moldova") if f.quantity == "queue_length_km"]
    assert [(f.period.start, f.period.end) for f in queue] == [(date(2022, 9, 30), date(2022, 9, 30))]


def test_the_bus_of_a_town_until_the_frontier_is_a_fare_to_the_crossing():
    text = (
        "Some 3,000 people crossed at the Tellin crossing on Thursday.\n\n"
        "The bus of Varnek until the frontier now costs 900 lei, about 45 dollars, passengers said."
    )
    assert placed(text, origin="Moldova")[-1] == ("flights_price_usd", 45, "Varnek - Tellin")


def test_drivers_in_a_town_start_the_ride_even_opening_the_sentence():
    text = "Drivers in Varnek were charging 900 lei, about $45, for the ride to Tellin near the border."
    assert placed(text, origin="Moldova") == [("flights_price_usd", 45, "Varnek - Tellin")]


def test_smugglers_charging_to_guide_people_to_the_fence_is_a_fare_to_the_crossing():
    text = (
        "Some 3,000 people crossed at the Tellin crossing on Thursday.\n\n"
        "Smugglers were charging 5,000 lei, about $250, to guide families from Varnek to the fence at night."
    )
    assert placed(text, origin="Moldova")[-1] == ("flights_price_usd", 250, "Varnek - Tellin")


def test_a_fuel_price_is_no_fare():
    text = "Fares to the border have tripled.\n\nThe price of the barrel of Brent passed 95 dollars on Thursday."
    assert placed(text, origin="Moldova") == []


def test_people_who_arrived_on_flights_are_counted_not_the_flights():
    text = "Border police said 470 Russians landed at Tellin airport on Thursday and 380 arrived on flights on Friday."
    assert [value for _, value, _ in placed(text)] == [470, 380]


def test_another_count_from_two_towns_is_more_at_the_place_before():
    text = (
        "About 3,100 Russians entered Georgia through Batumi airport from 22 to 28 September, the police said.\n\n"
        "On Thursday, another 470 arrived from Istanbul and Minsk, the police said."
    )
    assert placed(text)[-1] == ("entries", 470, "Batumi")


def test_the_number_of_vehicles_in_a_sentence_about_a_line_is_the_queue():
    text = (
        "A line of trucks stretched 10 km back from the Tellin post on Thursday, "
        "and officers put the number of vehicles at about 2,500."
    )
    assert placed(text, origin="Moldova") == [("queue_length_km", 10, "Tellin"), ("queue_vehicles", 2500, "Tellin")]


def test_people_flown_out_from_an_airport_leave_through_it():
    text = "About 1,200 workers were transported by planes from the airport of Varnek on Thursday, the embassy said."
    assert placed(text, origin="Libya") == [("exits", 1200, "Varnek")]


def test_those_who_arrived_then_flew_on_from_a_city_left_it():
    text = "More than 300 Russians who arrived since Monday have already flown on from Dubai to Yerevan and Baku."
    assert placed(text) == [("exits", 300, "Dubai")]


def test_the_other_sides_post_named_aside_is_not_where_people_were_counted():
    text = "VARNEK, Romania, Sept 29 (AP) - At Varnek, opposite the Moldovan post of Tellin, 4,300 came through on Thursday, police said."
    assert placed(text, origin="Moldova") == [("entries", 4300, "Varnek")]
