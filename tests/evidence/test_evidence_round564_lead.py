"""Rules the lead changed in the session of 6 Dec 2026 (17:33 UTC), on labels the readers of rounds 560-563 brought
(branch evr560q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, rows_of


def test_the_past_month_runs_from_the_same_day_of_the_month_before():
    # (not thirty days back: 15 May, not 16 May, for a text of 15 June; a 31-day month's last day keeps the shorter
    # month's last)
    assert periods("Police have held 40 smugglers in the past month.", date(1979, 6, 15)) == [
        (date(1979, 5, 15), date(1979, 6, 15))
    ]
    assert periods("Some 3,000 crossed at the pass in the past month.", date(2023, 3, 31)) == [
        (date(2023, 2, 28), date(2023, 3, 31))
    ]


def test_people_still_there_drawn_as_a_conclusion_run_from_the_day_they_came():
    text = (
        "Some 80,000 citizens of Russia entered Georgia between 21 September and 31 October, and 61,000 left. This "
        "means that roughly 19,000 of them remained in Georgia as of the end of October."
    )
    rows = rows_of(19000, text, published=date(2022, 11, 15), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 31))]
