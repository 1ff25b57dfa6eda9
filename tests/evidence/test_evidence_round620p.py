"""Rules added after the read of rounds 620-623 for places (branch evr620p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

CALL_UP_2022 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21))
JORDAN_2013 = dict(published=date(2013, 4, 9), trigger=date(2011, 3, 15), origin="Syria")


def test_pallasovka_is_the_volgograd_regions_post():
    text = "At Pallasovka the line of cars stretched for 9 kilometres on Wednesday evening."
    assert placed(text, **CALL_UP_2022) == [("queue_length_km", 9, "Pallasovka")]


def test_baratayevka_is_ulyanovsks_airport():
    text = "The airport's press office said 412 passengers flew abroad from Baratayevka on Wednesday."
    assert placed(text, **CALL_UP_2022) == [("exits", 412, "Ulyanovsk")]


def test_nis_is_serbias_southern_city():
    text = "Russians in Serbia\n\nThe airport in Niš has received 1.940 passengers from Istanbul since 22 September."
    assert placed(text, **CALL_UP_2022) == [("entries", 1940, "Niš")]


def test_a_table_of_entry_points_with_a_bracketed_qualifier_in_its_header_names_each_rows_point():
    text = (
        "Arrivals by point of entry, 1 - 7 March 2021\n\n"
        "Point of entry (from)           Province          Arrivals\n"
        "Dabanga (Kolofata)              Lac                  2,640\n"
        "Ngouboua (Bosso)                Lac                  1,180\n\n"
        "Source: border monitoring.\n"
    )
    found = placed(text, published=date(2021, 3, 8), trigger=date(2021, 3, 1), origin="Cameroon")
    assert ("entries", 2640, "Dabanga") in found and ("entries", 1180, "Ngouboua") in found


def test_district_police_who_said_they_held_men_going_round_the_post_held_them_on_the_origins_side():
    text = (
        "Men of the region keep driving to Kazakhstan.\n\n"
        "Police of the Ozinki district said today that on Monday night they detained seven men from Saratov who had "
        "tried to get round the checkpoint through the fields."
    )
    assert ("arrests", 7, "Russia") in placed(text, **CALL_UP_2022)


def test_district_police_who_held_men_walking_across_the_border_held_them_on_the_origins_side():
    text = (
        "Men of the region keep driving to Kazakhstan.\n\n"
        "Police of the Petukhovo district said that on Sunday they detained three men from Kurgan who tried to walk "
        "across the border at night."
    )
    assert ("arrests", 3, "Russia") in placed(text, **CALL_UP_2022)


def test_the_number_present_in_the_kingdom_is_the_kingdoms_not_the_crossing_before_nor_a_kingdom_in_passing():
    text = (
        "JORDAN ARMED FORCES\n\n"
        "1. Last night the Border Guard Forces received 1,240 Syrians who crossed into Jordan near the Jaber crossing.\n\n"
        "2. Tents were delivered with support from the Kingdom of Saudi Arabia and the United Arab Emirates.\n\n"
        "3. The number of Syrian refugees now present in the Kingdom exceeds 410,000."
    )
    assert ("net_arrivals", 410000, "Jordan") in placed(text, **JORDAN_2013)
