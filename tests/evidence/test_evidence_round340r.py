"""Rules added after the read of rounds 336-339 for figures not read and distractors (branch evr340r; sentences
written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round328q import _found  # published Sunday 20 March 2022, origin Ukraine


def test_goods_counted_in_boxes_bags_and_sacks_are_no_people():
    text = (
        "On Saturday 2,640 people entered Moldova at Palanca. Volunteers from Odesa brought 35 boxes of water, 120 bags"
        " of bread and 60 sacks of potatoes to the people waiting at the post."
    )
    for value in (35, 120, 60):
        assert _found(text, value=value) == [], (value, _found(text, value=value))
    found = _found(text)
    assert found == [("entries", 2640, "Palanca", date(2022, 3, 19), date(2022, 3, 19))], found


@pytest.mark.parametrize(
    ("text", "queue", "distance"),
    [
        # a distance covered to a town
        (
            "The queue at Palanca stretched 6 km on Saturday, and 2,640 people entered Moldova there. Those who came on"
            " foot must wait for buses to cover the 45 kilometres to Chisinau.",
            6,
            45,
        ),
        # the distance a column moved
        (
            "The queue at Palanca stretched 9 km on Saturday. A driver from Odesa writes that overnight the column moved"
            " forward by only 2 kilometres.",
            9,
            2,
        ),
    ],
)
def test_a_distance_covered_or_moved_is_no_queue(text, queue, distance):
    assert _found(text, value=distance) == [], _found(text, value=distance)
    assert ("queue_length_km", queue, "Palanca") in [row[:3] for row in _found(text, value=queue)], _found(text, value=queue)


def test_a_number_an_office_is_joined_at_is_no_count():
    text = (
        "On Saturday 2,640 people entered Moldova at Palanca. The crisis cell of the district can be joined at the"
        " number 22 38 16 47."
    )
    for value in (22, 38, 16, 47):
        assert _found(text, value=value) == [], (value, _found(text, value=value))
    assert _found(text) == [("entries", 2640, "Palanca", date(2022, 3, 19), date(2022, 3, 19))], _found(text)


def test_a_number_an_office_is_contacted_on_is_no_count():
    text = "On Saturday 2,640 people entered Moldova at Palanca. Families can be contacted on 0 800 91 26 26 by volunteers."
    for value in (800, 91, 26):
        assert _found(text, value=value) == [], (value, _found(text, value=value))


def test_people_who_walked_across_at_a_post_crossed_there():
    found = _found("Since 1 March, close to 2,640 people have walked across at Palanca, according to border police figures.")
    assert found == [("entries", 2640, "Palanca", date(2022, 3, 1), date(2022, 3, 20))], found


def test_walking_across_with_no_one_counted_reads_no_year():
    text = "Walking across remains forbidden under the 1995 agreement, so some 2,640 people came by car instead."
    assert _found(text, value=1995) == [], _found(text, value=1995)
