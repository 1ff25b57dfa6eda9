"""Rules added after the read of rounds 572-575 for places (branch evr572p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

JORDAN_2016 = dict(published=date(2016, 3, 2), trigger=date(2011, 3, 15), origin="Syria")
OCTOBER_4 = dict(published=date(2022, 10, 4))
ROHINGYA_2017 = dict(published=date(2017, 9, 20), trigger=date(2017, 8, 25), origin="Myanmar")
SUDAN_2023 = dict(published=date(2023, 6, 2), trigger=date(2023, 4, 15), origin="Sudan")


def test_ukhia_is_a_town_of_the_gazetteer():
    text = "Yesterday some 3,400 Rohingya arrived in Ukhia, officials said."
    assert placed(text, **ROHINGYA_2017) == [("entries", 3400, "Ukhia")]


def test_a_town_right_after_a_count_that_follows_another_in_a_list_is_that_counts():
    text = "On Monday 5,120 people crossed into Bangladesh: 3,300 came through Teknaf upazila and 1,820 through Ukhia upazila."
    assert ("entries", 1820, "Ukhia") in placed(text, **ROHINGYA_2017)


def test_a_count_into_a_border_town_and_another_town_together_is_the_countrys():
    text = "On Tuesday BGB counted 7,050 new arrivals at Teknaf and Ukhia, most of them women and children."
    assert placed(text, **ROHINGYA_2017) == [("entries", 7050, "Bangladesh")]


def test_a_towns_border_points_together_are_that_town():
    text = "Over the past week about 41,000 persons crossed through the border points of Ukhia, principally Anjuman Para."
    assert placed(text, **ROHINGYA_2017) == [("entries", 41000, "Ukhia")]


def test_the_other_sides_name_of_a_known_crossing_is_that_crossing_wherever_named():
    text = (
        "Since 21 September 3 950 people have entered Tajikistan through the Fotehobod checkpoint, known on the Uzbek "
        "side as Oybek. On Monday evening about 260 people were waiting at Oybek to cross."
    )
    assert placed(text, **OCTOBER_4) == [("entries", 3950, "Oybek-Fotehobod"), ("other", 260, "Oybek-Fotehobod")]


def test_arrests_of_people_who_tried_to_enter_the_kingdom_are_the_hosts():
    text = (
        "Jordan's Border Guard received 540 Syrian refugees yesterday. The forces also arrested 7 persons who tried "
        "to enter the Kingdom from Syria away from the reception points."
    )
    assert ("arrests", 7, "Jordan") in placed(text, **JORDAN_2016)


def test_a_fare_for_the_same_trip_is_on_the_route_the_item_before_named():
    text = (
        "ONWARD TRAVEL\n\n- Since 20 May, 4 310 returnees have travelled by river from Renk to Malakal on organised "
        "boats.\n\n- Others pay private boat owners between USD 35 and USD 60 per person for the same trip."
    )
    assert ("flights_price_usd", 60, "Renk - Malakal") in placed(text, **SUDAN_2023)
