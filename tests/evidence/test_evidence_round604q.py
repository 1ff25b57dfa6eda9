"""Rules added after the read of rounds 604-607 for periods and quantities (branch evr604q; sentences written for these
tests)."""

from datetime import date

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import figures, row

UGANDA_2016 = dict(published=date(2016, 8, 12), trigger=date(2016, 7, 8), origin="South Sudan")
ROMANIA_2022 = dict(published=date(2022, 3, 8), trigger=date(2022, 2, 24), origin="Ukraine")
CEUTA_2021 = dict(published=date(2021, 5, 21), trigger=None, origin="Morocco")
OCTOBER_5 = dict(published=date(2022, 10, 5))


def test_a_country_that_now_hosts_people_most_of_whom_came_after_a_month_hosts_them_on_the_day_told():
    text = (
        "Uganda now hosts some 310,000 South Sudanese refugees, most of whom arrived after December 2013. Sudan "
        "now hosts some 41,000, including those who arrived before July."
    )
    assert [row(f)[1:] for f in figures(text, **UGANDA_2016) if f.quantity == "net_arrivals"] == [
        (310000, "Uganda", date(2016, 8, 12), date(2016, 8, 12)),
        (41000, "Sudan", date(2016, 8, 12), date(2016, 8, 12)),
    ]


def test_a_count_in_the_same_interval_is_of_the_day_of_the_count_before_not_of_people_waiting_this_morning():
    text = (
        "1. Yesterday, 2.310 persons entered Romania through the Siret border crossing point.\n\n"
        "2. At 07:00 this morning, about 900 persons were waiting on the Ukrainian side at Porubne.\n\n"
        "3. In the same interval, 385 persons left Romania for Ukraine through Siret."
    )
    assert [row(f)[3:] for f in figures(text, **ROMANIA_2022) if f.value == 385] == [(date(2022, 3, 7), date(2022, 3, 7))]


def test_since_a_weekday_before_a_word_of_an_event_is_since_that_weekday():
    assert [(t.period.start, t.period.end) for t in find_times("Police have detained 14 persons since Wednesday for attacks on shops.", date(2021, 5, 21))] == [
        (date(2021, 5, 19), date(2021, 5, 21))
    ]


def test_during_the_week_in_a_weekly_update_is_the_updates_week():
    text = (
        "WEEKLY UPDATE\n"
        "Weekly Update No. 3 | 1 - 7 August 2016\n\n"
        "On Thursday, 4 August, 1,160 people crossed at Elegu, the highest number on a single day.\n\n"
        "During the week, about 420 refugees went back to South Sudan through Elegu, most of them men."
    )
    assert [row(f)[3:] for f in figures(text, **UGANDA_2016) if f.value == 420] == [(date(2016, 8, 1), date(2016, 8, 7))]


def test_the_weekday_flight_a_fare_is_for_is_the_day_flown_not_the_day_of_the_fare():
    text = "Travel agents offered the few remaining seats on the Thursday flight from Namangan to Istanbul at $650."
    assert [row(f)[3:] for f in figures(text, **OCTOBER_5) if f.quantity == "flights_price_usd"] == [
        (date(2022, 10, 5), date(2022, 10, 5))
    ]


def test_those_still_there_of_people_come_since_a_day_are_of_the_count_since_that_day_that_runs_longest():
    text = (
        "Since Monday 17 May, about 8.000 persons have entered the city from Morocco. Between 900 and 1.000 of them "
        "entered at Benzú on Monday and Tuesday. Officials estimate that some 2.100 of those who entered since Monday "
        "remain in the city."
    )
    assert [row(f)[3:] for f in figures(text, **CEUTA_2021) if f.value == 2100] == [(date(2021, 5, 17), date(2021, 5, 21))]
