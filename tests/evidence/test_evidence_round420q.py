"""Rules added after the read of rounds 416-419 for periods and quantities (branch evr420q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_from_the_trigger_until_a_named_day_is_that_window():
    text = (
        "From the invasion until Friday, 11 March, about 64,000 people crossed into Slovakia at Vysne Nemecke, "
        "the border police said."
    )
    rows = rows_of(64000, text, published=date(2022, 3, 14), trigger=date(2022, 2, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 2, 24), date(2022, 3, 11))]


def test_a_part_of_those_who_came_is_not_of_a_comparison_before_it():
    text = (
        "From the decree until Sunday, 16 October, 9.400 Russian citizens entered Albania. "
        "By comparison, in September last year 1.200 Russians entered Albania, the police said.\n\n"
        "The police estimate that about 2.100 of those who arrived after 21 September have left Albania in the same "
        "period, most of them for Greece."
    )
    rows = rows_of(2100, text, published=date(2022, 10, 18), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("exits", date(2022, 9, 21), date(2022, 10, 16))]


def test_those_still_in_a_country_of_those_come_since_a_day_take_the_count_s_window():
    text = (
        "Since 21 September and up to Sunday, 9 October, 21 400 Russian citizens entered Uzbekistan, the border "
        "service said.\n\n"
        "Roughly 14 000 Russians who arrived after the decree are still in the country."
    )
    rows = rows_of(14000, text, published=date(2022, 10, 11), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 9))]
