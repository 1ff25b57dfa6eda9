"""Rules added after the read of rounds 596-599 for periods and quantities (branch evr596q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


GEORGIA_2022 = dict(published=date(2022, 10, 14))  # a Friday
BHUTAN_1992 = dict(published=date(1992, 6, 26), trigger=None, origin="Bhutan")
TURKEY_2022 = dict(published=date(2022, 10, 14), origin=None)


def read(value, text, **kwargs):
    """The quantity and the period of the rows read for a value (the place is the place readers')."""
    return [(r[0], r[3], r[4]) for r in rows_of(value, text, **kwargs)]


def test_those_who_came_after_a_day_and_are_staying_in_a_town_are_still_there():
    text = "About 4,150 Russian citizens who entered Georgia after 21 September were staying in Kutaisi on 12 October."
    assert read(4150, text, **GEORGIA_2022) == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 12))]


def test_those_still_staying_in_a_town_on_a_day_run_from_the_day_they_came():
    text = "Some 2,870 Russians who arrived after 21 September were still staying in Batumi city on 11 October."
    assert read(2870, text, **GEORGIA_2022) == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 11))]


def test_those_living_in_the_city_as_of_a_day_run_to_that_day():
    text = (
        "Some 1,960 citizens of the Russian Federation who arrived after 21 September were living in the city as of 10 "
        "October."
    )
    assert read(1960, text, **GEORGIA_2022) == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 10))]


def test_a_part_of_those_staying_named_by_its_place_is_still_there_too():
    text = (
        "As of 12 October, 6.240 Russian citizens who entered Georgia after 21 September were staying in Batumi and "
        "2.310 in Kutaisi."
    )
    assert read(2310, text, **GEORGIA_2022) == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 12))]


def test_a_count_the_reporting_period_opens_on_with_no_comma_is_that_periods():
    text = (
        "Reporting period: 19 - 25 June 1992\n\n"
        "2. Arrivals. During the reporting period 2,930 refugees entered Nepal through Bhadrapur, of them 1,150 on "
        "Monday 22 June alone."
    )
    assert read(2930, text, **BHUTAN_1992) == [("entries", date(1992, 6, 19), date(1992, 6, 25))]
    assert read(1150, text, **BHUTAN_1992) == [("entries", date(1992, 6, 22), date(1992, 6, 22))]


def test_a_count_carried_from_the_port_a_sentence_opens_on_leaves_there():
    text = "From the port of Ayvalik, the ferries of one line carried 1,240 passengers to Lesbos in the past week."
    assert rows_of(1240, text, **TURKEY_2022) == [("exits", 1240, "Ayvalik", date(2022, 10, 7), date(2022, 10, 14))]
