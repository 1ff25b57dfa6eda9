"""Rules added after the read of rounds 344-347 for figures not read and distractors (branch evr348r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round340q import _found  # (published 10 March 2011, a Thursday)


def test_thousands_in_plain_spaces_at_a_sentence_start_after_a_full_stop_are_one_number():
    found = _found(
        "The queue cleared by the evening. 2 640 Nicaraguans left Costa Rica through Peñas Blancas on Wednesday.",
        origin="Nicaragua",
    )
    assert found == [("exits", 2640, "Penas Blancas", date(2011, 3, 9), date(2011, 3, 9))], found
