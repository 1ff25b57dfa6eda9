"""Place rules added after reading rounds 145-152 (branch evr145p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_who_drove_back_into_their_country_leave_by_the_crossing_the_report_stands_at():
    text = (
        "Cars queue at the Verkhny Lars post\n\n"
        "The post was busy again on Monday as men from Vladikavkaz crossed into Georgia.\n\n"
        "Not all of them stay. Guards said about 60 people drove back into Russia over the past two days."
    )
    assert ("exits", 60, "Verkhny Lars") in placed(text, origin="Russia")


def test_people_gone_back_to_the_far_side_of_the_reports_crossing_leave_by_that_crossing():
    text = (
        "Finns wait at the Tornio bridge\n\n"
        "The bridge at Tornio has been crowded since Friday with families leaving Sweden.\n\n"
        "About 80 people have gone back across to Haparanda since Saturday, officers said."
    )
    assert ("exits", 80, "Tornio") in placed(text, origin="Sweden")


def test_a_fare_from_a_town_to_this_barrier_runs_to_the_reports_crossing():
    text = (
        "Live from the Verkhny Lars post\n\n"
        "Our reporter is at the Verkhny Lars checkpoint tonight.\n\n"
        "A taxi from Vladikavkaz to this barrier now costs 9,000 roubles, about 150 dollars."
    )
    assert ("flights_price_usd", 150, "Vladikavkaz - Verkhny Lars") in placed(text, origin="Russia")
