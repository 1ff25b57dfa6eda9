"""Place rules added after the first read of rounds 268-275 (branch evr276p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # an airport named by its own name with its city set after it between commas: the city's
    ("Cypriots reach Greece" + N + "Special flights brought 410 persons to Hellinikon airport, Athens, on Monday.", "Cyprus", ("entries", 410, "Athens")),
    ("Tamils return" + N + "In addition, 95 repatriates arrived by air at Meenambakkam airport, Madras, during October.", "Sri Lanka", ("entries", 95, "Chennai")),
    # Masnaa is the Lebanese post of its crossing: arrests made there are Lebanon's
    ("Syrians cross into Lebanon" + N + "Border police detained 9 persons at Masnaa on Tuesday for carrying false papers.", "Syria", ("arrests", 9, "Lebanon")),
    # the Ilek post (Orenburg region - Kazakhstan), a crossing of its own
    (
        "Russians leave for Kazakhstan" + N + "The ministry reports on the checkpoints Sagarchin (Akbulak district) and Ilek (Ilek district)."
        + N + "Through the Ilek checkpoint, 1 750 persons left for Kazakhstan on Monday."
        + N + "The queue at Sagarchin numbers about 900 vehicles. At Ilek the waiting time does not exceed 4 hours.",
        "Russia",
        ("exits", 1750, "Ilek"),
    ),
    (
        "Russians leave for Kazakhstan" + N + "The ministry reports on the checkpoints Sagarchin (Akbulak district) and Ilek (Ilek district)."
        + N + "The queue at Sagarchin numbers about 900 vehicles. At Ilek the waiting time does not exceed 4 hours.",
        "Russia",
        ("wait_hours", 4, "Ilek"),
    ),
    # "this port" after a count: the crossing its paragraph named last, not the one the report stands at
    (
        "Russians cross into Mongolia at Altanbulag" + N + "Border protection statement" + N + "Russians keep arriving at Altanbulag."
        + N + "1. Altanbulag port\nOn 27 September 1 486 citizens entered through the Altanbulag port."
        + N + "2. Tsagaannuur port\nOn Monday about 620 Russian citizens entered through the Tsagaannuur port. Since 21 September, "
        "170 citizens exited back to the Russian Federation through this port.",
        "Russia",
        ("exits", 170, "Tsagaannuur"),
    ),
]
KEPT = [
    # (a name after the comma that is no city: the airport is not placed by it)
    ("Russians fly to Serbia" + N + "Some 900 passengers landed at Nikola Tesla Airport, Air Serbia said, on Monday.", "Russia", ("entries", 900, "Belgrade")),
    # (Jdeidet Yabous is the Syrian post)
    ("Lebanese flee into Syria" + N + "Syrian police have arrested 11 people at Jdeidet Yabous since Monday for smuggling arms.", "Lebanon", ("arrests", 11, "Syria")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
