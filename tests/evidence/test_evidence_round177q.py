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

