"""Place rules added after the first read of rounds 304-307 (branch evr308p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place, period) the extractor must give."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

N = "\n\n"
PUBLISHED = date(1982, 2, 17)  # a Wednesday
# a line "from the checkpoint to" a village the report also calls a post ("the Chmi post"), so a crossing
QUEUE_TO_CHMI = (
    'On the road to the checkpoint "Upper Lars"' + N + 'As of 9:00 on the approach to the checkpoint "Upper Lars" there '
    + "are about 3 000 cars. The jam stretches up to 12 kilometres, from the checkpoint to the area of the village Chmi. "
    + "Drivers say they stand in line for two days." + N + "Volunteers run minibuses from the Chmi post to the checkpoint."
)
CASES = [
    # a country's armed forces named by their title, then "of" and the country, making the arrest the count follows:
    # that country's arrests, not the origin's on the far bank
    (
        "Miskitos cross the Coco into Honduras" + N + "Hundreds of Miskitos crossed the river from Nicaragua this week." + N
        + "On Monday 15 February, a patrol of the Armed Forces of Honduras detained 9 men who carried rifles.",
        "Nicaragua",
        ("arrests", 9, "Honduras", date(1982, 2, 15), date(1982, 2, 15)),
    ),
    (
        "Refugees reach Thailand" + N + "Thousands of Cambodians crossed into Thailand on Sunday." + N
        + "On Sunday 14 February, units of the Armed Forces of Thailand arrested 22 armed men near the camp.",
        "Cambodia",
        ("arrests", 22, "Thailand", date(1982, 2, 14), date(1982, 2, 14)),
    ),
    # a line of vehicles "from the checkpoint to" a post or village the gazetteer knows: the checkpoint named before's
    # queue, not the place it reaches (nor, for a wait in the next sentence, that place)
    # (a village the report also calls a post elsewhere is a crossing that would otherwise be taken for the queue's)
    (QUEUE_TO_CHMI, None, ("queue_length_km", 12, "Verkhny Lars", PUBLISHED, PUBLISHED)),
    (QUEUE_TO_CHMI, None, ("wait_hours", 48, "Verkhny Lars", PUBLISHED, PUBLISHED)),
    (
        "Russians queue for Georgia" + N + "Cars were backed up at Upper Lars on Tuesday 16 February. "
        + "The column runs some 9 km, from the border almost back to the village of Chmi. Drivers said they had waited 30 hours.",
        "Russia",
        ("wait_hours", 30, "Verkhny Lars", date(1982, 2, 16), date(1982, 2, 16)),
    ),
]


def _rows(text, origin):
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin=origin)
    ]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    found = _rows(text, origin)
    assert row in found, found
