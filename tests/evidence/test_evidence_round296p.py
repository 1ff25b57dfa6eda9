"""Place rules added after the first read of rounds 292-295 (branch evr296p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # the desert post's name written as one word, "Tinzaouatine": the gazetteer's Tinzaouatene
    (
        "Malians flee into Algeria" + N + "At Tinzaouatine, about 700 Malians crossed into Algeria on Monday.",
        "Mali",
        ("entries", 700, "Tinzaouatene"),
    ),
    # people going home after entries at a crossing, their sentence naming the host they had found refuge in: the
    # host's exits, not the crossing's
    (
        "Malians flee into Algeria" + N + "On Monday about 700 Malians crossed into Algeria at Tinzaouaten. "
        + "Since January, some 400 Malians who had found refuge in Algeria have returned to Mali of their own will.",
        "Mali",
        ("exits", 400, "Algeria"),
    ),
    # a post named after its kind, as translated reports write it: the arrests of the post's side
    (
        "Russians leave for Mongolia" + N + "Cars queue for the border at Kyakhta. "
        + 'On Monday at the checkpoint "Kyakhta" border guards detained three men who were on the wanted list.',
        "Russia",
        ("arrests", 3, "Russia"),
    ),
    # the Russian town of the Zabaykalsk - Manzhouli crossing: Russia's arrests
    (
        "Russians leave for China" + N + "Buses leave for Manzhouli every day. "
        + "In Zabaikalsk on Monday border guards detained 4 persons who had no papers.",
        "Russia",
        ("arrests", 4, "Russia"),
    ),
    # "outside the checkpoint" is no side named: the post's town still says whose arrests they are
    (
        "Russians leave for China" + N + "Buses leave for Manzhouli every day. "
        + "In Zabaikalsk on Sunday 6 men were detained who tried to walk over outside the checkpoint.",
        "Russia",
        ("arrests", 6, "Russia"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
