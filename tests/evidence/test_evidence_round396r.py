"""Rules added after the read of rounds 392-395 for figures not read and distractors (branch evr396r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import quantities

_rows = partial(quantities, published=date(2022, 9, 29), origin="Russia")


def test_an_age_after_a_role_and_a_name_is_no_count():
    rows = _rows('"The queue at Upper Lars has not moved since dawn," said a taxi driver, Levan, 47.')
    assert not [r for r in rows if r[1] == 47], rows
    rows = _rows("Most came on foot, according to a border volunteer, Nino Kapanadze, 33.")
    assert not [r for r in rows if r[1] == 33], rows
    # a count after a role and a name is still read when a verb follows it
    rows = _rows("At Upper Lars, a guard, Giorgi, said 2,100 people crossed on Tuesday.")
    assert ("entries", 2100.0) in rows, rows


def test_a_hostel_owners_count_of_guests_is_no_figure():
    text = (
        "Post of 28 September: Our hostel is full, every bed is taken. Yesterday 7 more guests from Russia, today 12.\n\n"
        "Post of 29 September: 16 new guests from Russia this morning, all young men."
    )
    rows = _rows(text)
    assert not [r for r in rows if r[1] in (7, 12, 16)], rows


def test_hotel_guests_who_arrived_still_count():
    rows = _rows("In Petropavl, hotel owners said every room was booked and that some 400 guests had arrived overnight.")
    assert [r for r in rows if r[1] == 400], rows


def test_vehicles_that_carried_the_people_counted_are_no_queue():
    rows = _rows("On Tuesday 22 buses carried 960 passengers across the border at Vaalimaa.")
    assert not [r for r in rows if r[1] == 22], rows
    assert ("entries", 960.0) in rows, rows
    rows = _rows("On Tuesday about 300 buses were waiting in the queue at Vaalimaa.")
    assert ("queue_vehicles", 300.0) in rows, rows


def test_a_years_visitors_are_no_crossing():
    rows = _rows("Batumi, which had 1.1 million visitors last year, now sees 2,000 Russians cross at Sarpi each day.")
    assert not [r for r in rows if r[1] == 1100000], rows
    rows = _rows("In 2019 Georgia received about 1.4 million visitors from Russia, the tourism board says.")
    assert not [r for r in rows if r[1] == 1400000], rows


def test_a_boat_made_for_a_number_is_a_capacity():
    rows = _rows('"We were 38 people in a dinghy made for 12," said a man who landed on Lesvos on Monday.', origin="Turkey")
    assert not [r for r in rows if r[1] == 12], rows
