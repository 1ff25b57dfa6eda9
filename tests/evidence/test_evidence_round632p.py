"""Rules added after the read of rounds 632-635 for places (branch evr632p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_4 = dict(published=date(2022, 10, 4), trigger=date(2022, 9, 21))
NIGER_2012 = dict(published=date(2012, 5, 22), trigger=date(2012, 1, 17), origin="Mali")


def test_kazakhstan_temir_zholy_is_a_carrier_not_the_country():
    text = (
        "The Pavlodar railway station has received 2 150 passengers from Russia since 21 September, the Pavlodar "
        "branch of Kazakhstan Temir Zholy said."
    )
    assert placed(text, **OCTOBER_4) == [("entries", 2150, "Pavlodar")]


def test_taraz_is_a_town_of_kazakhstan():
    text = "Since 21 September, 1 230 people from Russia have come to Taraz by train, the city's police said."
    assert placed(text, **OCTOBER_4) == [("entries", 1230, "Taraz")]


def test_kokshetau_is_a_town_of_kazakhstan():
    text = "Since 21 September, 1 960 citizens of Russia have come to Kokshetau by train, the regional police said."
    assert placed(text, **OCTOBER_4) == [("entries", 1960, "Kokshetau")]


def test_tillia_is_a_site_of_niger_in_a_table_row():
    text = (
        "Malian refugees in Niger, update of 22 May 2012.\n\nTable 3. New arrivals in the sites, 14 - 20 May 2012\n\n"
        "Area of arrival        Arrivals        Relocated        In the site\n"
        "                       14-20 May       14-20 May        on 20 May\n"
        "Ayorou                  1,120             610             7,020\n"
        "Tillia                    412              95             5,270\n"
        "Total                   1,532             705            12,290\n"
    )
    assert ("entries", 412, "Tillia") in placed(text, **NIGER_2012)


def test_exits_gone_back_to_the_origin_from_a_town_are_at_that_town_not_the_host():
    text = (
        "Refugees in Mauritania are taken to the camp. About 300 refugees went back to Mali from Fassala in the past "
        "two weeks."
    )
    assert placed(text, published=date(2012, 3, 6), trigger=date(2012, 1, 17), origin="Mali") == [("exits", 300, "Fassala")]


def test_exits_gone_back_to_the_origin_from_a_site_of_niger_are_at_the_site():
    text = "Malian refugees keep arriving in Niger. Some 520 refugees have gone back to Mali from Abala since early May."
    assert ("exits", 520, "Abala") in placed(text, **NIGER_2012)


def test_a_count_at_the_official_crossing_of_a_post_is_the_posts():
    text = (
        "At the official crossing of Masnaa, General Security recorded 3,140 entries of Syrian nationals in the week to "
        "Friday."
    )
    assert placed(text, published=date(2013, 11, 22), trigger=date(2013, 11, 15), origin="Syria") == [("entries", 3140, "Masnaa")]


def test_a_second_count_through_the_post_named_by_the_town_opposite_is_that_towns():
    text = (
        "The border police of Kostanay region say 3 210 citizens of Russia came in through the post opposite "
        "Aleksandrov Gai yesterday, and 12 800 since Wednesday."
    )
    assert placed(text, **OCTOBER_4) == [("entries", 3210, "Aleksandrov Gay"), ("entries", 12800, "Aleksandrov Gay")]
