"""Rules added after the read of rounds 300-303 for periods, quantities, figures not read and distractors (branch
evr304q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round300q import PUBLISHED, _rows


def test_since_a_day_up_to_an_hour_today_is_that_day_to_publication():
    for text in (
        "Since 5 April 1961 up to 09.00 hrs. today, a total of 3,120 persons have crossed the river into Veran.",
        "Since 5 April up to 0600 hrs today, some 3,120 people crossed the river into Veran.",
    ):
        found = [row for row in _rows(text) if row[1] == 3120]
        assert found == [("entries", 3120, "Veran", date(1961, 4, 5), PUBLISHED)], (text, found)
