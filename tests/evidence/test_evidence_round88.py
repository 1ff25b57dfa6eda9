"""Rules added after reading round 88 (branch evr88b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed
from tests.evidence.test_evidence_round87 import periods


def test_a_weekday_before_a_figure_on_that_weekday_is_a_week_back():
    text = "At the Varnek post officers counted 2,100 Russians entering on Tuesday alone, against about 700 on the Tuesday before."
    assert periods(text, published=date(2022, 9, 30)) == [
        ("entries", 2100, date(2022, 9, 27), date(2022, 9, 27)),
        ("entries", 700, date(2022, 9, 20), date(2022, 9, 20)),
    ]


def test_the_week_that_ended_on_a_weekday_is_the_seven_days_to_it():
    text = "In the week that ended on Sunday, 530 Russians entered Lithuania at Panemune."
    assert periods(text, published=date(2022, 10, 4)) == [("entries", 530, date(2022, 9, 26), date(2022, 10, 2))]


def test_the_week_ended_a_date_is_the_seven_days_to_it():
    text = "1,230 Russians entered Latvia at Terehova in the week ended 2 October."
    assert periods(text, published=date(2022, 10, 6)) == [("entries", 1230, date(2022, 9, 26), date(2022, 10, 2))]


def test_the_same_two_weeks_after_two_one_week_windows_joins_them():
    text = (
        "From 5 to 11 September 900 Russians entered at Panemune, and from 12 to 18 September 700. "
        "Over the same two weeks 1,100 Russians left Lithuania through Panemune."
    )
    assert periods(text, published=date(2022, 9, 20))[-1] == ("exits", 1100, date(2022, 9, 5), date(2022, 9, 18))


def test_numbers_in_brackets_after_an_age_are_ages():
    text = (
        "Men of fighting age (18 to 60 in the first draft, 20 to 50 in the second) may not leave Russia, the rumour says. "
        "1,200 Russians crossed at Varnek on Thursday."
    )
    assert placed(text) == [("entries", 1200, "Varnek")]


def test_a_fare_asked_now_against_the_same_seat_in_august_is_of_the_report_day():
    text = "Drivers in Orenburg are asking 9,000 roubles, about $150, for a seat to Uralsk; in August the same seat cost 2,000 roubles."
    [fare] = figures(text, published=date(2022, 9, 28))
    assert (fare.value, fare.period.start, fare.period.end) == (150, date(2022, 9, 28), date(2022, 9, 28))


def test_a_window_between_a_dated_event_and_a_day_opens_on_the_event():
    text = "The refugee board said 8,000 people came into Ghana from Ivory Coast between the disputed November 28 election and March 27."
    assert periods(text, published=date(2011, 4, 6)) == [("entries", 8000, date(2010, 11, 28), date(2011, 3, 27))]


def test_a_fare_from_a_town_to_the_checkpoint_ends_at_the_crossing_named_before():
    text = "Cars lined up at the Varnek crossing on Thursday.\n\nA taxi from Orenburg to the checkpoint now costs 6,000 roubles, about $100."
    assert placed(text) == [("flights_price_usd", 100, "Orenburg - Varnek")]


def test_people_who_received_a_residence_permit_are_papers_not_crossings():
    text = "Since 21 September 1,500 Russians crossed at Varnek, and 2,300 Russians received a residence permit in Kazakhstan."
    assert placed(text) == [("entries", 1500, "Varnek")]
