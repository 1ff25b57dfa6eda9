"""Rules added after the read of rounds 600-603 for places (branch evr600p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_5 = dict(published=date(2022, 10, 5), trigger=date(2022, 9, 21), origin="Russia")
MOLDOVA_2022 = dict(published=date(2022, 3, 12), trigger=date(2022, 2, 24), origin="Ukraine")
BANGLADESH_2017 = dict(published=date(2017, 9, 22), trigger=date(2017, 8, 25), origin="Myanmar")
TURKEY_2023 = dict(published=date(2023, 3, 4), trigger=date(2023, 2, 6), origin="Turkey")


def test_the_country_entered_is_not_the_last_of_a_list_of_countries_people_went_on_to():
    text = (
        "Since 21 September, 120,400 Russian citizens entered Kazakhstan. In the same period 61,200 of them left "
        "Kazakhstan again, by air to Turkey and by road to Uzbekistan and Kyrgyzstan. On Tuesday 3,870 Russian citizens "
        "entered the country."
    )
    assert placed(text, **OCTOBER_5)[-1] == ("entries", 3870, "Kazakhstan")


def test_reni_alone_is_the_ukrainian_side_of_giurgiulesti():
    text = "This morning about 90 cars were waiting on the Ukrainian side at Reni to be checked."
    assert placed(text, **MOLDOVA_2022) == [("queue_vehicles", 90, "Giurgiulesti")]


def test_a_provinces_gendarmerie_makes_arrests_in_its_country():
    text = (
        "Syrians displaced by the earthquake in southern Turkey continue to cross back into Syria. In the past week, the Hatay "
        "Gendarmerie Command detained 11 persons who were trying to take Syrians across the border for money."
    )
    assert placed(text, **TURKEY_2023) == [("arrests", 11, "Turkey")]




def test_whykong_a_landing_ghat_of_teknaf_is_read_as_itself():
    text = (
        "Most boats came ashore on the beaches of Teknaf. Whykong saw the most arrivals of the week: 1,760 people "
        "landed there on Tuesday."
    )
    assert placed(text, **BANGLADESH_2017) == [("entries", 1760, "Whykong")]


def test_cholpon_ata_is_read_as_itself():
    text = "Since 21 September about 1,300 Russians have arrived in Cholpon-Ata."
    assert placed(text, **OCTOBER_5) == [("entries", 1300, "Cholpon-Ata")]


def test_kulob_is_read_as_itself():
    text = "On Friday two flights from Moscow brought 310 passengers to Kulob."
    assert placed(text, **OCTOBER_5) == [("entries", 310, "Kulob")]


def test_pozzallo_a_sicilian_landing_port_is_read_as_itself():
    text = "Most boats now leave from Tunisia.\n\nPozzallo: on Sunday the Coast Guard disembarked 240 migrants."
    assert placed(text, published=date(2023, 8, 25), origin="Libya") == [("entries", 240, "Pozzallo")]
