"""Rules added after the read of rounds 636-639 for places (branch evr636p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28), trigger=date(2022, 9, 21))
ROMANIA_2022 = dict(published=date(2022, 3, 10), trigger=date(2022, 2, 24), origin="Ukraine")


def test_arrests_by_a_districts_police_of_men_going_round_the_post_are_the_origins():
    text = (
        "Men from Omsk drive into Kazakhstan at the Karasuk checkpoint. On Monday police of the Karasuk district "
        "detained four men who tried to walk round the post through the fields towards the border."
    )
    assert placed(text, **SEPTEMBER_28) == [("arrests", 4, "Russia")]


def test_galati_is_the_romanian_side_of_the_giurgiulesti_bridge():
    text = (
        "On Wednesday, 9 March 2022, 2.870 persons entered Romania through the Galați road border crossing point, "
        "coming from the Republic of Moldova."
    )
    assert placed(text, **ROMANIA_2022) == [("entries", 2870, "Galati")]


def test_people_still_in_the_city_others_left_for_another_town_are_the_paragraphs_town():
    text = (
        "In Tashkent, the city migration department has registered 3 940 Russian citizens since the decree. The city "
        "hall estimates that about 1,700 of the Russians who came after 21 September are still in the city; the others "
        "went on to Almaty."
    )
    assert ("net_arrivals", 1700, "Tashkent") in placed(text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))


def test_urlyutobe_is_the_kazakh_side_of_burla():
    text = "The border department said 1 320 citizens of Russia entered Kazakhstan at Urlyutobe yesterday."
    assert placed(text, **SEPTEMBER_28) == [("entries", 1320, "Burla")]


def test_arrests_at_burla_are_russias():
    text = "Men from Slavgorod queue at the Burla post for Kazakhstan. Police detained three men at Burla on Tuesday."
    assert placed(text, **SEPTEMBER_28) == [("arrests", 3, "Russia")]
