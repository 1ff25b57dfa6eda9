"""Rules added after the read of rounds 324-327 for places (branch evr328p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 9, 28)  # a Wednesday
CALL_UP = date(2022, 9, 21)


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=CALL_UP):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if (f.value or f.value_high) == value]


TAIL_OF_THE_LINE = {  # the place a line reaches back to is its tail: the queue is the post's
    "back along the road to": (
        "KAPITAN ANDREEVO, 21 June - By noon the line of cars had stretched 9 kilometres back along the road to Lesovo.",
        "Bulgaria",
        date(1989, 6, 21),
        date(1989, 6, 1),
        "Kapikule",
    ),
    "practically to the turn to the village of": (
        "Volunteers have been at the Isilkul checkpoint since dawn. "
        "Today the queue stretches 9 km from the post, practically to the turn to the village of Kupriyanovka.",
        "Russia",
        PUBLISHED,
        CALL_UP,
        "Isilkul",
    ),
    "nearly to the town of": (
        "Volunteers have been at the Isilkul checkpoint since dawn. "
        "Today the line of cars extends 9 km, nearly to the town of Kupriyanovka.",
        "Russia",
        PUBLISHED,
        CALL_UP,
        "Isilkul",
    ),
}


@pytest.mark.parametrize("case", sorted(TAIL_OF_THE_LINE))
def test_a_line_reaching_back_to_a_place_is_its_posts(case):
    text, origin, published, trigger, post = TAIL_OF_THE_LINE[case]
    found = _found(text, 9, origin=origin, published=published, trigger=trigger)
    assert found == [("queue_length_km", 9, post, published, published)], found


def test_a_line_to_a_post_keeps_its_reading():
    # "to" the post, no "back" or "along the road": the post the line leads to
    found = _found("Today the queue of cars stretches 9 km to the Isilkul checkpoint.", 9)
    assert found == [("queue_length_km", 9, "Isilkul", PUBLISHED, PUBLISHED)], found
