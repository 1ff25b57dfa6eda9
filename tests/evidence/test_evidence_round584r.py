"""Rules added after the read of rounds 584-587 for figures not read and distractors (branch evr584r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed, row

RUSSIA_2022 = dict(published=date(2022, 10, 5), trigger=date(2022, 9, 21))
SYRIA_2012 = dict(published=date(2012, 6, 14), trigger=date(2011, 4, 29), origin="Syria")
ROHINGYA_2017 = dict(published=date(2017, 10, 20), trigger=date(2017, 8, 25), origin="Myanmar")
UKRAINE_2022 = dict(published=date(2022, 3, 5), trigger=date(2022, 2, 24), origin="Ukraine")
MELILLA_2021 = dict(published=date(2021, 7, 23), trigger=date(2021, 7, 1), origin="Morocco")


def values(text, **kwargs):
    return [row(f)[:2] for f in figures(text, **kwargs)]


def test_a_forecast_with_its_place_and_time_of_day_is_no_count():
    text = (
        "On Monday 2,310 Russians crossed at Kairak.\n\nWeather: plus 14 in the region this evening, wind from the "
        "north at 6 metres a second."
    )
    assert values(text, **RUSSIA_2022) == [("entries", 2310)]


def test_a_numbered_point_of_the_report_is_no_count():
    text = "Over the same period as in point 3, 2,045 passengers departed from Zvartnots on flights to Moscow."
    assert [value for _, value in values(text, **RUSSIA_2022)] == [2045]


def test_a_plants_workforce_is_no_count():
    text = (
        "On Monday 1,240 people crossed at Kairak. At the tractor plant in Kostanay, which employs some 18,000 "
        "people, officers stood at the checkpoint of the main gate on Monday morning."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [1240]


def test_new_arrivals_moved_from_a_transit_area_to_a_camp_are_no_figure():
    text = (
        "In the past week 8,450 new arrivals crossed at Anjuman Para. Over the same week, 6,200 new arrivals were "
        "moved by agency trucks from the Sabrang transit area to the Kutupalong extension site, some 12 km away."
    )
    assert [value for _, value in values(text, **ROHINGYA_2017)] == [8450]


def test_people_flown_in_by_flights_named_with_their_airports_in_brackets_came_in():
    text = (
        "Between 21 September and 9 October, 5,130 passengers arrived at Shirak airport. Flights from St Petersburg "
        "(Pulkovo airport) brought 2,640 passengers."
    )
    assert [q for q, _ in values(text, **RUSSIA_2022)] == ["entries", "entries"]
    assert [v for _, v in values(text, **RUSSIA_2022)] == [5130, 2640]


def test_people_carried_from_a_crossing_to_placement_centres_inland_are_no_figure():
    text = (
        "Yesterday 2,480 persons entered through Palanca. Yesterday, 17 buses carried 830 persons from Palanca to "
        "the placement centres in Causeni."
    )
    assert [value for _, value in values(text, **UKRAINE_2022)] == [2480]


def test_people_sheltered_in_a_number_of_camps_are_those_still_in_the_country():
    text = (
        "Yesterday 1.240 Syrians entered Turkey through the Cilvegozu border gate. As of today, 31.460 Syrian "
        "citizens are being sheltered in 7 tent cities in Hatay and in the Oncupinar container city in Kilis."
    )
    assert placed(text, **SYRIA_2012)[1:] == [("net_arrivals", 31460, "Turkey")]


def test_a_part_of_those_still_in_the_country_sheltered_in_camps_is_no_figure():
    text = (
        "Some 41,000 Syrians now remain in Turkey, of whom about 12,000 are accommodated in 6 camps in Hatay."
    )
    assert [value for _, value in values(text, **SYRIA_2012)] == [41000]


def test_people_handed_over_to_the_authorities_of_their_country_left():
    text = (
        "On Thursday, 37 Moroccan nationals in an irregular situation were handed over to the Moroccan authorities "
        "at the Beni Ansar post."
    )
    assert values(text, **MELILLA_2021) == [("exits", 37)]


def test_people_handed_over_to_a_court_are_no_exit():
    text = "The guards detained 11 persons on Monday. They were handed over to the judicial authorities in Nador."
    assert [q for q, _ in values(text, **MELILLA_2021)] == ["arrests"]


def test_a_fences_length_between_commas_is_no_queue():
    text = (
        "On Friday 230 persons crossed at the Beni Ansar post. The outer fence, 9 kilometres long and up to 6 metres "
        "high, has been raised on the stretches of highest pressure."
    )
    assert values(text, **MELILLA_2021) == [("entries", 230)]


def test_a_line_of_cars_along_a_fence_is_a_queue():
    text = "On Friday the line of cars along the fence, 3 km long, did not move at the Beni Ansar post."
    assert [q for q, _ in values(text, **MELILLA_2021)] == ["queue_length_km"]
