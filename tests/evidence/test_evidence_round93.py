"""Rules added after reading round 93 (branch evr93b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_boats_landing_in_a_border_state_land_in_its_country():
    text = "The Coast Guard said 520 Haitians came ashore in Florida on Monday."
    assert placed(text, origin="Haiti") == [("entries", 520, "United States")]


def test_the_syrian_side_of_the_arsal_road_is_the_arsal_crossing():
    text = "Some 900 people queued at Qara on Saturday waiting to cross."
    assert [place for _kind, _value, place in placed(text, origin="Syria")] == ["Arsal"]


def test_a_lead_dating_the_trigger_does_not_date_a_later_undated_statement():
    text = (
        "The Kremlin announced on 21 September that it would call up reservists, and the border towns filled.\n\n"
        "Some 2,600 people crossed back into Russia at Zemo Larsi in the past three days, the guards said."
    )
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(2600, date(2022, 9, 27), date(2022, 9, 30))]



def test_a_towns_inhabitants_are_no_count_of_people_moving():
    text = (
        "Soldiers arrested 7 smugglers near the post on Friday. The camp town, which the number of its inhabitants is "
        "approximately 9 thousand person, now receives more displaced than its inhabitants."
    )
    assert [value for _kind, value, _place in placed(text)] == [7]
