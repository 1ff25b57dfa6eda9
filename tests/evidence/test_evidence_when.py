"""Relative dates in reports resolve against the publication date (and the trigger event)."""

from datetime import date

import pytest

from exodus.evidence.when import find_times

FRIDAY = date(2022, 9, 30)
DECREE = date(2022, 9, 21)


def periods(text, published=FRIDAY, trigger=DECREE):
    return [(t.period.start, t.period.end) if t.period else "same" for t in find_times(text, published, trigger)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("entered since last week", (DECREE, FRIDAY)),  # the decree fell in the previous week
        ("fled in the past week", (date(2022, 9, 23), FRIDAY)),
        ("in the past two weeks", (date(2022, 9, 16), FRIDAY)),
        ("arrested this week", (date(2022, 9, 26), FRIDAY)),
        ("said on Wednesday", (date(2022, 9, 28), date(2022, 9, 28))),
        ("crossed yesterday", (date(2022, 9, 29), date(2022, 9, 29))),
        ("had crossed since last night", (date(2022, 9, 29), FRIDAY)),  # the night before to publication
        ("have come in since yesterday", (date(2022, 9, 29), FRIDAY)),
        ("the day before yesterday", (date(2022, 9, 28), date(2022, 9, 28))),
        ("no seats until Sunday", (FRIDAY, date(2022, 10, 2))),
        ("four to five days ago", (date(2022, 9, 25), date(2022, 9, 26))),
        ("between 21 and 25 September", (DECREE, date(2022, 9, 25))),
        ("during the week of 19 to 25 September", (date(2022, 9, 19), date(2022, 9, 25))),  # translated from French
        ("crossed on 27 and 28 September", (date(2022, 9, 27), date(2022, 9, 28))),  # two days named
        ("since the start of the events", (DECREE, FRIDAY)),  # the trigger, as "since the start of the war"
        # an event's clause ending on its day opens the window to publication, not that day alone
        ("since the rebels seized the town last Wednesday", (date(2022, 9, 28), FRIDAY)),
        ("since the border was closed nine days ago", (DECREE, FRIDAY)),
        ("since the weekend", (date(2022, 9, 24), FRIDAY)),
        ("this past week", (date(2022, 9, 23), FRIDAY)),
        ("from Sept. 19-25", (date(2022, 9, 19), date(2022, 9, 25))),
        ("since the Sept. 21 decree", (DECREE, FRIDAY)),
        ("since the 14 September offensive", (date(2022, 9, 14), FRIDAY)),
        ("from the start of September", (date(2022, 9, 1), FRIDAY)),
        ("in the first week of the month", (date(2022, 9, 1), date(2022, 9, 7))),
        ("in the second week of September", (date(2022, 9, 8), date(2022, 9, 14))),
        ("on September 26 and 27", (date(2022, 9, 26), date(2022, 9, 27))),
        ("in what goes of the year", (date(2022, 1, 1), FRIDAY)),  # translated "en lo que va del año"
        ("during the current month", (date(2022, 9, 1), FRIDAY)),
        ("since the beginning of the day", (FRIDAY, FRIDAY)),
        ("in the space of 48 hours", (date(2022, 9, 28), FRIDAY)),
        ("on Tuesday, Sept. 27, 2022", (date(2022, 9, 27), date(2022, 9, 27))),
        ("over the weekend", (date(2022, 9, 24), date(2022, 9, 25))),
        ("over weekend the post let through", (date(2022, 9, 24), date(2022, 9, 25))),  # translated: no article
        # branch evtime: expressions a check of common phrasings found unread or misread
        ("the past fortnight saw", (date(2022, 9, 16), FRIDAY)),
        ("the past 24 hours saw", (date(2022, 9, 29), FRIDAY)),
        ("a week ago", (date(2022, 9, 23), date(2022, 9, 23))),
        ("two weeks ago", (date(2022, 9, 16), date(2022, 9, 16))),
        ("as on the same Monday a week ago", (date(2022, 9, 26), date(2022, 9, 26))),  # a comparison: no date a week back
        ("from Monday through Wednesday", (date(2022, 9, 26), date(2022, 9, 28))),
        ("on 2022-09-28", (date(2022, 9, 28), date(2022, 9, 28))),
        ("on 26/09/2022", (date(2022, 9, 26), date(2022, 9, 26))),
        ("on 9/26/2022", (date(2022, 9, 26), date(2022, 9, 26))),  # month first: 26 is no month
        ("the day after the decree", (date(2022, 9, 22), date(2022, 9, 22))),
        ("two days after the announcement", (date(2022, 9, 23), date(2022, 9, 23))),
        ("on the eve of the decree", (date(2022, 9, 20), date(2022, 9, 20))),
        # an hour of the day of publication: yesterday and today (an hour of another day is that day, below)
        ("arrived in the 24 hours ending 8 am today", (date(2022, 9, 29), FRIDAY)),
        ("In the last 24 hours, up to 07:00 today, 5,650 entered", (date(2022, 9, 29), FRIDAY)),
        ("From the morning of Monday, 26 September, when the first groups arrived, until 07:00 this morning", (date(2022, 9, 26), FRIDAY)),
        ("for the weekend from Russia departed", (date(2022, 9, 24), date(2022, 9, 25))),  # translated "за выходные"
        ("in the first three months of the year", (date(2022, 1, 1), date(2022, 3, 31))),
        ("processed 1,900 people in 24 hours", (date(2022, 9, 29), FRIDAY)),  # as "in the past 24 hours"
        ("had arrived by 5am on Wednesday", (DECREE, date(2022, 9, 28))),  # a count by then, as "by midday on"
        ("since last Thursday", (date(2022, 9, 29), FRIDAY)),  # from that day, not that day alone
        ("arrived in May", (date(2022, 5, 1), date(2022, 5, 31))),  # the month (not the verb "may")
        ("since mid-May", (date(2022, 5, 15), FRIDAY)),  # (branch evr388q) LABELLING.md: "since mid-<month>" from the 15th
        ("in the first two weeks of September", (date(2022, 9, 1), date(2022, 9, 14))),
        ("arrivals 1 August to 22 September", (date(2022, 8, 1), date(2022, 9, 22))),  # a span of months with "to"
        ("entered during the past weekend", (date(2022, 9, 24), date(2022, 9, 25))),  # not "the past week" + "end"
        ("since the mobilisation order", (DECREE, FRIDAY)),
        ("before the decree", (None, date(2022, 9, 20))),
        ("in the week since", (DECREE, date(2022, 9, 28))),
        ("since February 24", (date(2022, 2, 24), FRIDAY)),
        ("since 2015", (date(2015, 1, 1), FRIDAY)),
        # a window named by where it starts, or by a half
        ("from the beginning of the year", (date(2022, 1, 1), FRIDAY)),
        ("since the start of this month", (date(2022, 9, 1), FRIDAY)),
        ("from the start of the week", (date(2022, 9, 26), FRIDAY)),
        ("year-to-date arrivals", (date(2022, 1, 1), FRIDAY)),
        ("from 1 January", (date(2022, 1, 1), FRIDAY)),
        ("in the first half of June", (date(2022, 6, 1), date(2022, 6, 15))),
        ("the second half of August", (date(2022, 8, 16), date(2022, 8, 31))),
        ("the first half of 2021", (date(2021, 1, 1), date(2021, 6, 30))),
        ("so far in 2022", (date(2022, 1, 1), FRIDAY)),
        ("in 2021, 250,000 crossed", (date(2021, 1, 1), date(2021, 12, 31))),
        ("last year", (date(2021, 1, 1), date(2021, 12, 31))),
        ("between January and August", (date(2022, 1, 1), date(2022, 8, 31))),
        ("Returns, week to 25 September:", (date(2022, 9, 19), date(2022, 9, 25))),
    ],
)
def test_expression_resolves_to_absolute_dates(text, expected):
    assert periods(text)[-1] == expected


