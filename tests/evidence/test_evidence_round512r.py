"""Rules added after the read of rounds 512-515 for figures not read and distractors (branch evr512r; sentences written
for these tests)."""

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_a_part_named_by_who_after_those_who_came_and_a_verb_is_no_figure():
    text = (
        "Since Monday, 9 400 Russian citizens have entered Kazakhstan at Kairak. "
        "Among those who entered there are 5 100 men."
    )
    assert rows_of(5100, text) == []
    assert [v for _, v, _ in placed(text)] == [9400]


def test_a_part_of_unaccompanied_minors_after_those_who_entered_are_is_no_figure():
    text = "Since Friday 12,300 people crossed into Moldova at Palanca. Among those who entered are 2.150 unaccompanied minors."
    assert rows_of(2150, text) == []


def test_both_parts_named_by_who_after_those_who_left_were_are_no_figure():
    text = (
        "In the past week 3 200 people left Belarus through Brest. "
        "Among those who left were 900 women and 410 minor children."
    )
    assert rows_of(900, text) == []
    assert rows_of(410, text) == []
    assert [v for _, v, _ in placed(text)] == [3200]
