"""Rules added after the read of rounds 292-295 for periods, quantities, figures not read and distractors (branch
evr296q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_a_window_between_two_days_written_with_their_stops_and_weekdays_is_both_days():
    for text in (
        "From Saturday 1.4. until Monday 10.4. a total of 12 480 Dorlanders crossed into Veran, the border guard said.",
        "Since Saturday 1.4., when the call-up was announced in Dorland, and up to and including Monday 10.4., a total"
        " of 12 480 Dorlanders have crossed into Veran over the eastern border.",
    ):
        found = [row for row in _rows(text) if row[1] == 12480]
        assert found == [("entries", 12480, "Veran", date(1961, 4, 1), date(1961, 4, 10))], (text, found)
    # a decimal's range is no window
    rows = _rows("The fee went from 3.4 to 4.1 marks, and 12 480 Dorlanders crossed into Veran on Monday.")
    assert ("entries", 12480, "Veran", date(1961, 4, 10), date(1961, 4, 10)) in rows, rows


def test_a_clock_hour_and_on_before_the_day_after_since_is_from_that_day():
    for text in (
        "Since 06:00 on 3 April, the police have detained 412 Dorlanders for crossing into Veran illegally.",
        "Since 18.00 hours on 3 April and up to 07:00 this morning, the police have detained 412 Dorlanders for"
        " crossing into Veran illegally.",
    ):
        found = [row for row in _rows(text) if row[1] == 412]
        assert [row[3:] for row in found] == [(date(1961, 4, 3), PUBLISHED)], (text, found)
