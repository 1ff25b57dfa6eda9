"""Rules added after the read of rounds 448-451 for periods and quantities (branch evr452q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_in_the_week_before_opening_a_sentence_is_the_week_before_the_figure_before():
    text = (
        "The port authority said 8,150 passengers came ashore at Batumi from Sochi in the week to Sunday, October 9. "
        "In the week before, the number was 5,420."
    )
    rows = rows_of(5420, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 26), date(2022, 10, 2))]


def test_figures_that_run_to_a_day_close_the_window_since():
    text = (
        "About 18,300 Russian citizens have entered Mongolia since September 21, the border agency said on Friday. "
        "The figures run to Wednesday evening."
    )
    rows = rows_of(18300, text, published=date(2022, 10, 7), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 5))]


def test_which_means_people_are_still_in_the_country_is_over_the_counts_window():
    text = (
        "Some 9,800 Russians have entered Uzbekistan since September 21, and about 6,100 have left over the same "
        "period, which means roughly 3,700 are still in the country, officials said."
    )
    rows = rows_of(3700, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 6))]


def test_of_those_who_entered_after_a_stock_is_a_part_of_the_entries():
    text = (
        "From 1 to 20 October 2022, 21,640 Russian citizens entered Mongolia. In the same period, 14,200 Russian "
        "citizens left Mongolia. Thus, as of 20 October, about 7,400 Russians who came after 21 September remain in "
        "the country.\n\n"
        "Of those who entered, 15,900 persons crossed at Altanbulag. 4,100 persons arrived by air at Ulaanbaatar."
    )
    rows = rows_of(15900, text, published=date(2022, 10, 21), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 1), date(2022, 10, 20))]
    rows = rows_of(4100, text, published=date(2022, 10, 21), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 1), date(2022, 10, 20))]


def test_a_fare_that_starts_at_an_amount_is_a_lower_bound():
    text = "On Tuesday, one-way seats from Novosibirsk to Tashkent started at 52,000 roubles ($870), agents said."
    found = [f for f in figures(text, published=date(2022, 10, 5)) if f.value == 870]
    assert [(f.quantity, f.value_low, f.value_high) for f in found] == [("flights_price_usd", 870, None)]


def test_a_fare_offered_from_an_amount_in_dollars_is_a_lower_bound_but_a_range_is_not():
    text = (
        "Seats from Irkutsk to Ulaanbaatar were offered on Monday from $410. "
        "From Chita, fares ranged from $380 to $520."
    )
    fares = [f for f in figures(text, published=date(2022, 10, 5)) if f.quantity == "flights_price_usd"]
    found = {f.value_low: (f.value, f.value_high) for f in fares}
    assert found == {410: (410, None), 380: (None, 520)}
