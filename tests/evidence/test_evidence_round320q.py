"""Rules added after the read of rounds 316-319 for periods, quantities, figures not read and distractors (branch
evr320q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2012, 3, 2)  # a Friday
TRIGGER = date(2012, 1, 17)


def _found(text, value=3410):
    rows = figures(text, published=PUBLISHED, trigger=TRIGGER, origin="Mali")
    return [(f.quantity, f.value or f.value_high, f.period.start, f.period.end) for f in rows if f.value == value]


def test_a_week_between_two_weekdays_with_slashed_dates_and_no_year_is_that_week():
    found = _found("In the week from Monday 20/02 to Sunday 26/02, 3 410 persons crossed into Mauritania at Fassala.")
    assert found == [("entries", 3410, date(2012, 2, 20), date(2012, 2, 26))], found


def test_a_weekday_with_a_slashed_date_and_no_year_is_that_day_even_across_the_new_year():
    found = _found("On Thursday 29/12, 3 410 persons crossed into Mauritania at Fassala.")
    assert found == [("entries", 3410, date(2011, 12, 29), date(2011, 12, 29))], found
