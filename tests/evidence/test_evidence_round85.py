"""Rules added after reading round 85 (branch evr85b; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import PUBLISHED, figures, placed  # published on a Friday


def test_a_crossing_inside_a_list_of_three_names_is_no_count_of_its_own():
    text = (
        "Coaches queue at the Varnek crossing.\n\n"
        "Border guards said 3,100 Russian citizens entered Latvia in the past week across Osk, Varnek and Tellin together."
    )
    assert placed(text) == [("entries", 3100, "Latvia")]


def test_a_duration_joined_to_its_noun_is_no_wait():
    text = "About 300 drivers have been stuck at the Tellin crossing since the 14-day quarantine began, officials said."
    assert "wait_hours" not in [quantity for quantity, _, _ in placed(text)]


def test_hours_spent_on_the_approach_to_a_bridge_are_a_wait():
    text = "Some drivers had spent up to 40 hours on the approach to the Tellin bridge on Thursday, officials said."
    assert placed(text) == [("wait_hours", 40, "Tellin")]


def test_a_travellers_children_in_digits_are_no_count():
    text = "Ivan, a teacher, crossed at the Tellin post on Thursday with his wife and 4 children."
    assert placed(text) == []


def test_either_side_of_three_more_road_posts_is_one_crossing():
    text = "About 2,000 people crossed from India into Nepal at Gaddachauki on Thursday, officials said."
    assert placed(text, published=date(2020, 4, 3), trigger=None, origin="India") == [("entries", 2000, "Banbasa")]
    text = "Some 300 Zimbabweans went back home through Plumtree on Thursday, officials said."
    assert placed(text, published=date(2008, 7, 4), trigger=None, origin="Zimbabwe") == [("exits", 300, "Ramokgwebana")]


def test_people_let_through_or_cleared_by_the_post_enter():
    assert placed("On Thursday alone the guards cleared 310 at the Tellin crossing, a spokesman said.") == [
        ("entries", 310, "Tellin")
    ]
    assert placed("On Thursday evening officials at the Tellin crossing let 620 of them cross.") == [("entries", 620, "Tellin")]


def test_people_a_firm_took_into_a_country_enter_it():
    text = "A Varnek bus firm says it took 416 passengers into Latvia between Monday and Friday."
    assert placed(text) == [("entries", 416, "Latvia")]


def test_people_who_swam_across_a_named_river_crossed():
    assert [q for q, _, _ in placed("About 35 men swam across the Daugava on Thursday night, police said.")] == ["entries"]


def test_a_fare_compared_with_the_fare_of_a_month_is_not_dated_by_that_month():
    text = "His bus ticket from Riga to Tellin cost him 40 euros, roughly $45, he said, twice the fare in June."
    [fare] = figures(text)
    assert (fare.quantity, fare.period.start, fare.period.end) == ("flights_price_usd", PUBLISHED, PUBLISHED)


def test_dollars_for_a_kombi_are_a_fare():
    text = "We paid 900 rand each for the kombi from Tellin to Varnek, about $60 on the street, a traveller said."
    assert [q for q, _, _ in placed(text, origin="Moldova")] == ["flights_price_usd"]


def test_a_time_followed_by_it_was_dates_the_price_before_not_the_fare():
    text = 'A seat on the ferry to Varnek costs 900 lei. "That is about $45 on the street, but two weeks ago it was half that," he said.'
    [fare] = figures(text, origin="Moldova")
    assert (fare.quantity, fare.period.start) == ("flights_price_usd", PUBLISHED)


def test_people_come_back_from_the_destination_leave_it():
    text = "Around 70 Russians have come back from Latvia into Belarus at the Tellin crossing since Wednesday, an officer said."
    assert placed(text) == [("exits", 70, "Tellin")]


def test_cars_in_a_line_said_with_its_length_are_where_the_line_is():
    text = (
        "Border guards said 900 Russians were admitted into Latvia at the Tellin road crossing between Friday and Wednesday.\n\n"
        "Some 80 were refused entry and sent back over the bridge to Pskov.\n\n"
        "His bus ticket from Moscow to Pskov cost him 3,000 roubles, roughly $50, he said.\n\n"
        "On Thursday morning about 300 people were waiting on the Russian side. The line of cars heading for Latvia "
        "reached 4 km on the Pskov side, with about 600 cars in it, customs said."
    )
    assert placed(text)[-2:] == [("queue_length_km", 4, "Tellin"), ("queue_vehicles", 600, "Tellin")]


def test_a_comparison_ending_a_paragraph_does_not_take_the_time_opening_the_next():
    text = (
        "His ticket cost 4,000 roubles, about $70, twice the fare in August.\n\n"
        "On Thursday morning about 300 people were waiting at the Tellin crossing. The line of cars there reached 3 km."
    )
    [queue] = [f for f in figures(text) if f.quantity == "queue_length_km"]
    assert queue.period.start == date(2022, 9, 29)


def test_a_baseline_a_few_words_before_in_a_normal_month_is_undated():
    text = "Arrivals exclude the 1.5 million tourists who visit Georgia in a normal September, the ministry said."
    assert placed(text) == []


def test_people_counted_by_the_papers_they_hold_are_a_stock():
    text = (
        "Russia as a whole. A Moscow daily put the number of people who left Russia since 21 September at up to 500,000.\n\n"
        "Caveats. Many people crossed twice: into Armenia and then onward by air to Dubai. Our sum also leaves out the "
        "roughly 3 million Russians who held foreign passports or residence permits before the war."
    )
    assert [value for _, value, _ in placed(text)] == [500000]


def test_people_admitted_at_a_named_town_crossed_there():
    text = "Latvia. The Border Guard's count of 1,240 admitted at Tellin between 23 and 28 September is the latest."
    assert placed(text) == [("entries", 1240, "Tellin")]


@pytest.mark.parametrize(
    "named, crossing",
    [
        # opposite the dateline's post
        ("TELLINA, Moldova, Oct 3 (AFP) - People crowd the border post at Tellina, opposite the Ukrainian town of "
         "Varnekivka, officials said on Monday.", "Tellina"),
        # in brackets after a crossing, as its other side
        ("Coaches queue at the Tellin crossing (Varnekivka on the Ukrainian side) this morning.", "Tellin"),
    ],
)
def test_a_town_named_as_the_other_side_of_a_crossing_is_that_crossing(named, crossing):
    text = f"{named}\n\nSome 300 Moldovans went back home through Varnekivka on Sunday, officials said."
    assert placed(text, published=date(2022, 10, 3), trigger=None, origin="Ukraine") == [("exits", 300, crossing)]
