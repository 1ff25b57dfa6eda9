"""Rules added after the read of rounds 468-471 for places (branch evr472p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_arrests_of_people_who_tried_to_enter_a_named_country_are_that_countrys():
    text = (
        "Burundians flee into Tanzania\n\n"
        "Some 3,400 Burundians crossed into Tanzania at Manyovu on Monday.\n\n"
        "Over the weekend, district police and militia have detained 31 persons who tried to enter Tanzania along "
        "forest paths near the lake."
    )
    rows = placed(text, published=date(2015, 5, 20), trigger=date(2015, 4, 26), origin="Burundi")
    assert ("arrests", 31, "Tanzania") in rows


def test_arrests_of_people_who_tried_to_enter_a_countrys_territory_are_that_countrys():
    text = (
        "Liberians flee into Guinea\n\n"
        "About 2,100 Liberians reached Gueckedou on Tuesday.\n\n"
        "Since 3 June they have disarmed and detained 23 armed men who tried to enter Guinean territory."
    )
    rows = placed(text, published=date(1990, 6, 20), trigger=date(1990, 6, 1), origin="Liberia")
    assert ("arrests", 23, "Guinea") in rows


def test_an_items_ordinal_before_the_host_forces_keeps_their_arrests():
    text = (
        "Sudanese flee into Egypt\n\n"
        "Second: Since 15 April, some 41,000 Sudanese have crossed into Egypt at Qustul.\n\n"
        "Fifth: Since 2 May, the Egyptian authorities at the two ports have arrested 23 persons for forgery."
    )
    rows = placed(text, published=date(2023, 5, 14), trigger=date(2023, 4, 15), origin="Sudan")
    assert ("arrests", 23, "Egypt") in rows


def test_and_before_the_host_army_keeps_its_arrests():
    text = (
        "Burundians flee into Tanzania\n\n"
        "Some 6,200 Burundians crossed into Tanzania at Kobero on Friday.\n\n"
        "And the Tanzanian army has been disarming Burundian soldiers as they come over: they say they detained "
        "about 140 of them at Kobero on Friday."
    )
    rows = placed(text, published=date(2015, 6, 14), trigger=date(2015, 6, 3), origin="Burundi")
    assert ("arrests", 140, "Tanzania") in rows


def test_a_town_opening_the_sentence_wins_over_the_region_its_aside_names():
    text = "In Petropavl, the centre of North Kazakhstan region, some 3,100 Russians arrived in the past week, officials said."
    assert placed(text) == [("entries", 3100, "Petropavl")]
    text = "In Khujand, in Sughd region, some 2,600 Russian passengers landed in the past week, officials said."
    assert placed(text) == [("entries", 2600, "Khujand")]


def test_arrests_by_the_national_police_in_a_report_on_the_host_are_the_hosts():
    text = (
        "Venezuelans cross into Colombia at Cucuta\n\n"
        "Some 31,400 Venezuelans entered Colombia at the Simon Bolivar bridge on Monday.\n\n"
        "On Monday, the National Police detained 17 persons on the trails along the river for smuggling."
    )
    rows = placed(text, published=date(2018, 2, 14), trigger=date(2018, 2, 1), origin="Venezuela")
    assert ("arrests", 17, "Colombia") in rows
