"""Rules added after the read of rounds 308-311 for periods, quantities, figures not read and distractors (branch
evr312q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round300q import PUBLISHED, _rows
from tests.evidence.test_evidence_round308q import _check_windows

APRIL = 1961, 4
YESTERDAY = date(*APRIL, 11)


def test_a_window_from_an_hour_yesterday_to_an_hour_today_is_both_days():
    _check_windows(640, [
        ("Between 6.00 p.m. yesterday and 10.00 a.m. today, a further 640 people from Dorland entered Ostberg at Veran.",
         YESTERDAY, PUBLISHED),
        ("Between 8pm last night and 6am this morning, some 640 people from Dorland entered Ostberg at Veran.",
         YESTERDAY, PUBLISHED),
        ("Between 21:00 yesterday evening and 07:00 today, 640 people from Dorland entered Ostberg at Veran.",
         YESTERDAY, PUBLISHED),
    ])


def test_a_count_as_at_an_hour_yesterday_closes_its_since_window_then():
    _check_windows(8250, [
        ("As at 6.00 p.m. yesterday, Tuesday 11th April, a total of 8,250 people from Dorland had entered Ostberg at "
         "Veran since Monday 3rd April.", date(*APRIL, 3), YESTERDAY),
        ("As of 18:00 yesterday, 8,250 people from Dorland had entered Ostberg at Veran since April 3.",
         date(*APRIL, 3), YESTERDAY),
    ])
    # or "midnight", the day's end: the count closes on yesterday too
    _check_windows(8250, [
        ("Since April 3, some 8,250 people from Dorland have entered Ostberg at Veran, officials said, counting up to "
         "midnight last night.", date(*APRIL, 3), YESTERDAY),
    ])
    # a wait of some hours yesterday is no count's hour: the window runs to publication
    _check_windows(8250, [
        ("Up to 9 hours yesterday people waited; 8,250 people from Dorland have entered Ostberg at Veran since April 3.",
         date(*APRIL, 3), PUBLISHED),
    ])