def test_since_last_week_without_trigger_starts_on_monday_of_last_week():
    assert periods("since last week", trigger=None) == [(date(2022, 9, 19), FRIDAY)]


def test_trigger_phrases_need_a_trigger_date():
    assert periods("since the decree", trigger=None) == []


def test_same_period_is_left_for_the_extractor_to_inherit():
    assert periods("arrived in the same period") == ["same"]


def test_statement_dates_are_marked():
    said, counted = find_times("officials said on Monday that 37,000 crossed over the weekend", FRIDAY)
    assert said.statement and not counted.statement
    counted, said = find_times("4,200 have crossed since Saturday, the prefecture said in a statement on Tuesday", FRIDAY)
    assert said.statement and not counted.statement
    # "told reporters in Kabul on Thursday": a place where it was said between the verb and the day
    said, counted = find_times("the agency told reporters in Tirana on Monday that 900 had crossed since Friday", FRIDAY)
    assert said.statement and not counted.statement
    # translated "сообщила": "informed on Monday the service"
    counted, said = find_times("during weekend 900 people came in, informed on Monday the border service", FRIDAY)
    assert said.statement and not counted.statement


def test_lower_case_month_and_weekday_words_are_not_dates():
    assert periods("they may 5 go; 2 marchers; a sunday roast") == []


