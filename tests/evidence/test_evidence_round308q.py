"""Rules added after the read of rounds 304-307 for periods, quantities, figures not read and distractors (branch
evr308q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round300q import PUBLISHED, _rows

APRIL = 1961, 4


def _check_windows(value, cases):
    """Each text gives one row of entries at Veran of `value`, over its window (published 12 April 1961)."""
    for text, start, end in cases:
        found = [row for row in _rows(text) if row[1] == value]
        assert found == [("entries", value, "Veran", start, end)], (text, found)


def test_a_dateline_with_the_day_first_or_a_colon_dates_the_dispatch():
    # filed the day before publication: "yesterday" and "since" are the dispatch's
    body = " - Yesterday some 4,200 people from Dorland entered Ostberg at Veran, officials said."
    yesterday = date(*APRIL, 10)
    _check_windows(4200, [
        ("VERAN, 11 April" + body, yesterday, yesterday),
        ("VERAN, Apr 11:" + body[2:], yesterday, yesterday),
        ("VERAN, Ostberg, 11 April —" + body[2:], yesterday, yesterday),
    ])
    _check_windows(9000, [
        ("VERAN, 11 April - About 9,000 people from Dorland have entered Ostberg at Veran since April 2.",
         date(*APRIL, 2), date(*APRIL, 11)),
        ("VERAN, April 11: About 9,000 people from Dorland have entered Ostberg at Veran since April 2.",
         date(*APRIL, 2), date(*APRIL, 11)),
    ])
    # a day in the first line that opens no dispatch, or one too far back, is not its day
    _check_windows(4200, [
        ("Veran, 11 April" + body, date(*APRIL, 11), date(*APRIL, 11)),
        ("VERAN, 2 April" + body, date(*APRIL, 11), date(*APRIL, 11)),
    ])


def test_a_window_whose_ends_are_slashed_dates():
    # a slashed date closes or opens a window as a written one does, a weekday before it or not
    week = date(*APRIL, 3), date(*APRIL, 9)
    _check_windows(2480, [
        ("In the week from Monday 03/04/1961 to Sunday 09/04/1961, 2.480 people from Dorland entered Ostberg at Veran.", *week),
        ("Since 1/04/1961 and as of Sunday 09/04/1961, a total of 2 480 people from Dorland entered Ostberg at Veran.",
         date(*APRIL, 1), date(*APRIL, 9)),
        ("In the week ending Sunday 9/4/1961, 2 480 people from Dorland entered Ostberg at Veran.", *week),
        ("In the week to 09/04/1961, 2 480 people from Dorland entered Ostberg at Veran.", *week),
        ("Since Monday 03/04/1961, 2,480 people from Dorland have entered Ostberg at Veran.", date(*APRIL, 3), PUBLISHED),
        # a slashed date alone is still that day, month first where the day first is after publication
        ("On 4/11/1961, 2,480 people from Dorland entered Ostberg at Veran.", date(*APRIL, 11), date(*APRIL, 11)),
        # a window's end that is no date on or before publication names no window (and breaks nothing)
        ("In the week to 25/12/1961, 2,480 people from Dorland entered Ostberg at Veran.", PUBLISHED, PUBLISHED),
    ])


def test_the_article_before_an_ordinal_day_and_its_month():
    _check_windows(3000, [
        ("Since the 31st March, up to the 9th April, about 3,000 people from Dorland entered Ostberg at Veran.",
         date(1961, 3, 31), date(*APRIL, 9)),
        ("In the week ending the 9th April, some 3,000 people from Dorland entered Ostberg at Veran.",
         date(*APRIL, 3), date(*APRIL, 9)),
        ("Since the 2nd April about 3,000 people from Dorland have entered Ostberg at Veran.", date(*APRIL, 2), PUBLISHED),
    ])
