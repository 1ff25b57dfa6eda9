"""Rules added after the read of rounds 360-363 for periods and quantities (branch evr364q; sentences written for
these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import periods, rows_of

PUBLISHED = date(2022, 10, 6)  # a Thursday
DECREE = date(2022, 9, 21)  # a Wednesday


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=DECREE):
    return rows_of(value, text, bounds=True, published=published, trigger=trigger, origin=origin)


_periods = partial(periods, published=PUBLISHED)


def test_from_a_day_to_midnight_last_night_ends_the_day_before_publication():
    assert _periods("From the 24th up to midnight last night, about 12,000 travellers landed at the airport.") == [
        (date(2022, 9, 24), date(2022, 10, 5))
    ]
    assert _periods("Since 23 September until last night some 8,000 crossed.") == [(date(2022, 9, 23), date(2022, 10, 5))]


def test_a_since_with_a_number_in_an_aside_before_last_night_is_no_window():
    # the number would be swallowed by the window's aside
    found = _found("Since 1 October, about 4,300 Russians have crossed at the post, up to last night, officials said.", 4300)
    assert found, found


def test_hours_of_last_evening_to_this_morning_are_both_days():
    assert _periods("Guards counted 2,500 crossing between around nine last evening and five this morning.") == [
        (date(2022, 10, 5), date(2022, 10, 6))
    ]
    assert _periods("Some 700 crossed from ten o'clock last night to 4 a.m. today.") == [
        (date(2022, 10, 5), date(2022, 10, 6))
    ]


def test_overnight_before_the_hours_that_name_the_night_is_not_read_alone():
    found = _found(
        "The guards at the post counted about 2,500 people crossing overnight, between about nine last evening and "
        "five this morning.",
        2500,
    )
    assert found and found[0][3:] == (date(2022, 10, 5), date(2022, 10, 6)), found


def test_on_a_dotted_day_alone_is_that_day_when_recent():
    assert _periods("On 29.09 through the post into Latvia entered 2 410 persons.") == [(date(2022, 9, 29), date(2022, 9, 29))]
    # a month-first day of long ago (10 February, or 2 October written month first) is none
    assert _periods("On 10.02 the police detained 3 citizens for disorder in the hotel.") == []


def test_and_on_a_day_after_a_count_opens_the_next_clause():
    found = _found(
        "On 28 September the first train from the east reached the station with 1,350 persons and on 30 September "
        "two more trains brought 2,700 persons.",
        1350,
    )
    assert found and found[0][3:] == (date(2022, 9, 28), date(2022, 9, 28)), found


def test_during_the_period_is_the_window_a_subject_line_names():
    text = (
        "SUBJECT: Weekly Report on Reception of Travellers, Border Reception Point, period 25 September 2022 to 1 "
        "October 2022.\n\n"
        "1. GENERAL. Movement continued through the post during the period.\n\n"
        "2. PUBLIC SAFETY. Police apprehended nine persons crossing illegally from the east during the period."
    )
    found = _found(text, 9)
    assert found and found[0][3:] == (date(2022, 9, 25), date(2022, 10, 1)), found
