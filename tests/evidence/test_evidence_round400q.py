"""Rules added after the read of rounds 396-399 for periods and quantities (branch evr400q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_hours_to_a_morning_take_the_day_before():
    text = "In the 24 hours to Tuesday morning, about 3,100 people crossed into Moldova at Palanca, the border police said."
    rows = rows_of(3100, text, published=date(2022, 3, 8), trigger=date(2022, 2, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 3, 7), date(2022, 3, 8))]


def test_hours_to_a_day_with_no_morning_stay_that_day():
    text = "In the 24 hours to Tuesday, about 3,100 people crossed into Moldova at Palanca, the border police said."
    rows = rows_of(3100, text, published=date(2022, 3, 9), trigger=date(2022, 2, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 3, 8), date(2022, 3, 8))]


def test_the_other_way_of_a_later_count_is_not_the_first_counts():
    text = (
        "At Cilvegozu on Friday, officials counted 2,850 Syrian arrivals, against some 600 Syrians who travelled home "
        "in the other direction."
    )
    rows = rows_of(2850, text, published=date(2015, 6, 14), trigger=None) + rows_of(600, text, published=date(2015, 6, 14), trigger=None)
    assert [r[0] for r in rows] == ["entries", "exits"]


def test_the_day_of_a_who_clause_is_not_the_counts():
    text = "About 150 Hondurans who had entered on Monday returned to Honduras through Agua Caliente on Wednesday."
    rows = rows_of(150, text, published=date(2019, 1, 17), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 1, 16), date(2019, 1, 16))]


def test_those_who_fled_going_back_to_a_place_leave_the_host():
    text = (
        "More than 2,000 people crossed into Rwanda at Gisenyi in the last 24 hours. "
        "Some 300 people who had fled on Friday went back across to Goma on Saturday morning."
    )
    rows = rows_of(300, text, published=date(2012, 11, 19), trigger=None)
    assert [r[0] for r in rows] == ["exits"]


def test_people_waiting_past_a_who_clause_of_how_they_came():
    text = "At the post, about 250 Afghans who had left their buses at the checkpoint were still waiting on foot."
    rows = rows_of(250, text, published=date(2021, 8, 30), trigger=None)
    assert [r[0] for r in rows] == ["other"]
