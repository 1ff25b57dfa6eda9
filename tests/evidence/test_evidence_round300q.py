"""Rules added after the read of rounds 296-299 for periods, quantities, figures not read and distractors (branch
evr300q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday
DECREE = date(1961, 4, 3)


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, trigger=DECREE, origin="Dorland")
    ]


def test_a_call_up_told_after_the_day_of_its_order_is_that_day():
    for text in (
        "Crossings into Veran rose after President Marek on April 3 ordered a partial mobilisation. His war minister"
        " said 150,000 reservists would be called up.",
        "Traffic at the Veran posts doubled after the Dorland government on 3 April announced a call-up. The war"
        " minister said it would call up 150,000 men.",
    ):
        found = [row for row in _rows(text) if row[1] == 150000]
        assert found == [("other", 150000, "Dorland", DECREE, DECREE)], (text, found)
    # a call-up target told now, with "will", stays the day it is told
    text = (
        "President Marek on April 3 ordered a partial mobilisation. From the northern province, the governor said,"
        " will be called up 15,000 reservists."
    )
    found = [row for row in _rows(text) if row[1] == 15000]
    assert all(row[3] != DECREE for row in found), found
