"""Rules added after the read of rounds 388-391 for periods and quantities (branch evr392q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_week_written_as_two_days_joined_by_a_dash_is_the_whole_week():
    text = "In the week of 12 March - 18 March 2023, some 8,450 people crossed into Poland, the border guard said."
    rows = rows_of(8450, text, published=date(2023, 3, 21), trigger=date(2023, 3, 1))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 3, 12), date(2023, 3, 18))]


def test_from_one_day_dash_another_is_a_window_not_the_last_day():
    text = "From 3 May - 9 May 2023, 5,120 refugees reached the camp at Adre, the agency said."
    rows = rows_of(5120, text, published=date(2023, 5, 12), trigger=date(2023, 4, 15))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 5, 3), date(2023, 5, 9))]


def test_since_an_opening_at_midnight_on_a_weekday_runs_from_the_day_after():
    text = (
        "More than 6,300 people have crossed into Austria since the government lifted the controls at midnight on "
        "Friday, police said."
    )
    rows = rows_of(6300, text, published=date(2023, 6, 14), trigger=date(2023, 6, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 6, 10), date(2023, 6, 14))]


def test_that_weekday_is_the_one_the_text_dated_before():
    text = (
        "The family reached the bridge on Tuesday, March 7, after two days on the road. The border police said "
        "about 2,900 people crossed at the bridge that Tuesday alone."
    )
    rows = rows_of(2900, text, published=date(2023, 3, 30), trigger=date(2023, 3, 1))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 3, 7), date(2023, 3, 7))]


def test_the_same_weekday_a_week_earlier_is_not_the_day_named_before():
    text = (
        "On Tuesday, March 28, some 2,900 people crossed at the bridge, against 1,700 on the same Tuesday a week "
        "earlier."
    )
    rows = rows_of(1700, text, published=date(2023, 3, 30), trigger=date(2023, 3, 1))
    assert all(r[3] != date(2023, 3, 28) for r in rows)
