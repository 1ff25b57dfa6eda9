"""Rules added after the read of rounds 316-319 for places (branch evr320p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 9, 30)  # a Friday
CALL_UP = date(2022, 9, 21)


def _found(text, value=2400):
    rows = figures(text, published=PUBLISHED, trigger=CALL_UP, origin="Russia")
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


def test_a_crossings_name_written_as_the_region_of_the_post_named_before_it_is_no_mention_of_that_crossing():
    # Kordai (Ak-Zhol on the Kyrgyz side) in Kyrgyzstan's Chui region, not the Brazil-Uruguay Chuí
    found = _found("At Ak-Zhol, in the Chui region, border guards said 2,400 Russians came in on Thursday.")
    assert found == [("entries", 2400, "Kordai", date(2022, 9, 29), date(2022, 9, 29))], found


def test_the_crossing_written_alone_keeps_its_reading():
    found = _found("Border guards said 2,400 Russians came in through Chui on Thursday.")
    assert found and found[0][2] == "Chuí", found
