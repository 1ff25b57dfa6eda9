"""Rules added after the read of rounds 612-615 for periods and quantities (branch evr612q; sentences written for these
tests)."""

from datetime import date

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import figures, row

OCTOBER_4 = dict(published=date(2022, 10, 4))
BURUNDI_2015 = dict(published=date(2015, 5, 25), trigger=date(2015, 4, 25), origin="Burundi")
SUDAN_2023 = dict(published=date(2023, 9, 4), trigger=date(2023, 4, 15), origin="Sudan")


def spans(text, published):
    return [(t.period.start, t.period.end) for t in find_times(text, published) if t.period]


def test_a_window_between_the_early_hours_of_one_day_and_another_day_runs_over_both():
    text = "Between the early hours of Friday 4 June and the night of Sunday 6 June, about 2.100 persons swam into the city."
    assert spans(text, date(2021, 6, 9)) == [(date(2021, 6, 4), date(2021, 6, 6))]


def test_a_count_told_as_a_fall_from_another_dates_that_other_by_its_own_words():
    text = (
        "From Monday 11 May to Sunday 17 May 2015, 2,910 new arrivals were recorded in Rwanda, a drop from 4,470 in the "
        "previous week."
    )
    rows = [row(f) for f in figures(text, **BURUNDI_2015) if f.value == 4470]
    assert rows == [("entries", 4470, "Rwanda", date(2015, 5, 4), date(2015, 5, 10))]


def test_passengers_an_airport_received_are_entries_in_a_paragraph_on_hostels():
    text = (
        "Aktobe airport has received 2 180 passengers from Russia since 21 September. In the hostels of the city a bed "
        "now costs 6 000 tenge."
    )
    assert [row(f)[:2] for f in figures(text, **OCTOBER_4) if f.value == 2180] == [("entries", 2180)]


def test_people_waiting_for_transport_onward_with_no_were_are_people_waiting():
    text = (
        "On the morning of 2 September, monitors counted some 1,600 people waiting at the border for their papers to be "
        "checked or for transport onward."
    )
    assert [row(f)[:2] for f in figures(text, **SUDAN_2023) if f.value == 1600] == [("other", 1600)]



def test_a_count_in_a_when_clause_after_a_day_is_of_that_day_not_of_an_event_after_it():
    text = (
        "The busiest day of the week was Wednesday 30 August, when 1,150 individuals crossed at Joda after new fighting "
        "in Khartoum was reported."
    )
    assert [row(f)[3:] for f in figures(text, **SUDAN_2023) if f.value == 1150] == [(date(2023, 8, 30), date(2023, 8, 30))]


def test_people_whose_names_are_on_a_list_and_remain_waiting_are_people_waiting():
    text = (
        "At the close of work on Tuesday, about 850 people whose names were on the lists remained waiting in the hall "
        "before the gate at Rafah."
    )
    published = dict(published=date(2023, 11, 8), trigger=date(2023, 10, 7), origin="Palestine")
    assert [row(f)[:2] for f in figures(text, **published) if f.value == 850] == [("other", 850)]
