"""Rules added after reading rounds 177-180 (branch evr177q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures


def read(text):
    return figures(text, published=date(1961, 4, 10), trigger=None, origin="Dorland")


def test_a_lead_time_before_departure_is_no_count():
    # hours before an event with no wait: a time, not people
    assert read("The Veran terminal asks travellers to check in 3 hours before international departures.") == []
    assert read("Free rebooking is offered until 48 hours before departure for tickets bought before 1 April.") == []
    assert read("The check-in desk at Kestel closes 60 minutes before sailing.") == []


def test_a_wait_that_ends_at_an_event_is_a_wait():
    found = read("At Veran some families had waited on the jetty up to 30 hours before boarding yesterday.")
    assert [(f.quantity, f.value) for f in found] == [("wait_hours", 30)]
    found = read("Drivers said they had stood between 7 and 9 hours before reaching the Veran post.")
    assert [(f.quantity, f.value_low, f.value_high) for f in found] == [("wait_hours", 7, 9)]


def test_a_count_beside_a_lead_time_is_still_read():
    found = read("Passengers are told to arrive 4 hours before departure; on Monday 2,300 people left Dorland through Veran.")
    assert [f.value for f in found] == [2300]


WEEK = (date(1961, 4, 3), date(1961, 4, 9))


def dated(text):
    return {f.value: (f.period.start, f.period.end) for f in read(text)}


def test_two_numeric_dates_each_with_its_year_are_a_window():
    from exodus.evidence.when import find_times

    said = [t.period for t in find_times("03.04.1961 - 09.04.1961", date(1961, 4, 10), None) if t.period]
    assert [(p.start, p.end) for p in said] == [WEEK]
    said = [t.period for t in find_times("3.-9.4.1961", date(1961, 4, 10), None) if t.period]
    assert [(p.start, p.end) for p in said] == [WEEK]


def test_the_reporting_period_is_the_window_the_heading_names():
    text = (
        "BORDER OFFICE OF VERAN\nWeekly note, Veran, 10.04.1961\n\n"
        "On the crossing of the state border by citizens of Dorland in the period 03.04.1961 - 09.04.1961\n\n"
        "1. In the reporting period through the points of Veran entered the country 5 120 citizens of Dorland.\n\n"
        "2. Through the airport of Kestel entered in the reporting period 1 310 persons.\n"
    )
    found = dated(text)
    assert found[5120] == found[1310] == WEEK


def test_during_the_week_is_the_week_the_opening_names():
    text = (
        "Arrivals of citizens of Dorland rose strongly on week 14 (3.-9.4.1961), when the call-up began on Monday 3.4.\n\n"
        "Through the Kestel point arrived to Veran during the week 2 470 citizens of Dorland.\n"
    )
    assert dated(text)[2470] == WEEK
