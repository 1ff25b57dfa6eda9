"""Rules added after the read of rounds 556-559 for figures not read and distractors (branch evr556r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_12 = dict(published=date(2022, 10, 12))
ECUADOR_2018 = dict(published=date(2018, 8, 29), trigger=date(2018, 1, 1), origin="Venezuela")
MACEDONIA_1999 = dict(published=date(1999, 4, 22), trigger=date(1999, 3, 24), origin="Kosovo")
TUNISIA_2011 = dict(published=date(2011, 3, 6), trigger=date(2011, 2, 20), origin="Libya")


def test_a_spaced_count_after_a_numbered_points_number_is_one_number():
    text = "Statement of the Agency.\n\n4. 41 300 Russian citizens have entered Uzbekistan since 21 September."
    assert placed(text, **OCTOBER_12) == [("entries", 41300, "Uzbekistan")]


def test_a_spaced_count_after_a_two_digit_point_opening_the_text_is_one_number():
    text = "12. 3 640 persons have crossed into Kazakhstan at Sagarchin since Monday."
    assert placed(text, **OCTOBER_12) == [("entries", 3640, "Sagarchin")]


def test_passengers_of_buses_that_left_a_crossing_of_the_host_moved_on():
    text = (
        "Yesterday 2.846 Venezuelan citizens entered Ecuador at Rumichaca. On Tuesday 12 buses left Tulcán with 530 "
        "passengers."
    )
    assert placed(text, **ECUADOR_2018) == [("entries", 2846, "Rumichaca")]


def test_people_carried_from_the_crossing_to_the_camps_moved_on():
    text = (
        "Some 3,150 refugees entered Macedonia at Blace yesterday. Yesterday 21 buses took 1,940 new arrivals from "
        "Blace to the camps at Stenkovec and Brazda."
    )
    assert placed(text, **MACEDONIA_1999) == [("entries", 3150, "Blace")]


def test_people_carried_from_a_camp_to_an_airport_and_a_second_count_to_a_port_moved_on():
    text = (
        "Yesterday 7 340 persons entered Tunisia at Ras Jedir.\n\n7. Transport: the Army has put 90 buses at the "
        "disposal of the operation. Yesterday the buses carried 4 100 persons from Choucha camp to Djerba airport, a "
        "journey of about 130 kilometres, and 700 to the port of Zarzis."
    )
    assert placed(text, **TUNISIA_2011) == [("entries", 7340, "Ras Ajdir")]


def test_people_carried_from_the_origin_to_the_camps_are_still_read():
    text = "Yesterday buses carried 2,000 refugees from Kosovo to the camps at Stenkovec."
    assert [row[:2] for row in placed(text, **MACEDONIA_1999)] == [("entries", 2000)]


YEMEN_2015 = dict(published=date(2015, 5, 14), trigger=date(2015, 3, 26), origin="Yemen")


def test_parts_named_by_a_nationality_and_nationals_are_no_figures():
    text = (
        "Since the end of March, 9 210 persons coming from Yemen have arrived by boat at Obock. Among them are 3 870 "
        "Yemeni nationals, 2 940 Somali nationals returning home and 2 400 nationals of other countries."
    )
    assert placed(text, **YEMEN_2015) == [("entries", 9210, "Obock")]


def test_a_second_part_among_the_arrivals_named_by_a_nationality_and_returnees_is_no_figure():
    text = (
        "Since the end of March, 9 210 persons coming from Yemen have arrived by boat at Obock. Among the arrivals are "
        "6.120 Yemeni nationals and 3.090 Djiboutian returnees."
    )
    assert placed(text, **YEMEN_2015) == [("entries", 9210, "Obock")]


def test_nationals_of_a_nationality_who_crossed_are_still_a_part_with_its_verb():
    text = "Among them, 1 200 Yemeni nationals have crossed at Obock since Monday."
    assert [row[0] for row in placed(text, **YEMEN_2015)] == ["entries"]


def test_a_count_restated_as_its_mean_a_day_is_no_figure_of_its_own():
    text = "Between 3 and 9 October, Tashkent airport received 12,530 Russian citizens, or roughly 1,790 a day."
    assert placed(text, **OCTOBER_12) == [("entries", 12530, "Tashkent")]


def test_a_count_after_or_for_a_longer_window_is_still_read():
    text = "Yesterday 2,100 Russian citizens entered Uzbekistan, or 3,900 in the past two days."
    assert [row[1] for row in placed(text, **OCTOBER_12)] == [2100, 3900]
