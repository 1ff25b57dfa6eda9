"""Rules added after the read of rounds 504-507 for periods and quantities (branch evr504q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_a_since_told_at_length_is_closed_by_as_of_this_morning_after_the_count():
    text = (
        "Since the start of the army's offensive in the northern provinces on 14 May and the closure of the last "
        "road to the coast by the rebel militias and their allied armed groups, 48 300 refugees have crossed into "
        "Kenya at the border posts of the district, as of 07:00 this morning."
    )
    rows = rows_of(48300, text, published=date(2011, 5, 30), trigger=date(2011, 5, 14), origin="Somalia")
    assert [(r[3], r[4]) for r in rows] == [(date(2011, 5, 14), date(2011, 5, 30))]


def test_did_not_exceed_is_an_upper_bound():
    text = "At the Kairak post on Tuesday the wait for cars did not exceed 5 hours, the border service said."
    rows = rows_of(5, text, bounds=True)
    assert [r[0] for r in rows] == ["wait_hours"]
    figures_read = [f for f in figures(text) if f.quantity == "wait_hours"]
    assert [(f.value, f.value_low, f.value_high) for f in figures_read] == [(5, None, 5)]
