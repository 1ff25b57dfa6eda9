"""Rules added after the read of rounds 636-639 for periods and quantities (branch evr636q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

FRIDAY_OCTOBER_7 = dict(published=date(2022, 10, 7), trigger=date(2022, 9, 21), origin="Russia")
THURSDAY_OCTOBER_13 = dict(published=date(2022, 10, 13), trigger=date(2022, 9, 21), origin="Russia")


def periods(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_since_the_publications_own_weekday_is_since_that_weekday_a_week_back():
    text = "The airport's press office said that since Friday 2,480 passengers have flown abroad from Omsk."
    assert periods(text, **FRIDAY_OCTOBER_7) == [("exits", 2480, date(2022, 9, 30), date(2022, 10, 7))]


def test_since_another_weekday_is_still_its_latest_before_publication():
    text = "The airport's press office said that since Monday 2,480 passengers have flown abroad from Omsk."
    assert periods(text, **FRIDAY_OCTOBER_7) == [("exits", 2480, date(2022, 10, 3), date(2022, 10, 7))]


def test_the_same_period_after_a_part_told_alone_is_the_running_counts_window():
    text = (
        "Between 21 September and 9 October, 6,310 passengers from Russia landed at Antalya airport. In the five days "
        "to Sunday alone the number was 1,840. Over the same period, 2,270 Russian passengers flew out of Antalya."
    )
    assert periods(text, **THURSDAY_OCTOBER_13)[-1] == ("exits", 2270, date(2022, 9, 21), date(2022, 10, 9))


def test_a_month_after_more_than_in_the_whole_of_is_the_compared_time_not_the_counts():
    text = (
        'On Tuesday alone, nine flights from Moscow landed with 1,380 passengers, "more than in the whole of August '
        'last year", a dispatcher said.'
    )
    assert periods(text, **FRIDAY_OCTOBER_7) == [("entries", 1380, date(2022, 10, 4), date(2022, 10, 4))]

