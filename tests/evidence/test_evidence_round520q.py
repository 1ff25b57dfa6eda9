"""Rules added after the read of rounds 520-523 for periods and quantities (branch evr520q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_people_who_remain_on_the_side_they_came_from_are_waiting():
    text = (
        "At noon, about 650 travellers, most of them in cars, remain on the Belarusian side before the Terespol "
        "checkpoint in the hope of crossing."
    )
    rows = rows_of(650, text, published=date(2021, 11, 9))
    assert [r[0] for r in rows] == ["other"]


def test_people_who_remained_on_the_bridge_are_waiting():
    text = "By Sunday evening, some 1,700 migrants remained on the bridge over the Suchiate, under plastic sheeting."
    rows = rows_of(1700, text, published=date(2018, 10, 21))
    assert [r[0] for r in rows] == ["other"]


def test_a_bulletins_window_in_brackets_after_the_past_24_hours_holds_both_days():
    text = (
        "In the past 24 hours (07.00 hours on 14 March to 07.00 hours on 15 March), 2.640 refugees crossed into "
        "Hungary at Beregsurany."
    )
    rows = rows_of(2640, text, published=date(2022, 3, 15))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 3, 14), date(2022, 3, 15))]


def test_a_window_of_weekdays_with_hrs_in_brackets_holds_both_days():
    text = "In the past 24 hours (06:00 hrs Monday to 06:00 hrs Tuesday), 4,310 people entered Chad at Adre."
    rows = rows_of(4310, text, published=date(2023, 6, 20))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 6, 19), date(2023, 6, 20))]


def test_between_a_weekdays_part_and_a_clock_with_hours_today_runs_from_that_weekday():
    text = "Some 1,240 migrants entered Mexico at Ciudad Hidalgo between Thursday evening and 07:00 hours today."
    rows = rows_of(1240, text, published=date(2018, 10, 20))
    assert [(r[3], r[4]) for r in rows] == [(date(2018, 10, 18), date(2018, 10, 20))]
