"""Rules added after the read of rounds 552-555 for places (branch evr552p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_27 = dict(published=date(2022, 9, 27))
OCTOBER_14 = dict(published=date(2022, 10, 14))
MEXICO_2021 = dict(published=date(2021, 9, 10), trigger=date(2021, 8, 1), origin="Haiti")
CAMEROON_2014 = dict(published=date(2014, 2, 10), trigger=date(2013, 12, 5), origin="Central African Republic")
JORDAN_2013 = dict(published=date(2013, 2, 6), trigger=date(2011, 3, 15), origin="Syria")


def test_a_count_through_two_checkpoints_named_in_quotes_is_the_countrys():
    text = (
        'For 25 September through the checkpoints "Kyzylzhar" and "Karakoga" to the territory of the Republic of '
        "Kazakhstan arrived 5 210 citizens of the Russian Federation."
    )
    assert placed(text, **SEPTEMBER_27) == [("entries", 5210, "Kazakhstan")]


def test_arrests_among_towns_of_the_country_entered_are_that_countrys():
    text = (
        "On Wednesday about 1,300 Haitians crossed the Suchiate river into Ciudad Hidalgo.\n\n"
        "Since Monday its agents have detained 46 people without documents at checkpoints on the road between "
        "Tapachula and Huixtla."
    )
    assert placed(text, **MEXICO_2021) == [("entries", 1300, "Ciudad Hidalgo"), ("arrests", 46, "Mexico")]


def test_kenzou_is_kentzou_a_crossing_of_its_own():
    text = "In the past week 1,640 people crossed into Cameroon at Garoua-Boulai and about 820 at Kenzou, further south."
    assert placed(text, **CAMEROON_2014) == [("entries", 1640, "Garoua-Boulai"), ("entries", 820, "Kentzou")]


def test_a_count_into_two_crossings_one_of_them_kenzou_is_the_countrys():
    text = "Since 5 December more than 14,000 people have crossed into Cameroon at Garoua-Boulai and Kenzou."
    assert placed(text, **CAMEROON_2014) == [("entries", 14000, "Cameroon")]


def test_tal_shihab_is_a_crossing_into_jordan():
    text = "Over the past 24 hours 1,240 Syrians crossed into Jordan at the points near Tal Shihab, the army said."
    assert placed(text, **JORDAN_2013) == [("entries", 1240, "Tal Shihab")]


def test_people_waiting_near_a_town_told_by_its_bearing_wait_at_the_other_crossing_named():
    text = (
        "Some 3,000 people are waiting in the open near the berm east of Ramtha, by the village of Tal Shehab, the army "
        "said on Tuesday."
    )
    assert placed(text, **JORDAN_2013) == [("other", 3000, "Tal Shihab")]


def test_new_immigrants_counted_with_no_place_after_an_airports_day_are_the_countrys():
    text = (
        "1. Since 21 September, 2,640 new immigrants from Russia have arrived in Israel.\n\n"
        "2. On Wednesday, 212 new immigrants landed at Ben Gurion Airport on three flights from Moscow.\n\n"
        "3. Since the start of the war in Ukraine, more than 19,000 new immigrants have arrived from Russia."
    )
    assert placed(text, **OCTOBER_14) == [
        ("entries", 2640, "Israel"),
        ("entries", 212, "Tel Aviv"),
        ("entries", 19000, "Israel"),
    ]


def test_people_leaving_the_country_over_the_period_of_the_entries_before_leave_the_country_entered():
    text = (
        "From 21 September to 9 October, 188 300 citizens of the Russian Federation entered the territory of Kyrgyzstan. "
        "In the same period 121 500 citizens of the Russian Federation left our country."
    )
    assert placed(text, published=date(2022, 10, 10)) == [("entries", 188300, "Kyrgyzstan"), ("exits", 121500, "Kyrgyzstan")]


def test_the_same_period_reaches_past_a_call_up_target_to_the_entries_of_the_paragraph_before():
    text = (
        "More than 52,000 Russian citizens have entered Kazakhstan since September 21, when Vladimir Putin ordered the "
        "call-up of 300,000 reservists, the ministry said on Tuesday.\n\n"
        "Over the same period about 31,000 Russians left the country, the ministry said."
    )
    rows = placed(text, published=date(2022, 10, 4))
    assert ("exits", 31000, "Kazakhstan") in rows
