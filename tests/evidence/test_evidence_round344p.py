"""Rules added after the read of rounds 340-343 for places (branch evr344p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

CASES = {
    # a route "A - B" whose far end has an accented letter: the town whole, not cut at its accent ("Pamplona - Cúcut")
    "a_dash_route_keeps_a_towns_accented_letter": (
        "Venezuelans who reach the border keep travelling on. The bus Pamplona - Cúcuta costs $12 now, "
        "drivers said.",
        ("Venezuela", date(2019, 3, 6), None),
        ("flights_price_usd", 12, "Pamplona - Cucuta", date(2019, 3, 6), date(2019, 3, 6)),
    ),
    "a_dash_route_keeps_a_towns_umlaut": (
        "Finns fleeing the war keep sailing for Germany. A deck seat Helsinki - Lübeck now costs $80, the agents "
        "said.",
        ("Finland", date(1944, 9, 12), None),
        ("flights_price_usd", 80, "Helsinki - Lübeck", date(1944, 9, 12), date(1944, 9, 12)),
    ),
    # the people held named by their country's own name as its adjective: foreigners held by the country reached
    "police_arresting_the_origins_nationals_by_its_name_are_the_hosts": (
        "Families fleeing the air strikes in Myanmar keep wading across the river into Thailand. On Monday, police "
        "arrested 12 Myanmar nationals who had come over without papers, officials said.",
        ("Myanmar", date(2021, 12, 28), None),
        ("arrests", 12, "Thailand", date(2021, 12, 27), date(2021, 12, 27)),
    ),
    "soldiers_detaining_the_origins_citizens_by_its_name_are_the_hosts": (
        "Thousands fleeing the fighting in Sudan have crossed into Chad this month. On Friday, soldiers detained 8 "
        "Sudan citizens carrying rifles near the camp.",
        ("Sudan", date(2023, 6, 18), None),
        ("arrests", 8, "Chad", date(2023, 6, 16), date(2023, 6, 16)),
    ),
}


@pytest.mark.parametrize(("text", "document", "expected"), CASES.values(), ids=CASES.keys())
def test_the_place_of_the_row(text, document, expected):
    origin, published, trigger = document
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    found = [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in rows
        if (f.value or f.value_high) == expected[1]
    ]
    assert found and all(row == expected for row in found), found
