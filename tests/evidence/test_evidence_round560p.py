"""Rules added after the read of rounds 560-563 for places (branch evr560p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

BONN_1989 = dict(published=date(1989, 10, 12), trigger=date(1989, 9, 11), origin="East Germany")
NIGER_2015 = dict(published=date(2015, 3, 4), trigger=date(2014, 11, 24), origin="Nigeria")
OCTOBER_3 = dict(published=date(2022, 10, 3))


def test_trains_that_brought_people_to_hof_brought_them_to_hof():
    text = "Since Sunday, nine special trains have brought 8,240 persons from the embassy in Prague to Hof."
    assert placed(text, **BONN_1989) == [("entries", 8240, "Hof")]


def test_the_federal_republic_of_1989_is_west_germany():
    text = (
        "Since 11 September more than 41,000 citizens of the GDR have come to the Federal Republic of Germany.\n\n"
        "In addition, 23,500 have come to the Federal Republic since 1 January with the permission of the GDR."
    )
    assert placed(text, **BONN_1989) == [("entries", 41000, "West Germany"), ("entries", 23500, "West Germany")]


def test_another_federal_republic_named_with_its_country_is_that_country():
    text = "Since 24 November, 12 400 persons have crossed from the Federal Republic of Nigeria into Niger."
    assert placed(text, **NIGER_2015) == [("entries", 12400, "Niger")]


def test_arrests_in_the_region_of_a_town_are_that_towns_countrys():
    text = (
        "REPUBLIC OF NIGER\nOffice of the Governor\n\n"
        "3. Since 10 February, the Defence and Security Forces have arrested 31 persons suspected of smuggling arms "
        "in the region of Diffa."
    )
    assert placed(text, **NIGER_2015) == [("arrests", 31, "Niger")]


def test_a_force_named_by_its_title_alone_is_the_country_its_full_name_gave_before():
    text = (
        "According to the Border Directorate of the FSB of Russia for the Altai Republic, 1 960 people have left "
        "Russia for Mongolia through the Tashanta checkpoint since 21 September.\n\n"
        "On 1 October, officers of the Border Directorate detained three men who tried to cross the State border "
        "outside the checkpoint."
    )
    assert placed(text, **OCTOBER_3)[-1] == ("arrests", 3, "Russia")


def test_two_crossings_each_named_with_its_kind_are_the_countrys():
    text = (
        "In the past two days 7 150 people left Russia through the Petukhovo checkpoint and the Kazanskoye "
        "checkpoint, the border directorate said."
    )
    assert placed(text, **OCTOBER_3) == [("exits", 7150, "Russia")]


def test_one_crossing_with_an_aside_after_its_kind_stays_that_crossing():
    text = "On Sunday, 980 Russian citizens entered Finland through the Salla border crossing point, the border guard said."
    assert placed(text, **OCTOBER_3) == [("entries", 980, "Salla")]


def test_a_region_entered_through_posts_named_before_their_plural_kind_is_its_towns():
    text = "Since 21 September, 41 260 Russian citizens have entered Aktobe region through the Zhaisan and Alimbetovka checkpoints."
    assert placed(text, **OCTOBER_3) == [("entries", 41260, "Aktobe")]


def test_the_country_an_opening_event_names_is_not_where_the_count_came():
    text = (
        "Since Hungary opened its border to Austria on 11 September, more than 18,000 East Germans have reached the "
        "Federal Republic by that route."
    )
    assert placed(text, **BONN_1989) == [("entries", 18000, "West Germany")]


def test_the_town_an_attack_the_sentence_opens_on_was_on_is_not_where_people_crossed():
    text = (
        "Since the attack by the sect on the town of Damasak, in the State of Borno, on 24 November, 12 600 persons "
        "have crossed from Nigeria into Niger."
    )
    assert placed(text, **NIGER_2015) == [("entries", 12600, "Niger")]


def test_a_count_opened_by_its_event_and_through_its_own_country_keeps_it():
    text = "Since Hungary opened its border to Austria on 11 September, some 21,000 of them have come into Austria."
    assert placed(text, **BONN_1989) == [("entries", 21000, "Austria")]


def test_people_who_left_in_the_area_of_a_crossing_left_through_it():
    text = (
        "Yesterday, a total of 1.870 migrants left the territory of the Republic of Macedonia towards the Republic of "
        "Serbia in the area of Tabanovce."
    )
    assert placed(text, published=date(2015, 8, 14), trigger=date(2015, 6, 1), origin="Syria") == [("exits", 1870, "Tabanovce")]
