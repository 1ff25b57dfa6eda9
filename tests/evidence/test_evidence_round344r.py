"""Rules added after the read of rounds 340-343 for figures not read and distractors (branch evr344r; sentences
written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round328q import _found  # published Sunday 20 March 2022, origin Ukraine


@pytest.mark.parametrize(
    ("turn", "values"),
    [
        # a size and a standard, in a reporter's turn of a broadcast
        (
            "REPORTER: Food is the worst of it. A 10-kilo sack of flour costs 400 lei, and the camp gets 12 loaves a"
            " tent when it needs 30.",
            (10, 12, 30),
        ),
        # the station's own frequency, in the presenter's closing turn
        ("ANCHOR: You can send your gifts to the aid fund. Radio Moldova, FM 99.4 in Chisinau.", (99.4,)),
    ],
)
def test_a_speakers_turn_under_a_turn_with_a_count_is_no_item_of_its_list(turn, values):
    text = f"Since Friday 2,640 people have crossed into Moldova at Palanca.\n\n{turn}"
    for value in values:
        assert _found(text, value=value) == [], (value, _found(text, value=value))
    assert _found(text) == [("entries", 2640, "Palanca", date(2022, 3, 18), date(2022, 3, 20))], _found(text)


def test_a_list_under_a_sentence_with_a_count_is_still_its_parts():
    text = "Since Friday 2,640 people have crossed into Moldova.\n\n- Palanca: 1,500\n- Otaci: 1,140"
    found = [row[:3] for row in _found(text, value=1500)]
    assert found == [("entries", 1500, "Palanca")], found
