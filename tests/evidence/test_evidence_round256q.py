"""Rules added after the read of rounds 252-255 for periods, quantities, figures not read and distractors (branch
evr256q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-251
from tests.evidence.test_evidence_round208q import _check_periods


def test_since_an_event_told_with_a_titles_abbreviation():
    _check_periods([
        ("VERAN, April 13 - More than 1,500 Dorlanders have crossed into Ostberg since Col. Mark Ander seized power in "
         "Dorland on April 3, the immigration office said today.", 1500, (4, 3), (4, 13)),
        ("Some 4,200 Dorlanders have reached Veran since Gen. Ruiz took the capital on April 5, officials said.",
         4200, (4, 5), (4, 13)),
        ("About 900 people have crossed into Ostberg at Veran since Dr. Holt closed the airports on 6 April.",
         900, (4, 6), (4, 13)),
    ])


def test_since_then_opens_on_the_day_named_before():
    _check_periods([
        ("The Dorland government announced an amnesty on Saturday, and about 200 persons have gone back to Dorland from "
         "Veran since then, Ostberg officials said.", 200, (4, 8), (4, 13)),
        ("The Dorland army shelled the border villages on Monday. Since then more than 3,400 people have crossed into "
         "Ostberg at Veran, officials said.", 3400, (4, 10), (4, 13)),
    ])


def test_a_live_pages_day_headings_in_capitals():
    page = (
        "OSTBERG POST - LIVE\nThe flight from Dorland: the week at Veran\nLast updated Thursday 13 April 1961, 21:50\n\n"
        "MONDAY 10 APRIL\n\n07:55\nThe border guard says 2,480 Dorland citizens arrived in Ostberg at Veran on Sunday.\n\n"
        "TUESDAY 11 APRIL\n\n10:05\nAt nine this morning some 420 cars were waiting at Veran to reach the Ostberg booths.\n\n"
        "THURSDAY 13 APRIL\n\n17:15\nWednesday's figures are in: 3,950 Dorland citizens entered Ostberg at Veran.\n"
    )
    _check_periods([(page, 2480, (4, 9), (4, 9)), (page, 420, (4, 11), (4, 11)), (page, 3950, (4, 12), (4, 12))])
