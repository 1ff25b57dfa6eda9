"""Rules added after the read of rounds 284-287 for periods, quantities, figures not read and distractors (branch
evr288q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 12)  # a Wednesday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def test_people_returned_through_a_crossing_in_the_passive_are_sent_back_out_of_the_host():
    for verb in ("have been returned", "were returned", "had been returned"):
        text = (
            "Since 1 April some 38,000 Dorlanders have crossed into Veran, officials said, "
            f"and 3,200 {verb} through the Veran post since Monday."
        )
        found = [row for row in _rows(text) if row[1] == 3200]
        assert found == [("exits", 3200, "Veran", date(1961, 4, 10), PUBLISHED)], (verb, found)
    # coming home of their own accord through the crossing, as before: into the crossing's count
    text = (
        "Since 1 April some 38,000 Dorlanders have crossed into Veran, officials said, "
        "and 3,200 have returned home through the Veran post since Monday."
    )
    found = [row for row in _rows(text) if row[1] == 3200]
    assert found == [("entries", 3200, "Veran", date(1961, 4, 10), PUBLISHED)], found
