"""Rules added after the read of rounds 568-571 for periods and quantities (branch evr568q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of

OCTOBER_12 = dict(published=date(2022, 10, 12), trigger=date(2022, 9, 21), origin="")  # a Wednesday
JUNE_2017 = dict(published=date(2017, 6, 21), trigger=date(2016, 8, 12), origin="Democratic Republic of the Congo")
MAY_2015 = dict(published=date(2015, 5, 12), trigger=date(2015, 4, 25), origin="Burundi")
AUGUST_2018 = dict(published=date(2018, 8, 29), origin="Venezuela")
OCTOBER_2018 = dict(published=date(2018, 10, 24), trigger=date(2018, 10, 13), origin="Honduras")


def timed(value, text, **kwargs):
    """The (quantity, value, start, end) of the rows of `value` (the place is another reader's)."""
    return [(q, v, start, end) for q, v, _place, start, end in rows_of(value, text, **kwargs)]


def test_the_day_the_figures_run_to_closes_the_window_before_an_earlier_day_they_were_given():
    text = (
        "Sharjah airport has received more than 12,300 passengers from Russia since 21 September, according to figures "
        "the airport gave this paper on Tuesday. The figures run to Sunday night."
    )
    assert timed(12300, text, **OCTOBER_12) == [("entries", 12300, date(2022, 9, 21), date(2022, 10, 9))]
    # (with no such sentence, the day they were given still closes it)
    text = (
        "Sharjah airport has received more than 12,300 passengers from Russia since 21 September, according to figures "
        "the airport gave this paper on Tuesday."
    )
    assert timed(12300, text, **OCTOBER_12) == [("entries", 12300, date(2022, 9, 21), date(2022, 10, 11))]


def test_a_day_opening_the_sentence_is_the_counts_not_the_window_of_the_event_told_as_its_cause():
    text = "On Monday alone, 510 people crossed at Kamako after fighting near Tshikapa."
    assert timed(510, text, **JUNE_2017) == [("entries", 510, date(2017, 6, 19), date(2017, 6, 19))]


def test_a_wait_told_by_those_who_crossed_in_the_night_is_the_day_told():
    text = "Drivers who got across during the night told us they had waited between 14 and 20 hours at Kazbegi."
    assert [row[3:] for row in rows_of(20, text, **AUGUST_2018)] == [(date(2018, 8, 29), date(2018, 8, 29))]
    text = "Families who reached the post overnight said they had spent 9 to 11 hours in the line at Tumbes."
    assert [row[3:] for row in rows_of(11, text, **AUGUST_2018)] == [(date(2018, 8, 29), date(2018, 8, 29))]
    # ("last night" stays that night's day, as the labels read it)
    text = "A driver told us he had waited 9 hours in the line at Tumbes last night."
    assert [row[3:] for row in rows_of(9, text, **AUGUST_2018)] == [(date(2018, 8, 28), date(2018, 8, 28))]


def test_those_who_came_since_a_day_still_there_today_run_from_it_to_today():
    text = "Of the refugees who have arrived since April, some 31,400 remain in Rwanda today."
    assert timed(31400, text, **MAY_2015) == [("net_arrivals", 31400, date(2015, 4, 1), date(2015, 5, 12))]
    text = "Some 41 thousand Burundian citizens who arrived after 25 April remain in the country today."
    assert timed(41000, text, **MAY_2015) == [("net_arrivals", 41000, date(2015, 4, 25), date(2015, 5, 12))]


def test_fled_to_a_list_with_a_country_in_its_official_style_is_a_departure_total():
    text = (
        "More than 61,000 Burundians have fled to Rwanda, the United Republic of Tanzania and the Democratic Republic "
        "of the Congo since April."
    )
    assert quantities(text, **MAY_2015) == [("departures_total", 61000)]


def test_a_wait_still_going_of_those_who_came_on_a_day_is_the_day_told():
    text = "Families who reached the bridge on Monday evening have now waited there more than 40 hours."
    assert [row[3:] for row in rows_of(40, text, **OCTOBER_2018)] == [(date(2018, 10, 24), date(2018, 10, 24))]
    # ("had waited", a wait over when they came, keeps that day)
    text = "Families who reached the bridge on Monday evening said they had waited 14 hours at the gate."
    assert [row[3:] for row in rows_of(14, text, **OCTOBER_2018)] == [(date(2018, 10, 22), date(2018, 10, 22))]
