"""Rules added after the read of rounds 472-475 for periods and quantities (branch evr476q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, quantities, rows_of


def test_a_wait_told_again_in_words_in_brackets_is_a_wait():
    text = "On Tuesday the waiting time at the Screening Post in Oiapoque rose to 8 (eight) hours, the task force said."
    assert quantities(text, published=date(2019, 5, 8)) == [("wait_hours", 8.0)]


def test_a_queue_told_again_in_words_in_brackets_is_a_queue_length():
    text = "As of 08:00 the queue of vehicles before the Zhaisan checkpoint had a length of about 4 (four) km."
    assert quantities(text, published=date(2022, 9, 28)) == [("queue_length_km", 4.0)]


def test_a_number_in_brackets_that_is_not_the_same_stays_apart():
    text = "The police detained 3 (two of them minors) persons near the post on Monday."
    assert [q for q, _v in quantities(text, published=date(2019, 5, 8))] == ["arrests"]


def test_two_days_with_the_month_slashed_after_the_second_are_a_window():
    text = "In the week from 06 to 12/05/2019, 3.910 Venezuelans entered Brazil through Pacaraima."
    rows = rows_of(3910, text, published=date(2019, 5, 14), trigger=None, origin="Venezuela")
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 5, 6), date(2019, 5, 12))]


def test_two_slashed_days_with_no_year_are_a_window_of_the_publications_year():
    text = "Since the start of the year (01/01 to 12/05), 41.200 Venezuelans entered Brazil through Pacaraima."
    rows = rows_of(41200, text, published=date(2019, 5, 14), trigger=None, origin="Venezuela")
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 1, 1), date(2019, 5, 12))]


def test_two_days_joined_by_and_with_the_month_slashed_are_both_days():
    text = "About 640 Venezuelans went back to Venezuela through the post on 11 and 12/05, the Federal Police said."
    rows = rows_of(640, text, published=date(2019, 5, 14), trigger=None, origin="Venezuela")
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 5, 11), date(2019, 5, 12))]


def test_those_come_still_in_the_city_are_net_arrivals_at_the_town_named_first():
    text = (
        "The Karaganda akimat estimates that some 4,200 Russians who arrived after the decree have already flown on "
        "from Karaganda to Dubai or Tbilisi, while about 6,300 are still in the city."
    )
    assert placed(text, published=date(2022, 10, 12)) == [("exits", 4200.0, "Karaganda"), ("net_arrivals", 6300.0, "Karaganda")]


def test_those_come_now_in_the_town_are_net_arrivals_there():
    text = "In Kostanay, local officials say about 2,100 of the newcomers are now in the town, renting flats."
    assert placed(text, published=date(2022, 10, 12)) == [("net_arrivals", 2100.0, "Kostanay")]
