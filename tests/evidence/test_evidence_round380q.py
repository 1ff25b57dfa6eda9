"""Rules added after the read of rounds 376-379 for periods and quantities (branch evr380q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_since_the_beginning_of_a_month_runs_from_its_first_day_not_the_trigger_in_it():
    text = (
        "NAIROBI, June 30 - The agency said about 41,000 Somalis had reached Kenya since the beginning of June, when "
        "the drought deepened."
    )
    rows = rows_of(41000, text, published=date(2011, 6, 30), trigger=date(2011, 6, 4), origin="Somalia")
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(2011, 6, 1), date(2011, 6, 30))]


def test_hotels_named_as_where_the_people_counted_stay_do_not_make_a_paragraph_of_hotel_guests():
    text = (
        "ZAGREB, May 20 - The ministry said some 64,000 refugees from Bosnia had arrived in Croatia since May 1. About "
        "51,000 of them are still in Croatia, the ministry said, living with families and in hotels on the coast."
    )
    kwargs = dict(published=date(1992, 5, 20), trigger=date(1992, 4, 6), origin="Bosnia and Herzegovina")
    assert [r[0] for r in rows_of(64000, text, **kwargs)] == ["entries"]
    assert [r[0] for r in rows_of(51000, text, **kwargs)] == ["net_arrivals"]


def test_another_count_up_to_a_time_of_a_day_is_that_day_not_since_the_trigger():
    text = (
        "VIENNA, March 3 - Police at Nickelsdorf said 2,100 people crossed from Hungary on Monday. By midday on Tuesday "
        "another 900 had come over the border."
    )
    rows = rows_of(900, text, published=date(2015, 3, 3), trigger=date(2015, 2, 20))
    assert [(r[3], r[4]) for r in rows] == [(date(2015, 3, 3), date(2015, 3, 3))]


def test_a_count_after_a_programme_that_began_on_a_day_runs_from_that_day():
    text = (
        "TIRANA, May 10 - Under the airlift that began on April 22, 8,400 refugees have been flown from Albania to "
        "Italy and Greece, officials said."
    )
    rows = rows_of(8400, text, published=date(1999, 5, 10), trigger=date(1999, 3, 24), origin="Kosovo")
    assert [(r[3], r[4]) for r in rows] == [(date(1999, 4, 22), date(1999, 5, 10))]


def test_two_weekdays_each_with_a_numeric_date_are_both_days():
    text = "Notice of 5.10.\n\nOn Saturday 1.10 and Sunday 2.10, 380 Russian citizens left Russia through the Vaalimaa crossing."
    rows = rows_of(380, text, published=date(2022, 10, 5))
    assert rows and all((r[3], r[4]) == (date(2022, 10, 1), date(2022, 10, 2)) for r in rows)
