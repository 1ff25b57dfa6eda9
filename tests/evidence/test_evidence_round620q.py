"""Rules added after the read of rounds 620-623 for periods and quantities (branch evr620q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

OCTOBER_5 = dict(published=date(2022, 10, 5))  # a Wednesday


def dated(text, **kwargs):
    return [(f.quantity, f.value or f.value_high or f.value_low, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_a_fare_offered_now_is_not_the_window_of_the_sentence_before():
    text = (
        "Since 21 September some 41,200 citizens of Russia have entered the region through its crossings. Drivers at "
        "the barrier offer a seat on to Atyrau for 120 dollars."
    )
    rows = [r for r in dated(text, **OCTOBER_5) if r[0] == "flights_price_usd"]
    assert rows == [("flights_price_usd", 120, date(2022, 10, 5), date(2022, 10, 5))]


def test_the_day_flown_named_a_sentence_before_does_not_date_the_fare():
    text = "Kazan - Tashkent for Saturday: 61,000 roubles on the airline site. Resellers ask $1,100 for a seat guaranteed."
    assert dated(text, **OCTOBER_5) == [("flights_price_usd", 1100, date(2022, 10, 5), date(2022, 10, 5))]


def test_a_fare_sold_now_after_a_clause_with_its_own_year_is_dated_when_told():
    text = (
        "There have been no direct flights to Tbilisi since 2019, and agencies in Samara sell a ticket via Yerevan "
        "for 1,300 dollars."
    )
    assert dated(text, **OCTOBER_5) == [("flights_price_usd", 1300, date(2022, 10, 5), date(2022, 10, 5))]


def test_a_fare_a_seller_offers_from_an_amount_is_a_lower_bound():
    text = "Travel agents in Kazan sell a Moscow - Dubai ticket with a change in Baku from 1,600 dollars."
    [fare] = figures(text, **OCTOBER_5)
    assert (fare.quantity, fare.value, fare.value_low, fare.value_high) == ("flights_price_usd", 1600, 1600, None)


def test_those_who_came_after_a_day_and_now_live_in_the_city_are_net_arrivals():
    text = "The mayor's office estimates that some 1,900 Russians who came after 21 September now live in the city."
    assert dated(text, **OCTOBER_5) == [("net_arrivals", 1900, date(2022, 9, 21), date(2022, 10, 5))]
