"""Rules added after the read of rounds 556-559 for periods and quantities (branch evr556q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, periods, rows_of

DJIBOUTI_2015 = dict(published=date(2015, 5, 20), trigger=date(2015, 3, 26), origin="Yemen")
SUDAN_2015 = dict(published=date(2015, 6, 20), trigger=date(2015, 1, 1), origin="Eritrea")
SEPTEMBER_29 = dict(published=date(2022, 9, 29), origin="")


def test_since_the_end_of_a_month_runs_from_its_last_day_not_from_a_trigger_in_its_last_days():
    text = "Since the end of March, some 9 200 persons coming from Yemen have landed at the port of Obock."
    assert rows_of(9200, text, **DJIBOUTI_2015) == [("entries", 9200, "Obock", date(2015, 3, 31), date(2015, 5, 20))]
    assert periods("since the end of August", date(1891, 9, 14)) == [(date(1891, 8, 31), date(1891, 9, 14))]
    # (the trigger's own day written in the text is the end of the month it speaks of)
    text = (
        "Since 26 March, about 2 100 have left Djibouti again. Some 4 300 of those who came since the end of March "
        "are still in Djibouti."
    )
    assert rows_of(4300, text, **DJIBOUTI_2015) == [("net_arrivals", 4300, "Djibouti", date(2015, 3, 26), date(2015, 5, 20))]
    # ("late March" stays a third of the month, from the trigger that fell in it)
    text = "Since late March, some 9 200 persons coming from Yemen have landed at the port of Obock."
    assert rows_of(9200, text, **DJIBOUTI_2015) == [("entries", 9200, "Obock", date(2015, 3, 26), date(2015, 5, 20))]


def test_a_record_since_a_year_is_no_window_and_the_month_of_may_is_may():
    assert periods("the largest number of arrivals since 2012", date(2015, 6, 20)) == []
    assert periods("It was the highest weekly figure since 2006.", date(2015, 6, 20)) == []
    assert periods("The month of May saw 2 900 arrivals.", date(2015, 6, 20)) == [(date(2015, 5, 1), date(2015, 5, 31))]
    text = "The month of May brought the highest number of new arrivals since 2013: 2 940 persons crossed into Sudan."
    assert rows_of(2940, text, **SUDAN_2015) == [("entries", 2940, "Sudan", date(2015, 5, 1), date(2015, 5, 31))]
    # (a window since a year with no record told stays one)
    assert periods("Since 2013, 41 000 have come.", date(2015, 6, 20)) == [(date(2013, 1, 1), date(2015, 6, 20))]


def test_a_part_of_the_whole_named_by_its_number_takes_the_wholes_window():
    text = (
        "In the past week, 5 216 Russian citizens entered Estonia through Narva and Koidula, the Police and Border "
        "Guard Board said on Thursday.\n\nOf the 5 216, 4 020 crossed at Narva and 1 196 at Koidula."
    )
    assert rows_of(4020, text, **SEPTEMBER_29) == [("entries", 4020, "Narva", date(2022, 9, 22), date(2022, 9, 29))]
    assert rows_of(1196, text, **SEPTEMBER_29) == [("entries", 1196, "Koidula", date(2022, 9, 22), date(2022, 9, 29))]


def test_people_who_left_the_country_through_a_named_regions_posts_are_its_exits():
    text = "Since 21 September more than 14 thousand people have left the country through the road checkpoints of the Saratov region."
    assert [(f.quantity, f.value_low or f.value) for f in figures(text, **SEPTEMBER_29)] == [("exits", 14000)]
    text = (
        "Men keep leaving Russia for Kazakhstan. In all, since 21 September more than 14 thousand people have left the "
        "country through the road checkpoints of the Saratov region."
    )
    assert [(f.quantity, f.value_low or f.value, f.place) for f in figures(text, **SEPTEMBER_29)] == [("exits", 14000, "Russia")]
    text = "Since 21 September some 12,400 people have left Russia through the automobile checkpoints of the Pskov region."
    assert [(f.quantity, f.value) for f in figures(text, **SEPTEMBER_29)] == [("exits", 12400)]
    # (leaving the country with no region's posts named stays a total out of it)
    text = "Since 21 September about 190,000 people have left the country, the newspaper estimated."
    assert [(f.quantity, f.value) for f in figures(text, **SEPTEMBER_29)] == [("departures_total", 190000)]


def test_the_opposite_direction_named_by_the_country_it_goes_into_is_its_entries():
    text = (
        "Yesterday through Verkhny Lars to the side of Georgia departed 2 310 persons. In the opposite direction into "
        "Russia entered 760 persons."
    )
    assert [(f.quantity, f.value) for f in figures(text, published=date(2022, 9, 28))] == [("exits", 2310), ("entries", 760)]
    # (the other way with no country named stays the way out of the count before)
    text = "On Monday 2,300 people entered Georgia at Upper Lars. In the opposite direction the border crossed 900."
    assert [(f.quantity, f.value) for f in figures(text, published=date(2022, 9, 28))] == [("entries", 2300), ("exits", 900)]


def test_a_fares_earlier_price_told_as_a_range_takes_the_time_after_it():
    text = (
        "Travellers report that they paid 120 to 200 US dollars per person for the boat from Mokha to Obock, against 25 "
        "to 40 dollars before the war."
    )
    assert rows_of(200, text, **DJIBOUTI_2015) == [("flights_price_usd", 200, "Mokha - Obock", date(2015, 5, 20), date(2015, 5, 20))]
    text = (
        "Travellers report that they paid 120 to 200 US dollars per person for the boat from Mokha to Obock, against "
        "25-40 dollars in February."
    )
    assert rows_of(200, text, **DJIBOUTI_2015) == [("flights_price_usd", 200, "Mokha - Obock", date(2015, 5, 20), date(2015, 5, 20))]
