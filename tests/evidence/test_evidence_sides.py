"""One crossing, one name, as the report itself ties its two sides (branch evsides; sentences written for these tests)."""

from exodus.evidence.gazetteer import crossing_sides, scan

from tests.evidence.test_evidence_round70 import placed


def test_a_town_on_one_side_of_the_crossing_the_report_is_at_is_that_crossing():
    text = (
        "Officials at the Varnok crossing said 1,400 people entered on Monday.\n\n"
        "On the Tarvian side, at Pelmet, the line was about 3 kilometres on Tuesday morning. Guards said two men "
        "tried to drive around the Pelmet post."
    )
    assert placed(text)[-1] == ("queue_length_km", 3, "Varnok")


def test_a_town_named_as_one_side_of_a_named_post_is_that_post():
    text = "About 700 people were still waiting at Pelmet, the Tarvian side of the Varnok post, on Friday morning."
    assert crossing_sides(text, len(text), scan(text), scan(text)) == {"Pelmet": "Varnok"}


def test_a_crossing_named_by_its_two_sides_goes_by_the_side_not_said_to_be_on_a_side():
    text = (
        "At the Pelmet-Varnok crossing, 5,200 people crossed on Monday, border police said.\n\n"
        "On Tuesday the queue of cars on the Tarvian side at Pelmet reached about 4 km."
    )
    assert [place for _q, _v, place in placed(text)] == ["Varnok", "Varnok"]


def test_a_checkpoint_into_the_other_countrys_side_is_the_host_side():
    text = (
        "By road the nearest way out is through the checkpoint Pelmet to the Orlanian Varnok. "
        "In the past day 330 people passed through Pelmet."
    )
    assert placed(text)[-1][2] == "Varnok"


def test_a_side_named_before_as_a_crossing_of_its_own_keeps_its_name():
    text = (
        "Officials at the Varnok crossing said 1,400 people entered on Monday.\n\n"
        "At the Pelmet border post, a line of lorries stretched 9 km. About 3,000 people were waiting on the "
        "Tarvian side at Pelmet on Tuesday."
    )
    sides = crossing_sides(text, len(text), scan(text), scan(text))
    assert "Pelmet" not in sides


def test_a_crossing_the_gazetteer_knows_is_not_renamed():
    text = "On the Russian side, at Verkhny Lars, the queue was 5 km long on Monday."
    assert crossing_sides(text, len(text), scan(text), scan(text)) == {}


def test_a_crossing_named_by_its_two_sides_with_a_spaced_dash_goes_by_the_pair():
    text = (
        "Border officials said 2,300 passengers came through the rail crossing Velmor - Dastany on Monday.\n\n"
        "On the platform at Velmor some 400 people were waiting for the morning train on Tuesday."
    )
    assert [place for _q, _v, place in placed(text)] == ["Velmor - Dastany", "Velmor - Dastany"]


def test_a_post_facing_the_one_people_pass_on_the_side_named_after_it_is_that_post():
    text = (
        "More of 9 thousand Tarvians crossed the river towards Orlania since Sunday. The principal part passes by the post "
        "of Varnok, facing Pelmet on the side Tarvian.\n\n"
        "This morning near 2 thousand persons were waiting at the post of Pelmet on the side Tarvian."
    )
    assert placed(text)[-1][2] == "Varnok"


def test_a_region_gone_into_is_no_side_of_a_crossing():
    text = "About 900 people came through Pelmet into the Orlanian State of Dorrin on Monday."
    assert crossing_sides(text, len(text), scan(text), scan(text)) == {}
