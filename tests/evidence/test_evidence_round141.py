"""Place rules added after reading rounds 141-144 (branch evr141p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_who_went_back_home_leave_from_the_datelines_town_not_nowhere():
    text = (
        "Drivers wait for days\n\nDUBKI, Oct 1 - The cafe by the road to the border is full of drivers.\n\n"
        "Guards said about 310 people went back to Russia over the past three days."
    )
    assert placed(text, origin="Russia") == [("exits", 310, "Dubki")]


def test_people_who_went_back_home_leave_from_the_crossing_the_report_stands_at():
    text = (
        "Queues at the Verkhny Lars post\n\n"
        "The post was quieter on Thursday. Officers said some 140 had returned to Russia since Monday."
    )
    assert placed(text, origin="Russia") == [("exits", 140, "Verkhny Lars")]
