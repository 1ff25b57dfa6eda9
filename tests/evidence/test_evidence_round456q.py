"""Rules added after the read of rounds 452-455 for periods and quantities (branch evr456q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_through_a_date_after_a_count_since_an_event_closes_its_window():
    text = (
        "Since the border reopened on 3 March, more than 6,400 people have crossed into Malawi at Mwanza "
        "through March 19, the district commissioner said."
    )
    rows = rows_of(6400, text, published=date(2019, 3, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 3, 3), date(2019, 3, 19))]


def test_through_a_date_after_a_count_since_a_day_closes_its_window():
    text = "Since 2 May, about 3,150 refugees have arrived in Kigoma through 14 May, officials said."
    rows = rows_of(3150, text, published=date(2015, 5, 18))
    assert [(r[3], r[4]) for r in rows] == [(date(2015, 5, 2), date(2015, 5, 14))]


def test_a_fare_as_of_a_day_is_that_days_price():
    text = "As of 9 October, the cheapest one-way seat from Moscow to Almaty cost about USD 610, agents said."
    rows = rows_of(610, text, published=date(2022, 10, 11), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("flights_price_usd", date(2022, 10, 9), date(2022, 10, 9))]


def test_a_fare_as_of_a_day_is_not_moved_to_the_end_of_a_period_told_before():
    text = (
        "In the period from 19.09.2022 until 25.09.2022 inclusive, the carrier transported 7 450 passengers on its "
        "flights from Moscow to Bishkek.\n\n"
        "The cost of an economy ticket one way as of 27.09.2022 makes: Moscow - Bishkek - 61 000 rubles (approximately "
        "1 050 US dollars)."
    )
    rows = rows_of(1050, text, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("flights_price_usd", date(2022, 9, 27), date(2022, 9, 27))]
