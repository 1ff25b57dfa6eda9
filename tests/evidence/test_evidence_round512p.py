"""Rules added after the read of rounds 512-515 for places (branch evr512p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

_RUSSIA_2022 = dict(published=date(2022, 10, 6), trigger=date(2022, 9, 21))


def test_the_second_of_a_pair_keeps_its_own_crossing_not_the_airport_of_the_first():
    text = "On Sunday, 2 150 travellers from Russia landed at Almaty airport and 940 crossed at Kairak."
    assert placed(text, **_RUSSIA_2022) == [("entries", 2150, "Almaty"), ("entries", 940, "Kairak")]


def test_the_second_of_a_pair_keeps_its_own_crossing_after_the_airports_own_name():
    text = "On Sunday, 3 020 travellers landed at Zvartnots International Airport and 1 450 came by land through the Bagratashen checkpoint."
    assert placed(text, **_RUSSIA_2022) == [("entries", 3020, "Yerevan"), ("entries", 1450, "Bagratashen")]


def test_a_town_right_after_the_first_count_of_a_pair_is_its_own_place():
    text = "Last week 5 120 travellers came through Kostanay and 2 300 through Kairak, the railway said."
    assert placed(text, **_RUSSIA_2022) == [("entries", 5120, "Kostanay"), ("entries", 2300, "Kairak")]


def test_people_and_vehicles_through_one_crossing_keep_that_crossing():
    text = "Since the decree, 12 400 people and 3 100 cars have entered Kazakhstan through Kairak, the border service said."
    assert [p for p in placed(text, **_RUSSIA_2022) if p[1] == 12400] == [("entries", 12400, "Kairak")]


def test_a_list_of_crossings_whose_last_keeps_its_article_is_the_countrys():
    text = (
        "Along the whole eastern frontier - Vaalimaa, Nuijamaa and the Vainikkala rail crossing - 6 240 Russians "
        "arrived on Saturday, and some 2 100 went back."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[1] == 6240] == [("entries", 6240, "Finland")]


def test_an_airport_checkpoint_named_in_quotes_with_its_city_is_the_citys():
    text = 'On Friday, through the checkpoint "National Airport Minsk" arrived to Belarus 2 310 citizens of Russia.'
    assert placed(text, **_RUSSIA_2022) == [("entries", 2310, "Minsk")]


def test_an_airport_checkpoint_in_angle_quotes_with_no_country_named_is_the_citys():
    text = "Through the checkpoint «National Airport Minsk», 1 975 Russian citizens came in over the weekend."
    assert placed(text, **_RUSSIA_2022) == [("entries", 1975, "Minsk")]


def test_incheon_airport_is_at_incheon_the_city_it_is_named_for():
    # (the lead, after this read) the airports dataset gives Incheon's airport to Seoul; LABELLING.md puts an airport
    # named for a city of its own at that city
    for text in (
        "Since 21 September, 3 480 Russian nationals have entered through Incheon airport, the immigration office said.",
        "On Monday 1 260 Russians arrived at Incheon International Airport on flights from Vladivostok.",
    ):
        assert [place for _kind, _value, place in placed(text, **_RUSSIA_2022)] == ["Incheon"], text
