"""Rules added after the read of rounds 456-459 for figures not read and distractors (branch evr460r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_a_number_to_call_with_its_trunk_zero_apart_is_no_figure():
    text = (
        "About 2,600 people entered Moldova at Otaci on Friday, the border police said.\n\n"
        "Useful: the line of the Bureau for Migration 0 800 21 405."
    )
    rows = quantities(text, published=date(2022, 3, 5), origin="Ukraine")
    got = values(rows)
    assert 2600 in got, rows
    assert not {0, 800, 21, 405} & set(got), rows


def test_the_emergency_line_short_number_is_no_figure():
    text = (
        "About 2,600 people entered Moldova at Otaci on Friday, the border police said.\n\n"
        "In danger: Unified Emergency Service 112."
    )
    rows = quantities(text, published=date(2022, 3, 5), origin="Ukraine")
    got = values(rows)
    assert 2600 in got, rows
    assert 112 not in got, rows
