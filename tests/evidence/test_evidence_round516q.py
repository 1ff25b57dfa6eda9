"""Rules added after the read of rounds 516-519 for periods and quantities (branch evr516q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, rows_of


def test_people_still_in_a_country_on_a_day_who_came_after_a_day_run_from_that_day_to_it():
    text = "Officials estimate that about 3,400 of the Russians who entered after 21 September were still in Armenia on 14 October."
    rows = rows_of(3400, text, published=date(2022, 10, 17))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 14))]


def test_the_day_they_came_after_is_read_with_words_between_the_verb_and_after():
    text = "Roughly 2,750 of the Russian citizens who arrived as tourists after 21 September were still in Serbia on 20 October."
    rows = rows_of(2750, text, published=date(2022, 10, 24))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 20))]


def test_people_still_in_a_country_who_came_since_a_day_are_not_read_from_the_on_day():
    text = (
        "Roughly 8,200 of the Russian citizens who came since 21 September were still in the territory of the "
        "Republic of Kazakhstan on 12 October, the ministry said."
    )
    rows = rows_of(8200, text, published=date(2022, 10, 14))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 12))]


def test_people_still_in_a_country_on_a_day_with_no_day_they_came_keep_that_day():
    text = "Some 4,000 Russians were still in Armenia on 14 October, officials said."
    rows = rows_of(4000, text, published=date(2022, 10, 17))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 14), date(2022, 10, 14))]


def test_the_past_three_months_run_from_the_same_day_three_months_before():
    assert periods("About 1,250 refugees crossed at Adre in the past three months.", date(2021, 5, 20)) == [
        (date(2021, 2, 20), date(2021, 5, 20))
    ]


def test_the_last_six_months_from_a_months_last_day_end_on_the_shorter_months_last_day():
    assert periods("Some 900 people left through the port in the last six months.", date(2023, 8, 31)) == [
        (date(2023, 2, 28), date(2023, 8, 31))
    ]



def test_those_still_in_a_country_named_by_a_long_clause_of_when_they_came_are_net_arrivals():
    text = (
        "Between 21 September and 9 October, 31 400 Russian citizens entered Armenia and 12 800 left it, so that about "
        "18 600 of those who came after the announcement of the partial mobilisation in the Russian Federation are "
        "still in the country."
    )
    rows = rows_of(18600, text, published=date(2022, 10, 10))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_who_came_then_remained_with_a_word_between_are_net_arrivals():
    text = "About 9,300 of those who arrived after the announcement of the mobilisation therefore remained in the country."
    rows = rows_of(9300, text, published=date(2022, 10, 10))
    assert [r[0] for r in rows] == ["net_arrivals"]
