"""Quantity and unread-figure rules added after reading rounds 129-136 (branch evr129q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

_OPENING = "Refugees reach Veran\n\nAbout 3,000 people crossed into Veran at Kestel on Monday, guards said.\n\n"


def fares(text):
    return [
        (f.value or f.value_high, f.place, f.period.start)
        for f in figures(_OPENING + text, published=date(1950, 3, 9), trigger=None, origin="Dorland")
        if f.quantity == "flights_price_usd"
    ]


def test_a_sum_asked_to_carry_people_over_is_a_fare_though_no_vehicle_is_named():
    assert [value for value, _place, _day in fares("Carters at Kestel were asking 900 marks, about $12, to take a person over the hills.")] == [12]


def test_a_sum_asked_a_head_is_a_fare_whoever_asks_it():
    assert [value for value, _place, _day in fares("Farmers with carts are asking as much as $9 a head for the long haul.")] == [9]


def test_a_fare_to_the_railway_at_a_town_runs_to_that_town():
    text = "A seat on a cart from Kestel to the railway at Dorfen now costs 900 marks, about $12."
    assert fares(text) == [(12, "Kestel - Dorfen", date(1950, 3, 9))]


def test_a_fare_charged_in_the_past_tense_takes_no_day_from_the_sentence_before():
    text = "Hundreds waited at Kestel on Tuesday afternoon. Carters there were charging 80 crowns (about $14) for the ride."
    assert [day for _value, _place, day in fares(text)] == [date(1950, 3, 9)]


def test_a_fare_paid_is_not_dated_by_the_month_of_a_joined_clause_on_the_older_price():
    text = "One man said he had paid 900 marks, about $12, for a cart seat to Dorfen; in January the same seat cost little."
    assert [day for _value, _place, day in fares(text)] == [date(1950, 3, 9)]
