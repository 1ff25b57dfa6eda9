"""Rules added after the read of rounds 360-363 for figures not read and distractors (branch evr364r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import figures, quantities, row

PUBLISHED = date(1946, 5, 2)
BASE = "On 28 April, 1,120 expellees entered Germany at Hof and waited for trains onward. "


_rows = partial(quantities, published=PUBLISHED, origin="Czechoslovakia")


def test_a_military_clock_time_is_no_wait_in_hours():
    for said in (
        "At 1800 hours 28 April, 430 expellees remained in camp awaiting onward movement.",
        "At 2200 hours on 28 April, 430 persons were still waiting in the camp.",
        "By 0600 hours 29 April, the wait at the camp had ended.",
    ):
        assert not [r for r in _rows(BASE + said) if r[0] == "wait_hours"], said


def test_a_wait_in_hours_is_still_read():
    assert ("wait_hours", 12) in _rows(BASE + "The expellees waited 12 hours at the camp.")


def test_trains_named_by_their_numbers_are_no_counts():
    for said in (
        "On 27 April two trains, Nos. 81 and 82, arrived at Hof with a total of 2,310 expellees.",
        "On 27 April three trains, Nos. 81, 82 and 83, arrived at Hof with a total of 2,310 expellees.",
    ):
        assert [value for _, value in _rows(said)] == [2310], said


def test_a_boat_crossing_in_a_relative_clause_is_no_wait():
    base = "On Wednesday 240 Laotians crossed the Mekong to Chiang Khong. "
    for said in (
        "Boatmen charge 50 baht a head for the crossing, which takes about 15 minutes.",
        "The ferrymen ask 30 baht for the crossing, which usually takes two hours.",
    ):
        rows = [row(f)[:2] for f in figures(base + said, published=date(1975, 6, 12), origin="Laos")]
        assert rows == [("entries", 240)], (said, rows)
    rows = [row(f)[:2] for f in figures(base + "Those waiting for the crossing, which resumes at dawn, sat 12 hours on the bank.", published=date(1975, 6, 12), origin="Laos")]
    assert ("wait_hours", 12) in rows, rows
