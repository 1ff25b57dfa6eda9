"""Rules added after the read of rounds 476-479 for periods and quantities (branch evr480q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_the_same_month_after_a_part_since_a_day_is_the_month_named_before():
    text = (
        "The police said 18 400 Russian citizens entered Montenegro in October, some 9 100 of them since 12 October. "
        "In the same month 11 300 Russians left Montenegro, most of them by air."
    )
    rows = rows_of(11300, text, published=date(2022, 11, 8), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 1), date(2022, 10, 31))]


def test_the_same_month_after_a_count_of_days_is_the_month_named_before():
    text = (
        "From 1 to 9 September alone, 2.640 Afghans arrived through the airport. In August the office stamped 4.210 "
        "residence permits for Afghan nationals. In the same month, 3.980 Afghan citizens departed through it."
    )
    rows = rows_of(3980, text, published=date(2021, 9, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2021, 8, 1), date(2021, 8, 31))]


def test_as_on_a_date_closes_the_window_of_a_count_since_a_day():
    text = (
        "As on 22nd June, 2019, a total of 1,845 persons from Bangladesh have entered Tripura since 4th June, 2019, "
        "the district administration said."
    )
    rows = rows_of(1845, text, published=date(2019, 6, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 6, 4), date(2019, 6, 22))]


def test_as_on_a_date_closes_the_window_of_a_total_since_an_influx_began():
    text = (
        "As on 12 May 1971 the number of refugees who have entered Meghalaya since the influx began on 26 March 1971 "
        "stood at 48,000, the state government said."
    )
    rows = rows_of(48000, text, published=date(1971, 5, 15))
    assert [(r[3], r[4]) for r in rows] == [(date(1971, 3, 26), date(1971, 5, 12))]


def test_since_last_weekday_the_day_of_the_decree_opens_on_the_trigger():
    text = (
        "Since last Wednesday, the day of the decree, about 9 400 travellers have flown out of Irkutsk to Mongolia "
        "and Kazakhstan, the airport said."
    )
    rows = rows_of(9400, text, published=date(2022, 9, 30), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 9, 30))]


def test_since_last_weekday_the_day_of_the_decree_is_the_last_such_day_when_the_trigger_fell_on_another():
    text = (
        "Since last Friday, the day of the decree, about 3 100 travellers have flown out of Irkutsk to Mongolia, "
        "the airport said."
    )
    rows = rows_of(3100, text, published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 23), date(2022, 9, 29))]
