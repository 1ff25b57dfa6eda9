"""Place rules added after the first read of rounds 280-283 (branch evr284p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from exodus.evidence.gazetteer import canonical_place, scan
from exodus.evidence.scoring import figure_matches
from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # armed men who tried to cross, told after the count, are held by the country they try to enter
    (
        "Refugees reach Thailand" + N + "Hundreds of villagers fled into Thailand on Monday." + N
        + "On Tuesday, soldiers detained 9 men carrying rifles who tried to cross with the families.",
        "Myanmar",
        ("arrests", 9, "Thailand"),
    ),
    (
        "Refugees reach Chad" + N + "Thousands of Sudanese crossed into Chad this week." + N
        + "Gendarmes arrested 11 armed men on Friday who were attempting to cross among the civilians.",
        "Sudan",
        ("arrests", 11, "Chad"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_unarmed_men_who_tried_to_cross_are_not_placed_by_this_rule():
    text = (
        "Refugees reach Thailand" + N + "Hundreds of villagers fled into Thailand on Monday." + N
        + "On Tuesday, soldiers detained 9 men who tried to cross with the families."
    )
    assert ("arrests", 9, "Thailand") not in placed(text, origin="Myanmar")


def test_the_simon_bolivar_bridge_written_without_bridge_is_the_crossing():
    assert canonical_place("Simon Bolivar") == canonical_place("Simón Bolívar") == "Simon Bolivar bridge"
    row = {"quantity": "entries", "value": "2500", "place": "Simon Bolivar bridge", "period_start": "2019-03-04", "period_end": "2019-03-04"}
    assert figure_matches(row, {**row, "place": "Simon Bolivar"})


def test_an_airport_named_as_a_bridge_is_no_bridge():
    text = "About 1,800 Venezuelans flew out of Santa Marta's Simon Bolivar airport on Monday, officials said."
    assert all(m.place.name != "Simon Bolivar bridge" for m in scan(text))
    text = "Venezuelans cross into Colombia" + N + "About 1,800 Venezuelans crossed the Simon Bolivar bridge on Monday."
    assert ("entries", 1800, "Simon Bolivar bridge") in placed(text, origin="Venezuela")


def test_a_count_through_the_same_port_is_at_the_port_named_before():
    text = (
        "Russians cross into Mongolia" + N
        + "Since Wednesday, 2,300 Russians have entered Mongolia through the Altanbulag port, border officers said. "
        "Over the same days, about 400 Russians went back from Mongolia to Russia through the same port."
    )
    assert ("exits", 400, "Altanbulag") in placed(text, origin="Russia")
