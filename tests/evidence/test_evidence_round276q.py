"""Rules added after the read of rounds 268-275 for periods, quantities, figures not read and distractors (branch
evr276q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 13)  # a Thursday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_a_since_window_closed_by_up_to_the_end_of_the_day_on_a_later_day():
    # read before as "since an event on 9 March": from 9 March to publication
    for text in (
        "In total, since 2 March and up to the end of the day on 9 March, more than 4,300 Dorlanders have entered Veran.",
        "Since 2 March, and up to the end of the day on 9 March, 4,300 Dorlanders entered Veran.",
        "Since the border opened on 2 March and up to the end of the day on 9 March, 4,300 Dorlanders entered Veran.",
    ):
        found = [row[3:] for row in _rows(text) if row[1] == 4300]
        assert found == [(date(1961, 3, 2), date(1961, 3, 9))], (text, found)
    # "from ... up to the end of the day on": the same close
    found = [row[3:] for row in _rows("From 2 March up to the end of the day on 9 March, 4,300 Dorlanders entered Veran.") if row[1] == 4300]
    assert found == [(date(1961, 3, 2), date(1961, 3, 9))], found


def test_an_events_own_up_to_does_not_close_its_since():
    text = "Since Veran began allowing Dorlanders to stay up to six months on 2 March, more than 4,300 have left Veran."
    found = [row[3:] for row in _rows(text) if row[1] == 4300]
    assert found == [(date(1961, 3, 2), PUBLISHED)], found


def test_returned_voluntarily_to_the_origin_through_a_crossing_is_out_through_it():
    # read before as coming home through the crossing (entries): the adverb hid the origin named after "to"
    for text, value in (
        ("Approximately 1,200 Dorlanders have returned voluntarily to Dorland through Veran since 1 March.", 1200),
        ("Some 800 refugees returned spontaneously to Dorland through Veran last week.", 800),
    ):
        found = [row[:3] for row in _rows(text) if row[1] == value]
        assert found == [("exits", value, "Veran")], (text, found)
    # without the adverb, as before
    found = [row[:3] for row in _rows("Some 800 refugees returned to Dorland through Veran last week.") if row[1] == 800]
    assert found == [("exits", 800, "Veran")], found


def test_a_usual_day_after_an_opening_phrase_is_a_baseline_not_a_count():
    # read before as a count of the day the opening phrase named (or of publication)
    for text in (
        "Before 1 March, on a usual day about 4 000 Dorlanders crossed into Veran.",
        "For comparison, on an ordinary day in the first half of March about 600 Dorlanders entered Veran.",
        "For comparison, in the usual day before 1 March through all posts entered on average 700-800 Dorlanders.",
    ):
        assert _rows(text) == [], text
    # the running count after a turn stays, and so does the count a baseline is set against
    found = [row[:2] for row in _rows("Since 1 March, on a usual day 900 crossed, but yesterday 4,000 Dorlanders entered Veran.")]
    assert found == [("entries", 4000)], found
    found = [row[:2] for row in _rows("On Monday 4,000 Dorlanders crossed into Veran, against about 600 on a usual day.")]
    assert found == [("entries", 4000)], found
