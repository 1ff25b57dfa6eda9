"""Rules added after the read of rounds 640-643 for periods and quantities (branch evr640q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

MAE_SAI_2023 = dict(published=date(2023, 11, 9), trigger=date(2023, 10, 27), origin="Myanmar")
HAIRATAN_2021 = dict(published=date(2021, 8, 25), trigger=date(2021, 8, 15), origin="Afghanistan")
HAITI_1994 = dict(published=date(1994, 7, 8), trigger=None, origin="Haiti")
SIGHET_2023 = dict(published=date(2023, 9, 15), trigger=None, origin="Ukraine")  # a Friday


def test_people_who_returned_to_a_town_of_their_own_country_left_through_the_crossing():
    text = (
        "On 8 November, 960 persons from Myanmar entered Thailand at Mae Sai. The same "
        "day 270 persons returned to Tachileik across the bridge once the shooting stopped."
    )
    assert placed(text, **MAE_SAI_2023) == [("entries", 960, "Mae Sai"), ("exits", 270, "Mae Sai")]


def test_people_border_guards_returned_to_a_crossing_left_through_it():
    text = "On 21 August Uzbek border guards returned 90 Afghans to Hairatan through the bridge."
    assert placed(text, **HAIRATAN_2021) == [("exits", 90, "Hairatan")]


def test_people_a_ship_returned_to_a_town_of_their_country_still_came_into_it():
    text = "On Wednesday the cutter returned 180 Haitians to Port-au-Prince."
    assert placed(text, **HAITI_1994) == [("entries", 180, "Port-au-Prince")]


def test_the_night_people_came_in_is_the_night_of_the_day_the_sentence_names():
    text = "On Wednesday border police at Sighetu Marmatiei found 23 men who had crossed the Tisa during the night."
    assert rows_of(23, text, **SIGHET_2023) == [("entries", 23, "Sighetu Marmatiei", date(2023, 9, 13), date(2023, 9, 13))]


def test_the_night_with_no_day_named_before_is_still_the_night_before_publication():
    text = "Border police at Sighetu Marmatiei found 23 men who had crossed the Tisa during the night."
    assert rows_of(23, text, **SIGHET_2023) == [("entries", 23, "Sighetu Marmatiei", date(2023, 9, 14), date(2023, 9, 14))]


def test_a_weekday_after_said_that_is_the_last_one_not_the_weekday_dated_before():
    text = (
        "Seats on the Vladivostok flights are sold out until 2 October. The airline said that Sunday's three flights "
        "to Incheon carried 412 passengers."
    )
    assert rows_of(412, text, published=date(2022, 9, 27)) == [("entries", 412, "Incheon", date(2022, 9, 25), date(2022, 9, 25))]


def test_a_weekday_after_that_alone_is_still_the_weekday_dated_before():
    text = "On Sunday, 2 October, 2,300 people crossed at Kairak, and some 900 crossed at Mashtakovo that Sunday alone."
    assert rows_of(900, text, published=date(2022, 10, 4)) == [("entries", 900, "Mashtakovo", date(2022, 10, 2), date(2022, 10, 2))]
