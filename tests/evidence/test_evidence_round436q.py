"""Rules added after the read of rounds 432-435 for periods and quantities (branch evr436q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_people_still_in_a_country_as_of_a_day_are_counted_on_that_day():
    # (branch evr512q) LABELLING.md since 5 Dec 2026: those "who arrived since the decree" run from it to the "as of"
    # day (21 September to Tuesday 4 October), no longer that day alone
    text = (
        "About 61,000 Russians crossed into Uzbekistan after the decree, the border service said. Some 12,300 of "
        "those who arrived since the decree were still in Uzbekistan as of Tuesday, the service added."
    )
    rows = rows_of(12300, text, published=date(2022, 10, 7), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 4))]


def test_people_still_in_a_country_at_the_end_of_a_month_are_counted_on_its_last_day():
    text = (
        "By our count, about 19,000 of the Russians who came after 21 September remained in Armenia at the end of "
        "November."
    )
    rows = rows_of(19000, text, published=date(2023, 1, 20), trigger=date(2022, 9, 21))
    # (branch evr512q) LABELLING.md since 5 Dec 2026: from the day they came after to the end of the month named
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 11, 30))]


def test_people_named_at_length_who_came_after_a_day_and_remain_are_still_in_the_country():
    text = (
        "As of 9 October, 23 870 citizens of the Russian Federation who arrived after 21 September remain in "
        "Tajikistan, the ministry said."
    )
    rows = rows_of(23870, text, published=date(2022, 10, 10), trigger=date(2022, 9, 21))
    # (branch evr512q) LABELLING.md since 5 Dec 2026: from the day they came after to the "as of" day
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 9))]


def test_since_an_event_named_at_length_of_a_day_runs_from_that_day_to_publication():
    text = (
        "Since the unrest that followed the parliamentary vote of 14 May 2005, more than 12,000 Togolese have "
        "crossed into Benin, officials said."
    )
    rows = rows_of(12000, text, published=date(2005, 6, 20), trigger=None, origin="Togo")
    assert [(r[3], r[4]) for r in rows] == [(date(2005, 5, 14), date(2005, 6, 20))]


def test_since_an_event_with_an_initialism_in_brackets_on_a_day_runs_to_publication():
    text = (
        "Since the Zakho crossing was reopened by the Kurdistan Regional Government (KRG) on 3 September, over 9,000 "
        "Syrians have crossed into Iraq, border officials said."
    )
    rows = rows_of(9000, text, published=date(2013, 9, 10), trigger=None, origin="Syria")
    assert [(r[3], r[4]) for r in rows] == [(date(2013, 9, 3), date(2013, 9, 10))]
