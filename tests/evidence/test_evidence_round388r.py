"""Rules added after the read of rounds 384-387 for figures not read and distractors (branch evr388r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import quantities

_rows = partial(quantities, published=date(2022, 10, 4), origin="Russia")


def test_a_daily_rate_opened_by_before_the_event_is_no_figure():
    rows = _rows("Before the decree, roughly 2,300 Russians a day drove into Kazakhstan at Mashtakovo.")
    assert not [r for r in rows if r[1] == 2300], rows
    rows = _rows("Before the mobilisation an average of about 700 travellers arrived each day at Altanbulag.")
    assert not [r for r in rows if r[1] == 700], rows
    rows = _rows("Before the announcement per day crossed not more than 450 persons through Kyakhta.")
    assert not [r for r in rows if r[1] == 450], rows


def test_a_count_after_before_the_event_with_no_rate_is_still_read():
    rows = _rows("Before the decree took effect on Wednesday, 3,400 Russians crossed into Kazakhstan at Mashtakovo.")
    assert [r for r in rows if r[1] == 3400], rows
    rows = _rows("Before the decree, about 2,000 Russians a day were arriving, the ministry said, compared with a peak of "
                 "9,700 on Sunday at Mashtakovo.")
    assert [r for r in rows if r[1] == 9700], rows


def test_a_daily_rate_before_the_event_inside_the_sentence_is_no_figure():
    rows = _rows("Officials said 7,200 Russians entered Kazakhstan at Mashtakovo on Monday; before the call-up the post "
                 "handled about 1,300 a day.")
    assert not [r for r in rows if r[1] == 1300], rows
    assert [r for r in rows if r[1] == 7200], rows
    rows = _rows("Some 650 people a day crossed at Altanbulag before the mobilisation, the border agency said.")
    assert not [r for r in rows if r[1] == 650], rows
