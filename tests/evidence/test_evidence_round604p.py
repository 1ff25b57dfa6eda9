"""Rules added after the read of rounds 604-607 for places (branch evr604p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_4 = dict(published=date(2022, 10, 4))
SEPTEMBER_29 = dict(published=date(2022, 9, 29))
SLOVAKIA_2022 = dict(published=date(2022, 3, 10), trigger=date(2022, 2, 24), origin="Ukraine")
PERU_2021 = dict(published=date(2021, 2, 18), trigger=None, origin="Haiti")


def test_a_road_post_named_with_its_avto_suffix_is_the_crossing_named_before_it():
    text = (
        "The Border Service reports on the situation at the road checkpoint on the Kyrgyz-Kazakh border. Since 21 "
        'September, 9 310 citizens of the Russian Federation entered the Kyrgyz Republic through "Ak-Tilek-avto".'
    )
    assert placed(text, **OCTOBER_4) == [("entries", 9310, "Ak-Tilek")]


def test_a_crossings_name_written_as_the_district_a_post_stands_in_is_no_crossing():
    text = (
        "Cars now fill the road before the Varshavka checkpoint in the Kartaly district. On Thursday morning some 640 "
        "cars stood in line before the checkpoint, and the line stretched for about 6 km along the road from Kartaly."
    )
    assert placed(text, **SEPTEMBER_29) == [("queue_vehicles", 640, "Varshavka"), ("queue_length_km", 6, "Varshavka")]


def test_a_crossings_name_the_text_writes_only_as_a_region_is_the_regions():
    text = (
        "Through the Ak-Tilek checkpoint 2 140 Russians entered Kyrgyzstan yesterday. Many have registered in the Chui "
        "region. Drivers at the checkpoint ask 20-25 US dollars for the ride to Kant."
    )
    assert placed(text, **OCTOBER_4) == [("entries", 2140, "Ak-Tilek"), ("flights_price_usd", 25, "Ak-Tilek - Kant")]


def test_varshavka_is_a_crossing_of_its_own():
    text = "In the Kartaly district, at Varshavka, the line had about 520 cars on Wednesday evening."
    assert placed(text, **SEPTEMBER_29) == [("queue_vehicles", 520, "Varshavka")]


def test_a_ride_across_the_post_and_on_to_a_town_starts_at_the_crossing():
    text = (
        "Yesterday 2 870 people left Russia through the Karasuk checkpoint.\n\n"
        "Drivers on the Kazakh side take men across the post and on to Pavlodar for 120 dollars a seat."
    )
    assert placed(text, **SEPTEMBER_29) == [("exits", 2870, "Karasuk"), ("flights_price_usd", 120, "Karasuk - Pavlodar")]


def test_a_ride_across_the_river_and_on_to_a_town_starts_at_the_crossing():
    text = (
        "About 400 Haitians were stuck at Assis Brasil on Wednesday. Guides ask $250 a head to take someone across the "
        "river and on to Puerto Maldonado."
    )
    assert ("flights_price_usd", 250, "Assis Brasil - Puerto Maldonado") in placed(text, **PERU_2021)


def test_residents_who_post_offers_name_no_post():
    text = (
        "Yesterday 2 870 people left Russia through the Karasuk checkpoint.\n\n"
        "Residents post offers in the town chat.\n\n"
        "Drivers on the Kazakh side take men across the post and on to Pavlodar for 120 dollars a seat."
    )
    assert placed(text, **SEPTEMBER_29) == [("exits", 2870, "Karasuk"), ("flights_price_usd", 120, "Karasuk - Pavlodar")]


def test_a_count_through_the_crossing_points_of_the_state_border_is_the_countrys():
    text = (
        "On Tuesday 3 905 persons crossed at Vysne Nemecke.\n\n"
        "On Tuesday, 1 840 persons entered Slovakia from Ukraine through the crossing points of the state border."
    )
    assert placed(text, **SLOVAKIA_2022) == [("entries", 3905, "Vysne Nemecke"), ("entries", 1840, "Slovakia")]


def test_a_count_leaving_for_the_origin_whose_citizens_they_are_is_the_countrys():
    text = (
        "On Tuesday 3 905 persons crossed at Vysne Nemecke.\n\n"
        "On Tuesday, 1 260 persons left Slovakia for Ukraine through the crossing points of the state border, most of "
        "them citizens of Ukraine."
    )
    assert placed(text, **SLOVAKIA_2022) == [("entries", 3905, "Vysne Nemecke"), ("exits", 1260, "Slovakia")]
