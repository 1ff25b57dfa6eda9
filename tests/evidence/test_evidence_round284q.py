"""Rules added after the read of rounds 280-283 for periods, quantities, figures not read and distractors (branch
evr284q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_a_dateline_with_the_day_before_the_month_or_a_glued_dash_is_the_day_filed():
    for head in (
        "VERAN, 11. April. The ferry landing was full again.",
        "VERAN, 11 April, night. — The ferry landing was full again.",
        "VERAN, April 11.— The ferry landing was full again.",
    ):
        text = f"THE DORLAND HERALD\n\n{head}\n\nToday about 2,600 refugees crossed into Veran at the ferry landing."
        found = [row[3:] for row in _rows(text) if row[1] == 2600]
        assert found == [(date(1961, 4, 11), date(1961, 4, 11))], (head, found)
    # a dateline of publication's own day, or none: "today" is publication's, as before
    text = "THE DORLAND HERALD\n\nVERAN, 12. April. The landing was full.\n\nToday about 2,600 refugees crossed into Veran."
    assert [row[3:] for row in _rows(text) if row[1] == 2600] == [(PUBLISHED, PUBLISHED)]
    # a dash before the stop opens no dispatch ("a diary" in small letters after it)
    text = "THE DORLAND HERALD\n\nVERAN, 11 April -- a diary. Today about 2,600 refugees crossed into Veran."
    assert [row[3:] for row in _rows(text) if row[1] == 2600] == [(PUBLISHED, PUBLISHED)]


def test_a_window_after_a_dateline_in_capitals_is_the_figures_not_the_day_filed():
    text = "VERAN. Between 2 and 9 April, 42,500 Dorlanders entered Veran, while 14,200 left over the same period."
    rows = {row[1]: row[3:] for row in _rows(text)}
    assert rows[42500] == (date(1961, 4, 2), date(1961, 4, 9)), rows
    assert rows[14200] == (date(1961, 4, 2), date(1961, 4, 9)), rows


def test_a_number_in_indian_grouping_is_read_whole():
    for text, value in (
        ("Since April 2, a total of 1,67,000 persons have crossed into Veran.", 167000),
        ("Since April 2, 34,35,000 persons have crossed into Veran, the ministry said.", 3435000),
    ):
        found = [row for row in _rows(text) if row[0] == "entries"]
        assert found == [("entries", value, "Veran", date(1961, 4, 2), PUBLISHED)], (text, found)
    # Western grouping, as before
    found = [row[1] for row in _rows("Since April 2, a total of 167,000 persons have entered Veran.")]
    assert found == [167000], found


def test_a_clock_with_hrs_before_today_closes_a_window_at_publication():
    for text in (
        "From 9 April 1961 up to 06.00 hrs. today, a total of 4,180 persons crossed into Veran.",
        "From 9 April up to 0600 hrs today, a total of 4,180 persons crossed into Veran.",
    ):
        found = [row[3:] for row in _rows(text) if row[1] == 4180]
        assert found == [(date(1961, 4, 9), PUBLISHED)], (text, found)
