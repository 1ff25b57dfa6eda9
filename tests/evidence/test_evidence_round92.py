"""Rules added after reading round 92 (branch evr92b; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_who_left_a_host_through_this_checkpoint_left_through_the_one_named_before():
    text = (
        "Our reporter stands at the Kordai checkpoint on the Kyrgyz border. Kazakh guards say 3,400 Russian citizens "
        "left Kazakhstan through this checkpoint over the past week."
    )
    assert placed(text, origin="Russia") == [("exits", 3400, "Kordai")]
