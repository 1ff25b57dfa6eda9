"""Rules added after the read of rounds 592-595 for periods and quantities (branch evr592q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

ARMENIA_2022 = dict(published=date(2022, 11, 3))  # a Thursday
COLOMBIA_2018 = dict(published=date(2018, 9, 12), trigger=None, origin="Venezuela")  # a Wednesday
RUSSIA_2022 = dict(published=date(2022, 9, 29))  # a Thursday


def test_the_balance_of_entries_and_exits_is_people_still_in_the_country():
    text = (
        "From 1 to 31 October 2022, 52 400 citizens of the Russian Federation entered Armenia and 31 150 left it. The "
        "balance of arrivals over departures for October 2022 came to 21 250 persons."
    )
    assert rows_of(21250, text, **ARMENIA_2022) == [
        ("net_arrivals", 21250, "Armenia", date(2022, 10, 1), date(2022, 10, 31))
    ]


def test_a_count_in_the_period_is_over_the_window_named_before():
    text = (
        "In the period 1 - 31 October 2022, 52 400 citizens of the Russian Federation entered Armenia.\n\n"
        "At the Bagratashen crossing point, 8 130 entries were recorded in the period, of which 1 940 in the week 25-31 "
        "October."
    )
    assert rows_of(8130, text, **ARMENIA_2022) == [
        ("entries", 8130, "Bagratashen", date(2022, 10, 1), date(2022, 10, 31))
    ]


def test_the_period_with_its_own_window_after_it_is_not_the_window_before():
    text = (
        "In the period 1 - 31 October 2022, 52 400 citizens of the Russian Federation entered Armenia. In the period "
        "25 - 31 October 2022, 9 870 entered."
    )
    assert rows_of(9870, text, **ARMENIA_2022) == [("entries", 9870, "Armenia", date(2022, 10, 25), date(2022, 10, 31))]


def test_a_wait_told_by_those_who_crossed_that_afternoon_is_of_the_day_named_before():
    text = (
        "On Monday afternoon about 900 persons were queuing at the Tienditas bridge. People who crossed that afternoon "
        "said they had waited up to five hours."
    )
    assert rows_of(5, text, **COLOMBIA_2018) == [("wait_hours", 5, "Tienditas", date(2018, 9, 10), date(2018, 9, 10))]


def test_a_count_gapped_after_exits_through_a_crossing_leaves_by_that_crossing():
    text = "On Tuesday 2,140 people left Russia through Verkhny Lars, and on Wednesday another 2,610."
    assert rows_of(2610, text, **RUSSIA_2022) == [
        ("exits", 2610, "Verkhny Lars", date(2022, 9, 28), date(2022, 9, 28))
    ]


def test_a_queue_told_with_people_standing_since_yesterday_is_the_days_line():
    text = "By this morning the line of cars at Mashtakovo had grown to 9 km, people stand there since yesterday evening."
    assert rows_of(9, text, **RUSSIA_2022) == [
        ("queue_length_km", 9, "Mashtakovo", date(2022, 9, 29), date(2022, 9, 29))
    ]
