"""Rules added after the read of rounds 580-583 for figures not read and distractors (branch evr580r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

RUSSIA_2022 = dict(published=date(2022, 10, 5), trigger=date(2022, 9, 21))
LEBANON_2024 = dict(published=date(2024, 10, 17), trigger=date(2024, 9, 23), origin="Lebanon")
UKRAINE_2022 = dict(published=date(2022, 8, 17), trigger=date(2022, 2, 24), origin="Ukraine")
VENEZUELA_2015 = dict(published=date(2015, 8, 27), trigger=date(2015, 8, 20), origin="Venezuela")


def values(text, **kwargs):
    return [row(f)[:2] for f in figures(text, **kwargs)]


def test_later_parts_named_by_citizenship_of_a_country_are_no_figure():
    text = (
        "On Sunday 9 240 persons left Kazakhstan for Uzbekistan through the Zhibek Zholy checkpoint. Among them were "
        "3 110 citizens of the Russian Federation and 5 020 citizens of the Republic of Uzbekistan, most of them "
        "workers going home."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [9240]


def test_later_parts_after_a_first_part_with_its_verb_are_no_figure():
    text = (
        "Since 23 September, 7.410 persons arrived at the port of Mersin. Of these, 4.905 are Syrian nationals, "
        "1.730 Lebanese nationals and 620 citizens of the Republic of Türkiye evacuated from Lebanon; the rest are "
        "nationals of other countries."
    )
    assert [value for _, value in values(text, **LEBANON_2024)] == [7410]


def test_voyages_counted_are_no_people():
    text = "Since 23 September, 7.410 persons arrived at the port of Mersin on 11 voyages of chartered ships."
    assert [value for _, value in values(text, **LEBANON_2024)] == [7410]


def test_people_who_got_off_at_a_station_are_entries():
    text = "On Monday, 3 October, 720 passengers from Russia got off at Aktobe station."
    assert values(text, **RUSSIA_2022) == [("entries", 720)]


def test_people_flights_took_out_are_exits():
    text = "The press service of Omsk airport said that on Sunday alone international flights took out 870 passengers."
    assert values(text, **RUSSIA_2022) == [("exits", 870)]


def test_a_routes_length_between_commas_is_no_queue():
    text = (
        "Drivers take passengers from the end of the line to Aktobe for $90 a seat. A taxi from Orenburg to the line, "
        "about 80 km, costs 5-7 thousand roubles; a week ago the trip cost 2 000."
    )
    assert [q for q, _ in values(text, **RUSSIA_2022)] == ["flights_price_usd"]


def test_a_sea_crossing_in_nautical_miles_that_takes_hours_is_no_wait():
    text = "A seat costs 120 US dollars. The crossing of about 90 nautical miles takes some 9 hours."
    assert [q for q, _ in values(text, **LEBANON_2024)] == ["flights_price_usd"]


def test_a_speakers_age_after_the_title_and_name_is_no_count():
    text = (
        "Its 30 volunteers have found rooms for 380 people since Sunday and meet cars at the bus station. \"Nobody is "
        "turned away,\" said its director Aigul Nurlanova, 44."
    )
    assert 44 not in [value for _, value in values(text, **RUSSIA_2022)]


def test_people_held_by_guards_are_arrests():
    text = "At the Russian post, border guards held seven men of call-up age for questioning on Tuesday."
    assert values(text, **RUSSIA_2022) == [("arrests", 7)]


def test_a_centre_that_held_people_holds_no_arrests():
    text = "The transit centre near the border held 4,300 people on Tuesday, against a capacity of 1,500."
    assert "arrests" not in [q for q, _ in values(text, **RUSSIA_2022)]


def test_people_who_arrived_and_are_now_living_in_the_town_are_net_arrivals():
    text = "According to the town akimat, about 870 Russians who arrived since Saturday are now living in the town."
    assert values(text, **RUSSIA_2022) == [("net_arrivals", 870)]


def test_people_who_were_able_to_cross_are_entries():
    text = "On Monday the checkpoint was closed at noon, and only 940 people were able to cross."
    assert values(text, **UKRAINE_2022) == [("entries", 940)]


def test_drivers_who_ask_dollars_to_take_a_man_across_tell_a_fare():
    text = "Drivers at the station in Kyakhta ask 150 dollars to take a man across the border to Darkhan, cash only."
    assert values(text, **RUSSIA_2022) == [("flights_price_usd", 150)]


def test_a_sum_they_charge_to_carry_a_thing_is_no_fare():
    text = (
        "They charge 6,000 pesos, about two dollars, to take a person over the river, and 30,000 pesos, some ten "
        "dollars, to carry a washing machine."
    )
    assert values(text, **VENEZUELA_2015) == [("flights_price_usd", 2)]
