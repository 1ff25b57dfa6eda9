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
