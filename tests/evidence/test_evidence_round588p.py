"""Rules added after the read of rounds 588-591 for places (branch evr588p; sentences written for these tests)."""

from datetime import date

from exodus.evidence.scoring import figure_matches
from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_27 = dict(published=date(2022, 9, 27))
SEPTEMBER_30 = dict(published=date(2022, 9, 30))
OCTOBER_20 = dict(published=date(2022, 10, 20))
DECEMBER_2 = dict(published=date(2022, 12, 2))
CARAVAN_2018 = dict(published=date(2018, 10, 24), trigger=date(2018, 10, 13), origin="Honduras")
KOSOVO_1999 = dict(published=date(1999, 4, 9), trigger=date(1999, 3, 24), origin="Kosovo")


def test_talisman_alone_is_the_talisman_bridge_crossing():
    text = "On Tuesday 1,310 Hondurans entered Mexico at Talismán, the migration institute said."
    assert placed(text, **CARAVAN_2018) == [("entries", 1310, "Talisman Bridge")]


def test_a_label_at_talisman_is_the_crossing_read_as_talisman_bridge():
    row = dict(quantity="entries", value="1310", value_low="", value_high="", period_start="2018-10-23", period_end="2018-10-23")
    assert figure_matches(dict(row, place="Talisman Bridge"), dict(row, place="Talismán"))


def test_sharm_el_sheikh_is_a_town_of_the_gazetteer():
    text = "Since 21 September 4,300 Russian tourists have arrived in Sharm el-Sheikh, the governorate said."
    assert placed(text, **OCTOBER_20) == [("entries", 4300, "Sharm el-Sheikh")]


def test_a_fare_to_a_town_with_an_arabic_article_ends_at_the_whole_name():
    text = "Charter seats from Kazan to Sharm el-Sheikh sold for about $1,350 on Monday, agents said."
    assert placed(text, **OCTOBER_20) == [("flights_price_usd", 1350, "Kazan - Sharm el-Sheikh")]


def test_bolshoye_savino_alone_is_perms_airport():
    text = "On Monday 1 020 passengers left Bolshoye Savino on international flights, the press service said."
    assert placed(text, **SEPTEMBER_27) == [("exits", 1020, "Perm")]


def test_people_without_tickets_waiting_in_the_terminal_wait_at_the_airport_named_before():
    text = (
        "On Monday 1 310 passengers flew out of Mineralnye Vody airport on international flights.\n\n"
        "In the evening about 160 people without tickets waited in the terminal for a seat left free."
    )
    assert placed(text, **SEPTEMBER_27)[-1] == ("other", 160, "Mineralnye Vody")


def test_people_waiting_at_the_international_check_in_wait_at_the_airport_named_before():
    text = (
        "On Monday 1 310 passengers flew out of Mineralnye Vody airport on international flights.\n\n"
        "On Monday night about 160 people without tickets were waiting at the international check-in for a seat left free."
    )
    assert placed(text, **SEPTEMBER_27)[-1] == ("other", 160, "Mineralnye Vody")


def test_passengers_landed_from_abroad_are_the_airports_named_before():
    text = (
        "From Friday to Monday 4 870 passengers flew out of Mineralnye Vody airport to Yerevan and Tashkent. "
        "Over the same days 1 640 passengers landed from abroad."
    )
    assert placed(text, **SEPTEMBER_27)[-1] == ("entries", 1640, "Mineralnye Vody")


def test_passengers_who_flew_abroad_are_the_airports_named_before_not_a_country_named_later():
    text = (
        "Perm's Bolshoye Savino airport has never been so busy, its manager said on Tuesday.\n\n"
        "On Monday 1 240 passengers flew abroad, most of them to Tashkent and Almaty in Kazakhstan."
    )
    assert placed(text, **SEPTEMBER_27)[-1] == ("exits", 1240, "Perm")


def test_a_country_entered_through_an_airport_named_alone_is_the_airports_city():
    text = "Since 21 September more than 8,300 Russian citizens entered Indonesia through Ngurah Rai, officials said."
    assert placed(text, **DECEMBER_2) == [("entries", 8300, "Denpasar")]


def test_gornyak_is_the_russian_side_of_the_shemonaikha_crossing():
    text = "On the Russian side, in front of Gornyak, the line of cars was about seven kilometres long on Monday."
    assert placed(text, **SEPTEMBER_27) == [("queue_length_km", 7, "Shemonaikha")]


def test_a_country_entered_through_a_known_crossing_with_a_particle_is_that_crossing_not_its_first_word():
    text = "Since 28 March more than 31,000 have entered Albania through Qafe e Prushit, officials said."
    assert placed(text, **KOSOVO_1999) == [("entries", 31000, "Qafe Prush")]


def test_people_still_in_a_town_who_came_since_a_day_of_the_month_are_that_towns():
    text = (
        "Most go on to Semey and Almaty. But about 1,700 citizens of Russia who came since the 21st are still in "
        "Kostanay, officials said."
    )
    assert placed(text, **SEPTEMBER_30) == [("net_arrivals", 1700, "Kostanay")]
