"""Rules added after the read of rounds 352-355 for figures not read and distractors (branch evr356r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

PUBLISHED = date(2011, 3, 10)  # a Thursday


def _rows(text, origin="Libya"):
    return [row(f) for f in figures(text, published=PUBLISHED, origin=origin)]


def test_a_daily_level_a_year_back_is_no_count():
    base = "On Wednesday 3,150 people entered Tunisia at Ras Jedir."
    for said in (
        " By comparison, in the same period of last year about 700 people crossed there daily.",
        " During the same weeks of last year some 700 persons a day went through the post.",
        " Last year the post saw an average of 700 crossings a day.",
        " A year earlier, roughly 700 travellers passed there each day.",
    ):
        rows = _rows(base + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_a_total_a_year_back_with_no_daily_rate_is_kept():
    rows = _rows("On Wednesday 3,150 people entered Tunisia at Ras Jedir. Last year 700 people entered there on a single day in July, but today the line is longer.")
    assert 3150 in [row[1] for row in rows], rows


def test_people_who_registered_their_residence_are_no_entries():
    rows = _rows(
        "On Wednesday 3,150 people entered Tunisia at Ras Jedir. The ministry said 1,240 Libyans had registered their"
        " residence with the police in Tunis since February."
    )
    assert [row[:2] for row in rows] == [("entries", 3150)], rows
