"""Rules added after reading round 93 (branch evr93b; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_boats_landing_in_a_border_state_land_in_its_country():
    text = "The Coast Guard said 520 Haitians came ashore in Florida on Monday."
    assert placed(text, origin="Haiti") == [("entries", 520, "United States")]


def test_the_syrian_side_of_the_arsal_road_is_the_arsal_crossing():
    text = "Some 900 families queued at Qara on Saturday waiting to cross."
    assert [place for _kind, _value, place in placed(text, origin="Syria")] == ["Arsal"]
