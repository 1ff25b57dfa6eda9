"""Rules added after the read of rounds 364-367 for periods and quantities (branch evr368q; sentences written for
these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import periods, rows_of

PUBLISHED = date(2022, 10, 11)  # a Tuesday
DECREE = date(2022, 9, 21)


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=DECREE):
    return rows_of(value, text, bounds=True, published=published, trigger=trigger, origin=origin)


_periods = partial(periods, published=PUBLISHED)


def test_a_numbered_calendar_week_is_that_week_monday_to_sunday():
    assert _periods("In week 40 the guards counted more travellers than ever.") == [(date(2022, 10, 3), date(2022, 10, 9))]
    assert _periods("During week 52/2021 traffic was light.") == [(date(2021, 12, 27), date(2022, 1, 2))]
    # not two days of a month, nor a count after "the week"
    assert _periods("During the week 13 482 persons crossed.") == []
    assert _periods("In the week 3-9 October some came.") == [(date(2022, 10, 3), date(2022, 10, 9))]


def test_the_same_numbered_week_is_that_week_and_its_number_no_count():
    text = (
        "Entries of foreigners at the land border reached 30 500 in week 40.\n\n"
        "In the same week 40, foreigners left the country towards Russia 21 300 times.\n\n"
        "Entries by crossing point in week 40:\n- Vaalimaa: 12 400\n- Nuijamaa: 7 900"
    )
    assert not _found(text, 40, origin=None)
    rows = _found(text, 12400, origin=None)
    assert rows and rows[0][3:] == (date(2022, 10, 3), date(2022, 10, 9)), rows


def test_the_same_week_with_no_figure_before_is_the_week_named_before():
    text = (
        "During the week from Monday 26 September to Sunday 2 October, the office received 920 applications for "
        "asylum. Since 1 August, 6.100 applications have been filed.\n\n"
        "In the same week, 8.450 foreigners entered the country through the Vaalimaa crossing."
    )
    rows = _found(text, 8450, origin=None)
    assert rows and rows[0][3:] == (date(2022, 9, 26), date(2022, 10, 2)), rows


def test_since_a_weekday_and_a_comma_is_that_weekday_not_a_day_after_the_aside():
    assert _periods("About 900 have gone home since Monday, the ministry said, most of them after the talks ended on Thursday.")[0] == (
        date(2022, 10, 10), date(2022, 10, 11)
    )


def test_since_a_past_verb_in_a_month_runs_from_that_month():
    assert _periods("Since the first refugees crossed in March 2021, more than 40,000 have entered.") == [
        (date(2021, 3, 1), date(2022, 10, 11))
    ]
    assert _periods("Since the camp was reopened in May, 3,000 arrived.") == [(date(2022, 5, 1), date(2022, 10, 11))]


def test_a_window_closed_by_as_of_an_hour_in_its_aside_keeps_the_window():
    rows = _found("In the past 24 hours (data as of 08:00 today), 4 350 persons entered Poland from Ukraine.", 4350, origin="Ukraine")
    assert rows and rows[0][3:] == (date(2022, 10, 10), date(2022, 10, 11)), rows


def test_the_figure_after_exits_out_of_a_host_is_the_same_exits():
    rows = _found(
        "The border service says 8 700 Russian citizens crossed from Georgia back into Russia in the week from 3 to 9 "
        "October. The week before, from 26 September to 2 October, the figure was 6 400.",
        6400,
    )
    assert rows and rows[0][:3] == ("exits", 6400, "Georgia"), rows
