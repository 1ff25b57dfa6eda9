"""Rules added after the read of rounds 480-483 for periods and quantities (branch evr484q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_those_come_since_a_day_who_remain_are_left_of_the_window_counted_before():
    text = (
        "From 21 September to 9 October, 48 200 citizens of the Russian Federation entered Armenia through Bagratashen "
        "and Zvartnots, and 31 900 of them left the republic in the same period. So roughly 16 300 Russian citizens "
        "who arrived after 21 September remain in Armenia."
    )
    rows = rows_of(16300, text, published=date(2022, 10, 11), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 9))]


def test_those_come_during_a_weekend_who_remain_keep_the_weekend():
    text = (
        "By the count of the migration office, about 2 100 of the Venezuelan citizens who crossed during the weekend "
        "have not gone back and remain in Colombian territory."
    )
    rows = rows_of(2100, text, published=date(2019, 6, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 6, 8), date(2019, 6, 9))]


def test_those_come_since_a_day_who_remain_keep_the_day_it_was_said_before_them():
    text = (
        "Armenia's migration service said on Friday, October 14, that about 19,000 of the Russian citizens who had "
        "entered Armenia since September 21 remained in the country."
    )
    rows = rows_of(19000, text, published=date(2022, 10, 18), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 14))]


def test_fled_into_a_country_named_with_its_side_is_an_entry_there():
    text = (
        "Since the clashes began on 2 March, more than 8,500 people have fled from Burundi into western Tanzania, "
        "officials in Kigoma said."
    )
    rows = rows_of(8500, text, published=date(2015, 3, 20), origin=None)
    assert [(r[0], r[2]) for r in rows] == [("entries", "Tanzania")]


def test_streamed_into_a_country_named_with_its_side_is_an_entry_there():
    text = (
        "Thousands more refugees streamed across the border into north-eastern Kenya on Tuesday, bringing to about "
        "26,000 the number who have fled the fighting since Saturday, officials said."
    )
    rows = rows_of(26000, text, published=date(1991, 1, 8), origin=None)
    assert [(r[0], r[2]) for r in rows] == [("entries", "Kenya")]


def test_since_the_fall_of_a_city_runs_from_the_trigger():
    text = "Since the fall of Mogadishu, more than 9,300 Somalis have crossed into Kenya at Liboi, officials said."
    rows = rows_of(9300, text, published=date(1991, 2, 10), trigger=date(1991, 1, 27), origin=None)
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(1991, 1, 27), date(1991, 2, 10))]


def test_since_fall_of_a_city_with_no_article_runs_from_the_trigger():
    text = "The governor estimates that not less than 2,600 persons have entered Bulgaria from Macedonia since fall of Uskub."
    rows = rows_of(2600, text, published=date(1912, 11, 20), trigger=date(1912, 10, 26), origin=None)
    assert [(r[3], r[4]) for r in rows] == [(date(1912, 10, 26), date(1912, 11, 20))]
