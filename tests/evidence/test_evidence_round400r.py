"""Rules added after the read of rounds 396-399 for figures not read and distractors (branch evr400r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import figures, quantities

_rows = partial(quantities, published=date(2022, 9, 29), origin="Russia")


def test_vehicles_that_crossed_are_no_queue():
    rows = _rows("On Wednesday 1 240 passenger cars passed the checkpoint at Kairak, the border service said.")
    assert not [r for r in rows if r[1] == 1240], rows
    rows = _rows("Yesterday 35 buses with evacuees crossed the border at Vaalimaa.")
    assert not [r for r in rows if r[1] == 35], rows
    rows = _rows("Since Monday 8 400 vehicles have crossed the checkpoint at Verkhny Lars.")
    assert not [r for r in rows if r[1] == 8400], rows
    # a queue at the border is still one
    rows = _rows("On Wednesday about 900 cars were waiting in the queue at the checkpoint at Kairak.")
    assert ("queue_vehicles", 900.0) in rows, rows


def test_the_same_day_after_vehicles_that_crossed_is_their_day():
    text = (
        "On Monday 1,900 Russian citizens entered Finland through Salla, the Border Guard said.\n\n"
        "About 520 cars passed the Salla station on Tuesday, twice an ordinary day.\n\n"
        "On the same day 270 Russian citizens went back to Russia through Salla, the Border Guard said."
    )
    rows = [f for f in figures(text, published=date(2022, 9, 29), origin="Russia") if f.value == 270]
    assert rows and rows[0].period.start == date(2022, 9, 27), rows


def test_a_year_opening_a_sentence_is_no_count():
    rows = _rows("Before 1989, few East Germans crossed here.")
    assert not [r for r in rows if r[1] == 1989], rows
    # a count after it is still read
    rows = _rows("Since 2014, 3,000 people have crossed at Kairak.")
    assert ("entries", 3000.0) in rows and not [r for r in rows if r[1] == 2014], rows


def test_people_relocated_by_an_agency_are_no_figure():
    rows = _rows(
        "Since Sunday, 3,150 refugees have been relocated from the transit centre at Kisoro to the new Rwamwanja settlement."
    )
    assert not [r for r in rows if r[1] == 3150], rows
    rows = _rows("The ministry has so far relocated 2,470 persons from Kisoro to Rwamwanja.")
    assert not [r for r in rows if r[1] == 2470], rows
    # people who moved themselves to a country named are still read
    rows = _rows("Some 4,000 Russian IT workers have relocated to Armenia since the decree.")
    assert [r for r in rows if r[1] == 4000], rows


def test_the_second_part_named_by_who_is_no_figure():
    rows = _rows("On Monday 6,140 people crossed at Kairak, among them 4,020 Russians and 2,120 Armenians.")
    assert ("entries", 6140.0) in rows, rows
    assert not [r for r in rows if r[1] in (4020, 2120)], rows
    # a second count with its own verb and place is read
    rows = _rows("On Monday 6,140 people crossed at Kairak, among them 4,020 Russians, and 2,120 more crossed at Karakoga.")
    assert [r for r in rows if r[1] == 2120], rows


def test_a_country_now_host_to_people_holds_them():
    rows = figures(
        "Jordan is now host to an estimated 650,000 Syrians, the agency said.", published=date(2014, 3, 1), origin="Syria"
    )
    assert [(f.quantity, f.place) for f in rows if f.value == 650000] == [("net_arrivals", "Jordan")], rows
