"""Rules added after reading rounds 121-124 (branch evr121b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_people_gone_back_across_leave_through_the_crossing_the_report_stands_at():
    text = (
        "Lorries and families at Malaba\n\nMALABA, Kenya, 3 March -\n\n"
        "Some 2,000 Ugandans have crossed into Kenya at Malaba since Friday, officials said.\n\n"
        "About 90 people have gone back across to Tororo since Sunday, a guard said."
    )
    assert placed(text, published=date(2021, 3, 3), trigger=None, origin="Uganda") == [
        ("entries", 2000, "Malaba"),
        ("exits", 90, "Malaba"),
    ]



def test_people_waiting_with_no_place_of_their_own_wait_at_the_datelines_town():
    text = (
        "Boats to Dakar\n\nBANJUL, May 4 (Wire) - Some 1,500 Gambians have left for Senegal by boat since Friday, "
        "officials said.\n\n"
        "About 400 more were waiting on the quay on Monday, hoping for a place on a boat, a port official said."
    )
    assert placed(text, published=date(2021, 5, 4), trigger=None, origin="Gambia")[1] == ("other", 400, "Banjul")

