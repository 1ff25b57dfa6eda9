"""Rules added after the read of rounds 640-643 for places (branch evr640p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_14 = dict(published=date(2022, 10, 14))
SEPTEMBER_27 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21))
SEPTEMBER_29 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
TURKEY_2021 = dict(published=date(2021, 8, 27), trigger=date(2021, 8, 15), origin="Afghanistan")


def test_a_fare_from_a_town_through_a_stop_to_another_is_between_the_ends():
    text = "Agents in Hanoi say a one-way ticket from Kazan through Seoul to Da Nang now costs about 1,900 dollars."
    assert placed(text, **OCTOBER_14) == [("flights_price_usd", 1900, "Kazan - Da Nang")]


def test_a_fare_from_a_town_via_a_stop_to_another_is_between_the_ends():
    text = "A seat from Omsk via Almaty to Da Nang was selling for 1,250 dollars on Friday."
    assert placed(text, **OCTOBER_14) == [("flights_price_usd", 1250, "Omsk - Da Nang")]


def test_arrests_by_border_guards_the_fsb_directorate_tells_of_are_russias():
    text = (
        "Cars still queue at the post. On Sunday night border guards detained four men from Kurgan who tried "
        "to walk round the post through the fields into Kazakhstan, the regional FSB directorate said."
    )
    assert placed(text, **SEPTEMBER_29) == [("arrests", 4, "Russia")]


def test_arrests_by_its_officers_after_the_border_directorate_reports_are_russias():
    text = (
        "The FSB border directorate for the Amur region answered our request.\n\n"
        "The border directorate also reports that on Tuesday night its officers detained five men who tried to cross "
        "the Amur into China in a motor boat."
    )
    assert placed(text, **SEPTEMBER_29) == [("arrests", 5, "Russia")]


def test_arrests_told_in_the_first_person_are_the_country_reached():
    text = (
        "GOVERNORSHIP OF VAN PROVINCE, TURKEY - PRESS STATEMENT\n\n"
        "1. Afghans continue to cross from Iran into Turkey along the mountain border. Turkey is building a wall.\n\n"
        "2. Between 15 and 26 August our units apprehended 1.520 irregular migrants within the borders of our province."
    )
    assert placed(text, **TURKEY_2021) == [("arrests", 1520, "Turkey")]


def test_of_two_countries_named_as_often_the_one_whose_cities_are_named_is_the_host():
    text = (
        "Russians who cannot fly drive through Kazakhstan into Uzbekistan. Most end up in Samarkand, Bukhara or "
        "Tashkent.\n\n"
        "Overall, the Interior Ministry says 21,400 Russian citizens have entered the country since 21 September."
    )
    assert placed(text, **SEPTEMBER_27) == [("entries", 21400, "Uzbekistan")]
