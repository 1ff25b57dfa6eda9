"""Rules added after the read of rounds 364-367 for figures not read and distractors (branch evr368r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import quantities

PUBLISHED = date(2022, 10, 4)


_rows = partial(quantities, published=PUBLISHED, origin="Russia")


def test_a_night_in_a_shelter_is_no_figure():
    base = "On Monday 1,240 Russians crossed into Kazakhstan at Zhaisan. "
    for said, value in (
        ("The mosque in Uralsk opened its hall, and volunteers say 180 people slept there on Sunday night.", 180),
        ("Last night about 95 people stayed there, on mats in the gym.", 95),
        ("At the sports school 64 men spent the night on camp beds.", 64),
        ("Of those who came, 3 100 have been provided with housing by the akimat.", 3100),
    ):
        rows = _rows(base + said)
        assert ("entries", 1240) in rows, said
        assert not [r for r in rows if r[1] == value], said


def test_people_who_crossed_and_slept_are_still_counted():
    rows = _rows("On Monday 1,240 Russians crossed into Kazakhstan at Zhaisan and slept in their cars.")
    assert ("entries", 1240) in rows


def test_trucks_bring_people_across():
    text = (
        "CHITTAGONG - Rohingya families keep arriving at Teknaf, in Bangladesh, officials said.\n\n"
        "On Sunday alone, 19 trucks brought 640 people across the river to Teknaf.\n\n"
    )
    rows = _rows(text, published=date(1992, 3, 3), origin="Myanmar")
    assert ("entries", 640) in rows
    assert not [r for r in rows if r[1] == 19]


def test_trucks_named_by_their_country_are_vehicles():
    text = (
        "CHITTAGONG - Rohingya families keep arriving at Teknaf, in Bangladesh, officials said.\n\n"
        "On Sunday alone, 640 people arrived, most of them on 19 Burmese trucks hired at the border.\n\n"
    )
    rows = _rows(text, published=date(1992, 3, 3), origin="Myanmar")
    assert ("entries", 640) in rows
    assert not [r for r in rows if r[1] == 19 and r[0] != "queue_vehicles"]


def test_crossings_counted_in_times():
    rows = _rows(
        "Press release 4.10.2022\n\nIn week 39, Russian citizens crossed into Norway at Storskog 2 480 times. "
        "Russian citizens left Norway for Russia 1 930 times in the same period."
    )
    assert ("entries", 2480) in rows
    assert ("exits", 1930) in rows


def test_a_multiple_in_times_is_no_crossing():
    rows = _rows("On Monday 1,240 Russians crossed into Kazakhstan at Zhaisan, paying drivers 300 times the usual fare.")
    assert [r for r in rows if r[1] == 300] == []


def test_a_week_named_by_its_number_is_no_count():
    for said in (
        "In the same week 39, Russian citizens entered Norway 2 480 times.",
        "During week 39 (26.9.-2.10.2022), Russian citizens entered Norway 2 480 times.",
    ):
        rows = _rows("Press release 4.10.2022\n\n" + said)
        assert not [r for r in rows if r[1] == 39], said


def test_a_count_after_the_word_week_is_still_read():
    rows = _rows("In the past week 12 people crossed into Finland at Vaalimaa.")
    assert [r for r in rows if r[1] == 12]


def test_a_night_spent_waiting_at_the_border_is_still_people_waiting():
    rows = _rows("About 900 people spent the night in the open waiting at the Zhaisan checkpoint.")
    assert ("other", 900) in rows
