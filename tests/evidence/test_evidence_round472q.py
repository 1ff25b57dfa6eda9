"""Rules added after the read of rounds 468-471 for periods and quantities (branch evr472q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_own_citizens_entering_their_country_the_other_way_are_entries_there():
    text = (
        "Kazakh citizens made 1.2 million trips abroad in April-June, the border service said. "
        "In the other direction, Kazakh citizens entered Kazakhstan 1.15 million times in April-June."
    )
    rows = rows_of(1150000, text, published=date(2023, 8, 2), trigger=None, origin="Kazakhstan")
    assert [(r[0], r[2]) for r in rows] == [("entries", "Kazakhstan")]


def test_those_come_still_on_the_island_are_net_arrivals():
    text = "Hotel owners reckon that about 6,400 of those who came since the ceasefire are still on the island."
    rows = rows_of(6400, text, published=date(2022, 11, 3))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_come_still_in_the_state_are_net_arrivals():
    text = "Police believe some 2,300 of those who arrived in October are still in the state, mostly in rented flats."
    rows = rows_of(2300, text, published=date(2022, 11, 20))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_who_arrived_after_a_day_run_from_it_to_the_report():
    text = "Officials estimate that roughly 7,700 Russians who arrived after 25 September remain in Armenia."
    rows = rows_of(7700, text, published=date(2022, 10, 18))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 25), date(2022, 10, 18))]


def test_those_who_came_after_a_day_still_there_run_from_it_to_the_report():
    text = "About 3,100 of the Russians who came after 24 September are still in Georgia, the ministry said."
    rows = rows_of(3100, text, published=date(2022, 11, 2))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 24), date(2022, 11, 2))]


def test_figures_to_a_weekday_midnight_close_a_since_window():
    text = (
        "Since Saturday, 1 380 Belarusian citizens have entered Lithuania at Medininkai, according to the border "
        "service's figures to Monday midnight."
    )
    rows = rows_of(1380, text, published=date(2022, 10, 5))  # a Wednesday
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 1), date(2022, 10, 3))]


def test_counting_to_a_weekday_evening_closes_a_since_window():
    text = "Since 24 September more than 9 500 Russians have arrived in Norway, the police said, counting to Friday evening."
    rows = rows_of(9500, text, published=date(2022, 10, 2))  # a Sunday
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 24), date(2022, 9, 30))]


def test_that_leaves_after_counts_over_a_window_is_that_window():
    text = (
        "Between 2 October and Saturday, 8 October, 12 300 Russians entered Mongolia, the border agency said. Over the "
        "same seven days, 7 900 left. That leaves about 4 400 who have stayed, for the moment."
    )
    rows = rows_of(4400, text, published=date(2022, 10, 10))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 10, 2), date(2022, 10, 8))]
