"""Rules added after the read of rounds 552-555 for figures not read and distractors (branch evr552r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

MEXICO_2021 = dict(published=date(2021, 9, 15), trigger=date(2021, 1, 1), origin="Haiti")
CHAD_2003 = dict(published=date(2003, 12, 12), trigger=date(2003, 4, 1), origin="Sudan")
THAILAND_2021 = dict(published=date(2021, 4, 2), trigger=date(2021, 3, 27), origin="Myanmar")
ETHIOPIA_2011 = dict(published=date(2011, 7, 20), trigger=date(2011, 1, 1), origin="Somalia")
HUNGARY_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
POLAND_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
RUSSIA_OCT = dict(published=date(2022, 10, 3), trigger=date(2022, 9, 21), origin="")


# a telephone number after "free line" (no "toll")


def test_a_free_line_and_its_number_are_no_figure():
    text = "Those who arrived can call the agency's free line 800 12 34567, Monday to Saturday."
    assert placed(text, **MEXICO_2021) == []


# people housed where they are: a part sheltering, those now at a transit or reception centre


def test_a_part_of_the_refugees_sheltering_in_the_open_is_no_figure():
    text = (
        "Since April about 61,000 Sudanese have crossed into Chad. Some 45,000 of the refugees are still sheltering in "
        "the open, under trees along the wadis near the border."
    )
    assert placed(text, **CHAD_2003) == [("entries", 61000, "Chad")]


def test_a_part_of_them_sheltering_in_the_forest_across_the_river_is_no_figure():
    text = (
        "About 3,200 villagers crossed the Moei river into Thailand at Mae Sot on Friday. About 900 of them were "
        "sheltering in the forest on the Thai side under tarpaulins."
    )
    assert placed(text, **THAILAND_2021) == [("entries", 3200, "Mae Sot")]


def test_a_part_sheltering_in_the_forest_waiting_to_cross_still_waits():
    text = "About 900 of them were sheltering in the forest on the Burmese bank, waiting to cross the river."
    assert [row[0] for row in placed(text, **THAILAND_2021)] == ["other"]


def test_new_arrivals_now_at_the_transit_centre_waiting_to_be_registered_are_housed():
    text = (
        "Yesterday 1,850 Somalis crossed into Ethiopia at Dolo Ado. About 4,100 new arrivals are now at the transit "
        "centre in Dolo Ado, waiting to be registered and moved on to the camps."
    )
    assert placed(text, **ETHIOPIA_2011) == [("entries", 1850, "Dolo Ado")]


# carried from a place written with "the", or from two places


def test_passengers_carried_from_the_origin_written_with_the_are_entries_where_they_went():
    text = "Since 21 September, Air Montenegro has carried some 6,200 passengers from the Russian Federation to Podgorica."
    assert placed(text, **RUSSIA_OCT) == [("entries", 6200, "Podgorica")]


def test_passengers_carried_from_two_cities_are_entries_where_they_went():
    text = "Last week the airline carried 3,940 passengers from Moscow and St. Petersburg to Podgorica."
    assert placed(text, **RUSSIA_OCT) == [("entries", 3940, "Podgorica")]


def test_people_carried_from_two_crossings_to_towns_inland_are_no_figure():
    text = (
        "Since 24 February, buses hired by the county have carried 2 340 persons from Záhony and Beregsurány to "
        "Budapest and Debrecen."
    )
    assert placed(text, **HUNGARY_2022) == []


def test_people_carried_from_two_crossings_to_a_town_not_in_the_gazetteer_are_no_figure():
    text = "Yesterday buses took 1 980 persons from Dorohusk and Zosin to Krasnystaw and Lublin."
    assert placed(text, **POLAND_2022) == []


# the usual time a count is measured by, after "as" or "than"


def test_the_figure_of_an_average_week_the_count_is_set_against_is_no_figure():
    text = (
        "In the past week the airline carried 8,300 passengers from Russia to Podgorica, twice as many as in an average "
        "week in August, when the figure was about 4,100."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 8300, "Podgorica")]


def test_an_ordinary_day_in_brackets_after_than_is_no_figure():
    text = (
        "Yesterday 2,470 passengers arrived at Podgorica from Russia, three times more than on an ordinary day of "
        "August (about 800 passengers)."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 2470, "Podgorica")]


# a running total after a comma, with no verb


def test_a_running_total_after_a_comma_with_no_verb_is_the_count_before():
    text = (
        "According to the border directorate, yesterday 3 910 people left Russia through Ozinki. Since 21 September, "
        "more than 22 thousand."
    )
    assert placed(text, **RUSSIA_OCT) == [("exits", 3910, "Ozinki"), ("exits", 22000, "Ozinki")]


# vehicles that left for a town of the host with their passengers


def test_buses_that_left_for_a_town_of_the_host_with_passengers_are_no_figure():
    text = (
        "Yesterday 9 860 people entered Poland from Ukraine through Medyka. From the station, 41 buses left yesterday "
        "for Warsaw alone with some 2 050 passengers."
    )
    assert placed(text, **POLAND_2022) == [("entries", 9860, "Medyka")]


def test_buses_that_left_the_bus_station_for_the_capital_with_passengers_are_no_figure():
    text = (
        "Since 21 September about 14,300 Russians have entered Kazakhstan through Kairak. Since Saturday, 11 buses "
        "have left the central bus station for Astana with about 480 passengers."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 14300, "Kairak")]


# ways and places served counted


def test_destinations_an_airline_flies_to_are_no_figure():
    text = "In 2022, the airline flies a fleet of 14 aircraft to 52 destinations in 27 countries."
    assert placed(text, **RUSSIA_OCT) == []


def test_paths_through_the_hills_are_no_figure():
    text = (
        "Police estimate that yesterday about 900 more Venezuelans crossed by the trochas, the more than 30 paths "
        "through the hills around Maicao."
    )
    assert [row[1] for row in placed(text, published=date(2019, 2, 14), trigger=date(2019, 1, 1), origin="Venezuela")] == [900]