def test_translated_date_forms():
    assert periods("on the 25th of September") == [(date(2022, 9, 25), date(2022, 9, 25))]
    assert periods("by midday on Sunday") == [(DECREE, date(2022, 9, 25))]
    assert periods("in the first week") == [(DECREE, date(2022, 9, 28))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("| 12-18 Sep | 40,100 |", (date(2022, 9, 12), date(2022, 9, 18))),
        ("| 26 Sep-2 Oct | 31,200 |", (date(2022, 9, 26), date(2022, 10, 2))),
        ("in the first 24 days of August", (date(2022, 8, 1), date(2022, 8, 24))),
        ("in the first week of September", (date(2022, 9, 1), date(2022, 9, 7))),
        ("the last week of August", (date(2022, 8, 25), date(2022, 8, 31))),
        ("one week into the mobilisation", (DECREE, FRIDAY)),  # told within the second week: now (branch evr43)
        ("since the attack on 24.02.", (date(2022, 2, 24), FRIDAY)),
        ("since the fighting began in September", (DECREE, FRIDAY)),
        ("since fighting broke out in mid-September", (DECREE, FRIDAY)),
        ("since the start of 2017", (date(2017, 1, 1), FRIDAY)),
        ("since the Taliban took Kabul", (DECREE, FRIDAY)),
    ],
)
def test_more_ways_of_writing_dates_and_windows(text, expected):
    assert periods(text)[-1] == expected


def test_an_event_clause_needs_a_trigger_but_a_month_does_not():
    assert periods("since the Taliban took Kabul", trigger=None) == []
    assert periods("since the fighting began in September", trigger=None) == [(date(2022, 9, 1), FRIDAY)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between Wednesday and noon on Sunday", (DECREE, date(2022, 9, 25))),
        ("from Wednesday to Saturday evening", (DECREE, date(2022, 9, 24))),
        ("Monday through Thursday", (date(2022, 9, 26), date(2022, 9, 29))),
        ("just over 3,000 a day in the week before.", (date(2022, 9, 14), date(2022, 9, 20))),
        ("in the two weeks before the decree", (date(2022, 9, 7), date(2022, 9, 20))),
        ("as of noon 25 Sept", (DECREE, date(2022, 9, 25))),
        ("the week to Sunday 25 Sept", (date(2022, 9, 19), date(2022, 9, 25))),
        ("in the week of 19 September", (date(2022, 9, 19), date(2022, 9, 25))),
        ("in the first 48 hours", (DECREE, date(2022, 9, 22))),
        ("since Putin's televised address", (DECREE, FRIDAY)),
        ("for the week since September 21", (DECREE, date(2022, 9, 28))),
        ("crossed in two days", (date(2022, 9, 28), FRIDAY)),
    ],
)
def test_windows_the_nineteenth_to_twenty_first_rounds_needed(text, expected):
    assert periods(text)[-1] == expected


