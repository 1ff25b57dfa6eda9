"""Rules added after the read of rounds 568-571 for places (branch evr568p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

AUGUST_2014 = dict(published=date(2014, 8, 2), trigger=date(2014, 4, 12), origin="Ukraine")
CAR_2014 = dict(published=date(2014, 2, 7), trigger=date(2013, 12, 5), origin="Central African Republic")
MAURITANIA_1989 = dict(published=date(1989, 5, 12), trigger=date(1989, 4, 21), origin="Mauritania")
DARIEN_2023 = dict(published=date(2023, 9, 12), trigger=None, origin="Colombia")
OCTOBER_2022 = dict(published=date(2022, 10, 5))
SEPTEMBER_30 = dict(published=date(2022, 9, 30))
SUDAN_2023 = dict(published=date(2023, 5, 24), trigger=date(2023, 4, 15), origin="Sudan")
UKRAINE_2022 = dict(published=date(2022, 3, 4), trigger=date(2022, 2, 24), origin="Ukraine")


def test_semiglavy_mar_is_a_crossing_of_its_own():
    text = "On 27 September 5 210 persons entered through Syrym, and 940 by rail at Semiglavy Mar."
    assert placed(text, **SEPTEMBER_30) == [("entries", 5210, "Mashtakovo"), ("entries", 940, "Semiglavy Mar")]


def test_a_city_with_a_crossing_in_brackets_is_that_crossing_wherever_named():
    text = (
        "On Friday 4 870 people entered Russia through the Donetsk (Izvarino) checkpoint. "
        "On the same day 1 320 persons went back to Ukraine through the Donetsk checkpoint."
    )
    assert placed(text, **AUGUST_2014) == [("entries", 4870, "Izvaryne"), ("exits", 1320, "Izvaryne")]


def test_a_city_named_with_its_other_name_in_brackets_is_no_crossing():
    text = (
        "Trains from Chop\n\nSeven trains from Chop (Csap) reached Záhony railway station yesterday.\n\nAt 07:00 this "
        "morning, travellers arriving at the Záhony road crossing point from Chop said they had waited 8-10 hours, and "
        "around 900 vehicles stood in line on the Ukrainian side."
    )
    assert placed(text, **UKRAINE_2022) == [("wait_hours", 10, "Zahony"), ("queue_vehicles", 900, "Zahony")]


def test_a_count_crossed_at_several_posts_with_no_word_of_the_way_is_the_countrys():
    text = (
        "Yesterday 3,120 people came in at Qustul and 1,480 at Argeen. Over the past week, 21,600 people crossed the two "
        "points."
    )
    assert ("entries", 21600, "Egypt") in placed(text, **SUDAN_2023)


def test_a_count_into_a_country_with_its_parts_after_a_colon_is_the_countrys():
    text = "On Tuesday 3,650 people crossed into Egypt: 2,100 at Qustul and 1,550 at Argeen."
    expected = [("entries", 3650, "Egypt"), ("entries", 2100, "Qustul"), ("entries", 1550, "Argeen")]
    assert placed(text, **SUDAN_2023) == expected


def test_people_waiting_in_the_town_are_at_the_town_their_sentence_named_before():
    text = (
        "On Tuesday 2,100 people crossed at Qustul. Visas are issued at the consulate in Wadi Halfa, in Sudan. Aid "
        "workers in Wadi Halfa say some 6,000 people are now in the town waiting for visas."
    )
    assert ("other", 6000, "Wadi Halfa") in placed(text, **SUDAN_2023)


def test_a_town_named_once_right_after_a_part_count_is_that_parts():
    text = (
        "Since 21 September the flights have carried 27 400 passengers to Uzbekistan. Of these, 21 300 landed at "
        "Tashkent International Airport named after Islam Karimov, and 3 900 at Samarkand; the others arrived in "
        "Bukhara and Fergana."
    )
    assert ("entries", 3900, "Samarkand") in placed(text, **OCTOBER_2022)


def test_a_part_left_from_a_town_after_the_whole_leaves_the_whole_at_the_country():
    text = (
        "In the opposite direction, 7 430 passengers have flown from Uzbekistan to the Russian Federation since "
        "21 September, 510 of them from Tashkent yesterday."
    )
    assert placed(text, **OCTOBER_2022)[0] == ("exits", 7430, "Uzbekistan")


def test_a_sentence_opening_across_a_country_is_that_countrys():
    text = (
        "Some 5,200 people crossed at Sido last week. Across southern Chad, about 48,000 people have arrived from the "
        "CAR since December, at Sido, at Goré and by air."
    )
    assert ("entries", 48000, "Chad") in placed(text, **CAR_2014)


def test_canaan_membrillo_is_a_place_of_its_own():
    text = "In the past 24 hours 2.410 migrants came out of the jungle at Bajo Chiquito, and 530 reached Canaán Membrillo."
    assert ("entries", 530, "Canaán Membrillo") in placed(text, **DARIEN_2023)


def test_exits_out_of_the_origin_through_a_crossing_are_the_crossings():
    text = (
        "Since 21 September, more than 38 thousand people have left Russia through Upper Lars, the FSB border "
        "department reports."
    )
    assert placed(text, **SEPTEMBER_30) == [("exits", 38000, "Verkhny Lars")]


def test_exits_out_of_the_origin_through_several_crossings_stay_the_origins():
    text = (
        "The Ministry of the Interior in Dakar states that some 18 000 people have been expelled from Mauritania "
        "through Rosso, Podor, Matam and Bakel since April."
    )
    assert placed(text, **MAURITANIA_1989) == [("exits", 18000, "Mauritania")]


def test_a_count_whose_sentence_names_only_the_town_left_came_where_the_count_before_did():
    text = (
        "In the past week alone, 5,200 people crossed at Sido. On Wednesday, a convoy of 38 trucks escorted by Chadian "
        "troops brought 1,870 people from Bangui, after a journey of four days."
    )
    assert placed(text, **CAR_2014) == [("entries", 5200, "Sido"), ("entries", 1870, "Sido")]
