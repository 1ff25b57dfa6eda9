"""Rules added after the read of rounds 276-279 for periods, quantities, figures not read and distractors (branch
evr280q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_since_a_weekday_then_its_day_of_the_month_alone_runs_to_publication():
    # read before, when the weekday is publication's own, as that day of the month alone
    for text in (
        "Since Wednesday the 5th, when the government announced the call-up, more than 4,300 have entered Veran.",
        "Since Wednesday, the 5th, more than 4,300 Dorlanders have entered Veran.",
    ):
        found = [row[3:] for row in _rows(text) if row[1] == 4300]
        assert found == [(date(1961, 4, 5), PUBLISHED)], (text, found)
    # another weekday than publication's: as before
    found = [row[3:] for row in _rows("Since Monday the 3rd, when the border opened, 4,300 Dorlanders entered Veran.") if row[1] == 4300]
    assert found == [(date(1961, 4, 3), PUBLISHED)], found
