"""Rules added after the read of rounds 532-535 for periods and quantities (branch evr532q; sentences written for these
tests)."""

from datetime import date

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import figures, rows_of


def test_those_still_there_of_those_who_entered_from_a_day_told_before_the_count_run_from_that_day():
    text = (
        "Of the citizens of the Russian Federation who entered from 21 September, 4 380 were still in Albania on "
        "12 October, the ministry said."
    )
    rows = rows_of(4380, text, published=date(2022, 10, 13))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 12))]


def test_those_who_entered_from_a_day_still_there_as_of_a_day_run_from_that_day():
    text = (
        "In the period, 61 200 Russian citizens entered Armenia and 38 900 left it. Accordingly, 22 300 Russian "
        "citizens who entered Armenia from 21 September remained in the country as of 11 October."
    )
    rows = rows_of(22300, text, published=date(2022, 10, 12))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 11))]


def test_a_total_since_a_day_with_an_aside_is_now_put_at_runs_over_its_window():
    text = (
        "Some 1,150 refugees crossed the frontier into India in the twenty-four hours ending at 6 a.m. today. The total "
        "since 2nd December, when the army entered Jessore, is now put at 14,600."
    )
    rows = rows_of(14600, text, published=date(1971, 12, 14), trigger=date(1971, 12, 1), origin="Pakistan")
    assert [(r[3], r[4]) for r in rows] == [(date(1971, 12, 2), date(1971, 12, 14))]


def test_people_leaving_the_host_through_a_crossing_written_as_the_origins_leave_it_though_returning():
    text = (
        "Border officials counted 9,320 Syrians leaving Lebanon through Masnaa since Monday, many of them, officials "
        "said, returning to fetch relatives."
    )
    rows = rows_of(9320, text, published=date(2012, 7, 26), trigger=date(2012, 7, 15), origin="Syria")
    assert [(r[0], r[2]) for r in rows] == [("exits", "Masnaa")]


def test_in_the_quarter_is_the_quarter_named_before():
    text = (
        "Russians made 2.4 million trips to Kazakhstan in July-September, the border service said.\n\n"
        "Finland closed its border to most Russian tourists on Sept. 30.\n\n"
        "In the other direction, Russians entered Russia 6.2 million times in the quarter, the data showed."
    )
    rows = rows_of(6200000, text, published=date(2022, 11, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 7, 1), date(2022, 9, 30))]


def test_in_the_same_quarter_of_an_earlier_year_is_that_quarter_of_that_year():
    text = "Russians made 9.1 million trips abroad in the third quarter. In the same quarter of 2021 they made 6.2 million."
    found = [(t.period.start, t.period.end) for t in find_times(text, date(2022, 11, 10)) if t.period]
    assert found == [(date(2022, 7, 1), date(2022, 9, 30)), (date(2021, 7, 1), date(2021, 9, 30))]


def test_months_joined_by_a_spaced_dash_are_the_months_between():
    found = [(t.period.start, t.period.end) for t in find_times("Net migration for April - June was 3 100.", date(2022, 8, 1)) if t.period]
    assert found == [(date(2022, 4, 1), date(2022, 6, 30))]


def test_people_who_have_already_left_again_are_gone_over_the_window_of_the_arrivals_before():
    text = (
        "Since 26 February, more than 64.000 people have entered Hungary from Ukraine, the police said.\n\n"
        "Few stay. According to the police, about 38.000 have already left Hungary for Austria, mostly by train."
    )
    rows = rows_of(38000, text, published=date(2022, 3, 4), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [(r[0], r[3], r[4]) for r in rows] == [("exits", date(2022, 2, 26), date(2022, 3, 4))]


def test_hours_written_out_in_the_past_twenty_four_hours_are_a_days_window():
    found = [(t.period.start, t.period.end) for t in find_times("About 30,000 came through in the past twenty-four hours.", date(1994, 7, 20)) if t.period]
    assert found == [(date(1994, 7, 19), date(1994, 7, 20))]


def test_a_day_in_a_where_clause_on_the_place_does_not_date_the_count():
    text = (
        "Kazakhstan received 2.4 million trips in July-September, the border service said.\n\n"
        "Georgia received 263,000 trips, most of them through the Upper Lars crossing, where lorries queued for "
        "kilometres in late September."
    )
    rows = rows_of(263000, text, published=date(2022, 11, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 7, 1), date(2022, 9, 30))]
