"""Rules added after the read of rounds 324-327 for periods and quantities (branch evr328q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 3, 20)  # a Sunday
INVASION = date(2022, 2, 24)


def _found(text, value=2640, origin="Ukraine", published=PUBLISHED, trigger=INVASION):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


def test_since_the_nth_of_this_month_runs_from_that_day_not_from_the_months_first():
    found = _found("Since the 12th of this month, when the shelling began, 2,640 people have entered Moldova at this post.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 12), date(2022, 3, 20))], found


def test_since_the_nth_of_the_present_month_runs_from_that_day():
    found = _found("Officials said 2,640 refugees had crossed into Moldova since the 3rd of the present month.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 3), date(2022, 3, 20))], found


def test_on_the_nth_of_this_month_is_that_one_day():
    found = _found("On the 9th of this month 2,640 people entered Moldova.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 9), date(2022, 3, 9))], found
