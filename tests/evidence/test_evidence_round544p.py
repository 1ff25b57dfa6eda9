"""Rules added after the read of rounds 544-547 for places (branch evr544p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

RUSSIA = dict(published=date(2022, 10, 11), trigger=date(2022, 9, 21), origin="")
MYANMAR = dict(published=date(2021, 4, 2), trigger=date(2021, 3, 27), origin="Myanmar")
AFGHANISTAN = dict(published=date(2021, 8, 30), trigger=date(2021, 8, 15), origin="Afghanistan")


def test_those_who_remain_in_the_republic_are_in_the_republic_named_by_its_adjective_not_where_others_went():
    text = (
        "1. From 21 September to 9 October, 71 480 citizens of the Russian Federation entered the territory of the "
        "Kyrgyz Republic.\n\n"
        "2. In the same period, 40 210 citizens of the Russian Federation left the Kyrgyz Republic, mostly by air to "
        "Istanbul and by road to the Republic of Kazakhstan.\n\n"
        "3. As of 10 October, about 31 thousand citizens of the Russian Federation who entered after 21 September "
        "remain on the territory of the republic."
    )
    assert placed(text, **RUSSIA)[-1] == ("net_arrivals", 31000, "Kyrgyzstan")


def test_a_later_count_of_arrivals_is_not_at_the_country_those_who_left_went_to():
    text = (
        "1. From 21 September to 9 October, 71 480 citizens of the Russian Federation entered the territory of the "
        "Kyrgyz Republic.\n\n"
        "2. In the same period, 40 210 citizens of the Russian Federation left the Kyrgyz Republic, mostly by air to "
        "Istanbul and by road to the Republic of Kazakhstan.\n\n"
        "3. In the past week, arrivals exceeded departures: 7 940 citizens of the Russian Federation entered and 6 120 "
        "left."
    )
    assert placed(text, **RUSSIA)[2] == ("entries", 7940, "Kyrgyzstan")


def test_ban_tha_ta_fang_is_the_salween_landing_not_the_town_ban_tha_ta():
    text = "Further upstream, some 900 villagers crossed the river at Ban Tha Ta Fang in Mae Sariang district on Wednesday."
    assert placed(text, **MYANMAR) == [("entries", 900, "Tha Ta Fang")]


def test_the_peak_day_of_a_count_at_a_crossing_is_the_crossings_though_its_clause_names_the_country():
    # (Chaman is read by the name of its pair, Spin Boldak, one place to the scoring)
    text = (
        "Since 15 August, more than 88,000 persons have entered Pakistan at Chaman. On Friday, 27 August, 10,900 "
        "persons crossed into Pakistan, the highest figure for one day so far."
    )
    assert placed(text, **AFGHANISTAN) == [("entries", 88000, "Spin Boldak"), ("entries", 10900, "Spin Boldak")]


def test_the_largest_number_in_one_day_recorded_there_is_the_checkpoint_named_before():
    text = (
        "The busiest checkpoint remained Kairak in Kostanay region. The largest number of entries in one day was "
        "recorded there on Friday, 30 September, when 2 940 citizens of the Russian Federation entered the country."
    )
    assert placed(text, **RUSSIA) == [("entries", 2940, "Kairak")]


def test_the_highest_number_for_a_single_day_at_an_airport_is_its_citys():
    text = (
        "From 21 September to 12 October, 79.340 citizens of the Russian Federation entered Türkiye through Istanbul "
        "Airport. The highest number for a single day was recorded on Friday, 23 September, when 5.870 Russian "
        "citizens passed passport control."
    )
    assert placed(text, **RUSSIA) == [("entries", 79340, "Istanbul"), ("entries", 5870, "Istanbul")]