def test_since_part_of_a_month_runs_to_publication():
    assert periods("since late September") == [(DECREE, FRIDAY)]  # the trigger falls in late September
    assert periods("since mid-August") == [(date(2022, 8, 15), FRIDAY)]  # (branch evr388q) from the 15th
    assert periods("in mid-August") == [(date(2022, 8, 11), date(2022, 8, 20))]


def test_a_month_with_its_year_and_a_date_in_a_paragraphs_narrative_year():
    """"by the end of September 2017" is 2017's; "on 5 September" after "In August 2017" in the same paragraph too;
    a date in another paragraph, or a window open to publication, keeps the usual year."""
    text = "In August 2017, violence began. By the end of September 2017, many had crossed. On 5 September, 20,000 came.\nOn 5 September, more came."
    found = [(t.period.start, t.period.end) for t in find_times(text, date(2024, 1, 15))]
    assert found == [
        (date(2017, 8, 1), date(2017, 8, 31)),
        (date(2017, 9, 21), date(2017, 9, 30)),
        (date(2017, 9, 5), date(2017, 9, 5)),
        (date(2023, 9, 5), date(2023, 9, 5)),
    ]


@pytest.mark.parametrize(
    "text, published, trigger, expected",
    [
        ("had entered by the end of May", date(2023, 6, 2), date(2023, 4, 15), (date(2023, 4, 15), date(2023, 5, 31))),
        ("had entered by the end of May", date(2023, 6, 2), None, (date(2023, 5, 21), date(2023, 5, 31))),
        ("since the Sunday 21 of March have arrived", date(2021, 3, 27), None, (date(2021, 3, 21), date(2021, 3, 27))),
        ("four weeks into the conflict", date(2023, 5, 16), date(2023, 4, 15), (date(2023, 4, 15), date(2023, 5, 16))),
        ("four weeks into the conflict", date(2023, 6, 16), date(2023, 4, 15), (date(2023, 4, 15), date(2023, 5, 13))),
        ("in the course of the last 24 hours passed", FRIDAY, DECREE, (date(2022, 9, 29), FRIDAY)),
        ("from 21 till 27 September entered", FRIDAY, DECREE, (DECREE, date(2022, 9, 27))),
    ],
)
def test_windows_the_forty_third_round_needed(text, published, trigger, expected):
    assert periods(text, published, trigger) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("have come since May 2019, officials say", (date(2019, 5, 1), FRIDAY)),  # May's year, not the last May
        ("fled in early May 2020", (date(2020, 5, 1), date(2020, 5, 10))),
        ("the May 2021 count", (date(2021, 5, 1), date(2021, 5, 31))),  # May and a year need no "in"
        ("registered since Sept. 2020", (date(2020, 9, 1), FRIDAY)),  # an abbreviated month with its year
        ("by Nov 2021 some had returned", (date(2021, 11, 1), date(2021, 11, 30))),
    ],
)
def test_a_month_with_a_year_is_that_years(text, expected):
    assert periods(text) == [expected]


def test_a_number_after_a_month_that_is_no_year_leaves_the_month_alone():
    assert periods("In May 150 people crossed") == [(date(2022, 5, 1), date(2022, 5, 31))]


def test_a_month_since_which_people_fled_to_escape_an_event_is_the_month_not_the_event():
    found = find_times("have fled since early March to escape fighting", date(2016, 3, 18), None)
    assert [(t.period.start, t.period.end) for t in found] == [(date(2016, 3, 1), date(2016, 3, 18))]


def test_the_first_day_since_an_event_is_a_record_not_a_window():
    assert periods("the first day since the invasion on which more went east than west") == []
    assert periods("the busiest day since the war began") == []


