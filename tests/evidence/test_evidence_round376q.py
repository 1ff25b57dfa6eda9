"""Rules added after the read of rounds 372-375 for periods and quantities (branch evr376q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_nationals_of_another_country_going_home_from_the_origin_are_exits_from_it():
    text = (
        "Thursday 24 February 2011.\n\n"
        "Since the unrest began, more than 50,000 people have crossed from Libya into Tunisia. "
        "Another 40,000 or so Egyptian workers have gone home from Libya since the 17th, through Salloum."
    )
    rows = rows_of(40000, text, published=date(2011, 2, 24), trigger=date(2011, 2, 17), origin="Libya")
    assert [r[0] for r in rows] == ["exits"]
    assert rows[0][2] == "Libya"


def test_part_of_the_entries_into_a_host_leaving_our_country_are_exits_from_the_host():
    text = (
        "Tuesday, 4 October 2022.\n\n"
        "Since 21 September, more than 120 thousand Russian citizens have entered Kazakhstan. Over the same period "
        "about 70 thousand of them have left our country, some for home, most for third countries - Turkey, Georgia, "
        "Uzbekistan."
    )
    rows = rows_of(70000, text, published=date(2022, 10, 4))
    assert [(r[0], r[2]) for r in rows] == [("exits", "Kazakhstan")]


def test_an_average_fare_is_a_price_now_not_an_average_over_the_count_before():
    text = (
        "Tuesday 8 March 2011.\n\n"
        "Another 6,100 left by sea from the port of Zarzis over the weekend of 5 and 6 March.\n\n"
        "Seats differ in price. The agency is paying an average of US$ 510 per passenger on its flights from Djerba "
        "to Cairo."
    )
    rows = rows_of(510, text, published=date(2011, 3, 8), trigger=date(2011, 2, 20), origin="Libya")
    assert [(r[0], r[3], r[4]) for r in rows] == [("flights_price_usd", date(2011, 3, 8), date(2011, 3, 8))]


def test_a_price_paid_in_the_present_is_the_day_of_publication_not_the_count_before():
    text = (
        "Thursday 16 November 1978.\n\n"
        "Since the 1st of October, 900 Haitians have been returned by air from Nassau to Port-au-Prince. The flight "
        "of yesterday alone carried 88 persons. The Government pays US$90 per seat to the carrier for the charter "
        "from Nassau to Port-au-Prince."
    )
    rows = rows_of(90, text, published=date(1978, 11, 16), trigger=date(1978, 10, 1), origin="Haiti")
    assert [(r[0], r[3], r[4]) for r in rows] == [("flights_price_usd", date(1978, 11, 16), date(1978, 11, 16))]


def test_more_people_named_entering_a_country_than_left_it_is_the_net():
    text = (
        "Sunday, 2 October 2022.\n\n"
        "Taken together, between 21 September and 2 October about 12 300 more Russian citizens entered Norway than "
        "left it."
    )
    rows = rows_of(12300, text, published=date(2022, 10, 2))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 2))]
