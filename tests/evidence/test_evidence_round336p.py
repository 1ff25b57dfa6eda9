"""Rules added after the read of rounds 332-335 for places (branch evr336p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 3, 4)
TRIGGER = date(2022, 2, 24)


def _found(text, value, origin="Ukraine", published=PUBLISHED, trigger=TRIGGER):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if (f.value or f.value_high) == value]


def test_a_wait_at_another_post_is_that_posts():
    # a wait told after people waiting at one post, whose clause names another post after "at", is the other post's
    found = _found("At Palanca, 1,500 people are waiting to cross. The waiting time at the Otaci point is up to 8 hours.", 8)
    assert found and all(row[:3] == ("wait_hours", 8, "Otaci") for row in found), found


def test_a_wait_naming_no_place_stays_with_the_people_waiting():
    found = _found("At Palanca, 1,500 people are waiting to cross. Some have waited up to 8 hours.", 8)
    assert found and all(row[:3] == ("wait_hours", 8, "Palanca") for row in found), found