@pytest.mark.parametrize("text", ["in the 72 hours to 8am on Wednesday", "in the 72 hours to 6 a.m. on Wednesday"])
def test_a_window_of_hours_to_an_hour_on_a_day_ends_that_day(text):
    assert periods(text) == [(date(2022, 9, 26), date(2022, 9, 28))]


def test_a_date_in_brackets_after_a_windows_last_day_restates_it():
    week = (date(2022, 9, 19), date(2022, 9, 25))
    assert periods("In the week to Sunday (25 September), 9,000 crossed.") == [week, week]
    # a window named in brackets is no restatement: it says which week
    assert periods("this week (26 - 30 September)")[-1] == (date(2022, 9, 26), FRIDAY)


@pytest.mark.parametrize("text", ["crossed during the night, police said today", "came over in the night"])
def test_the_night_told_with_no_day_is_the_night_before(text):
    assert periods(text)[0] == (date(2022, 9, 29), date(2022, 9, 29))


# Branch evr58b (from reading round 58)
@pytest.mark.parametrize(
    "text, start, end",
    [
        ("from Tuesday to Friday this week 5,000 crossed", date(2022, 9, 27), date(2022, 9, 30)),
        ("Tuesday through Thursday this week", date(2022, 9, 27), date(2022, 9, 29)),
        ("In the previous week lorries waited two days.", date(2022, 9, 19), date(2022, 9, 25)),
    ],
)
def test_weekdays_this_week_and_the_previous_week(text, start, end):
    period = find_times(text, date(2022, 10, 1))[-1].period
    assert (period.start, period.end) == (start, end)


def test_the_night_of_a_day_runs_into_the_next_morning():
    period = find_times("about 200 people waited through the night of 28 September", date(2022, 10, 1))[-1].period
    assert (period.start, period.end) == (date(2022, 9, 28), date(2022, 9, 29))


def test_a_month_and_day_after_the_is_the_date_not_the_month():
    # branch evr59b: "the March 12 vote" is 12 March (the month rule's "the March" took it, and 12 read as a count)
    found = find_times("Results of the March 12 vote came out on Friday.", date(2011, 3, 20))
    assert [(t.period.start, t.period.end) for t in found][:1] == [(date(2011, 3, 12), date(2011, 3, 12))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a window closed later in its sentence (round 64's classes; sentences written for this test)
        ("Since 12 September, 4,000 have arrived in Armenia, up to and including Tuesday.", (date(2022, 9, 12), date(2022, 9, 27))),
        ("Since 12 September, 4,000 have crossed (figures as of 18:00 on 27 September).", (date(2022, 9, 12), date(2022, 9, 27))),
        ("between Sept. 12, the day the shelling began, and midnight on Tuesday", (date(2022, 9, 12), date(2022, 9, 27))),
        ("crossed since rebels attacked the town on Christmas Eve", (date(2021, 12, 24), FRIDAY)),
    ],
)
def test_a_window_closed_later_in_its_sentence(text, expected):
    # (the phrase that closes the window is kept as a mention of the same window, branch evr137q)
    assert set(periods(text)) == {expected}


def test_the_same_period_said_again_is_that_window():
    assert periods("left over the same period, from Sept. 12 to Tuesday") == [(date(2022, 9, 12), date(2022, 9, 27))]


def test_by_the_end_of_a_month_to_come_is_no_time():
    assert periods("officials expect several thousand more by the end of November") == []
    assert periods("had crossed by the end of August") == [(date(2022, 8, 21), date(2022, 8, 31))]  # a month gone by


def test_the_fortnight_to_a_day_is_the_fourteen_days_ending_it():
    """Rule added after reading round 68 (branch evr68b): "fortnight" as "week" and "N days" are."""
    assert periods("in the fortnight to Sunday 25 Sept") == [(date(2022, 9, 12), date(2022, 9, 25))]


def test_between_a_day_and_yesterday_is_the_window_to_yesterday():
    assert periods("Between 24 September and yesterday evening 900 crossed") == [(date(2022, 9, 24), date(2022, 9, 29))]
