"""Rules added after reading round 85 (branch evr85b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed  # published on a Friday


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
