"""Rules added after the read of rounds 288-291 for periods, quantities, figures not read and distractors (branch
evr292q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday
OPENING = "Since 1 April some 38,000 Dorlanders have crossed into Veran, officials said. "


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_arrivals_an_agency_is_planning_for_are_a_projection_not_a_count():
    for wording in ("planning for up to 45,000 further arrivals", "planning for 45,000 new arrivals"):
        text = OPENING + f"The relief agencies are {wording} in Veran over the next three months."
        rows = _rows(text)
        assert [row for row in rows if row[1] == 45000] == [], (wording, rows)
        assert ("entries", 38000, "Veran", date(1961, 4, 1), PUBLISHED) in rows, rows


def test_a_usual_level_before_the_event_that_opens_the_sentence_is_a_baseline_not_a_count():
    for sentence in (
        "Before the coup a usual day saw about 2,700 Dorlander arrivals at the Veran post.",
        "Before 1 April the Veran post cleared on average 2,700 Dorlanders per day.",
        "Before the coup was announced, the Veran post normally handled about 2,700 Dorlanders a day.",
    ):
        rows = _rows(OPENING + sentence)
        assert [row for row in rows if row[1] == 2700] == [], (sentence, rows)
        assert ("entries", 38000, "Veran", date(1961, 4, 1), PUBLISHED) in rows, rows
    # a turn to the count since stays a count: "but since Monday"
    text = "Before the coup a usual day saw a few dozen, but since Monday 2,700 Dorlanders have crossed into Veran."
    found = [row for row in _rows(text) if row[1] == 2700]
    assert found == [("entries", 2700, "Veran", date(1961, 4, 10), PUBLISHED)], found


def test_two_days_each_after_its_weekday_set_off_as_an_aside_are_both_days():
    for text in (
        "Over the weekend, Saturday 8 and Sunday 9 April, 6,214 Dorlanders crossed into Veran, officials said.",
        "In the last two days (Saturday 8 to Sunday 9 April) 6,214 Dorlanders crossed into Veran.",
    ):
        rows = _rows(text)
        # both days, and the first day's number is a date, no count
        assert rows == [("entries", 6214, "Veran", date(1961, 4, 8), date(1961, 4, 9))], (text, rows)
