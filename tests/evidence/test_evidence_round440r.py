"""Rules added after the read of rounds 436-439 for figures not read and distractors (branch evr440r; sentences
written for these tests)."""

from datetime import date

from exodus.evidence.figures import _phone_numbers
from tests.evidence.test_evidence_round70 import quantities, values


def test_a_line_named_for_whom_then_a_colon_is_a_phone_number():
    text = (
        "On Tuesday 3,150 people crossed into Slovakia at Vysne Nemecke. Helpline for the arriving refugees: "
        "4417-2290. Hotline of the county office: 5120."
    )
    rows = quantities(text, published=date(2022, 3, 2), origin="Ukraine")
    assert 3150 in values(rows), rows
    for value in (4417, 2290, 5120):
        assert value not in values(rows), rows
    spans = [text[start:end] for start, end in _phone_numbers(text, len(text))]
    assert "4417-2290" in spans and "5120" in spans, spans


def test_a_count_after_a_line_named_for_whom_stays_a_count():
    text = "The hotline for the families took 3,000 calls on Monday; 1,200 people crossed at Vysne Nemecke that day."
    spans = [text[start:end] for start, end in _phone_numbers(text, len(text))]
    assert not any("3,000" in span for span in spans), spans


def test_the_bodies_of_people_are_no_crossing():
    text = (
        "Since Friday 4,800 people have crossed the river into Malawi at Mwanza. The bodies of 17 men and women have "
        "come down the river to Mwanza since Friday."
    )
    rows = quantities(text, published=date(1992, 6, 9), origin="Mozambique")
    assert 4800 in values(rows), rows
    assert 17 not in values(rows), rows


def test_staff_or_lanes_raised_at_a_post_are_no_figure():
    text = (
        "Since 24 September 2,900 Russians have entered Kazakhstan through Zhaisan. Since 25 September the number of "
        "customs inspectors at the post has been raised by 35. The number of passenger lanes for cars at Zhaisan "
        "has been increased from 5 to 9."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert 2900 in values(rows), rows
    for value in (35, 9):
        assert value not in values(rows), rows
