"""Rules added after the read of rounds 524-527 for figures not read and distractors (branch evr524r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_two_counts_a_body_reminds_of_as_given_above_are_not_read_again():
    text = (
        "On Monday 3 410 people left Estonia for Russia through Narva and 2 120 entered through Koidula. "
        "The Police and Border Guard Board reminds that the 3 410 departures and 2 120 entries given above do not "
        "include drivers of lorries."
    )
    assert placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21)) == [
        ("exits", 3410, "Narva"),
        ("entries", 2120, "Koidula"),
    ]


def test_a_count_given_above_told_again_by_another_word_is_not_read_again():
    text = (
        "From 19 to 22 September, 3 410 Russian citizens left Estonia for Russia through Narva.\n\n"
        "Narva has 6 lanes. The Board reminds that the 3 410 departures given above do not include drivers of lorries."
    )
    assert placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21)) == [("exits", 3410, "Narva")]


def test_a_count_a_body_recalls_told_again_by_another_word_is_not_read_again():
    text = (
        "From 19 to 22 September, 3 410 Russian citizens left Estonia for Russia through Narva.\n\n"
        "The Board recalls that the 3 410 departures recorded there do not include drivers of lorries."
    )
    assert placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21)) == [("exits", 3410, "Narva")]


def test_a_count_recalled_with_no_count_before_it_is_still_read():
    text = "The Ministry recalls that the 5 220 persons who entered Kazakhstan since Monday include only adults."
    assert [value for _, value, _ in placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21))] == [5220]
