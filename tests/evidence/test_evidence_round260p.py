"""Place rules added after the first read of rounds 256-259 (branch evr260p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # arrests of people told after the count as having crossed already: the country entered holds them
    ("Villagers flee into Malawi" + N + "Some 3,000 Mozambicans have crossed since Monday. Police at the market arrested nine men on Friday who they say crossed with spears.", "Mozambique", ("arrests", 9, "Malawi")),
    ("Refugees reach Chad" + N + "About 4,000 Sudanese arrived this week. The district administration has detained twenty-two armed men who crossed the frontier with rifles.", "Sudan", ("arrests", 22, "Chad")),
]
CASES += [
    # a town named once, as the place people reached ("have reached X", "reached the Oasis of X"): that town
    ("Refugees in southern Italy" + N + "Some 3,000 were landed at Bari this week. More than 900 people have reached Termoli in their own boats since the first of the month.", "Yugoslavia", ("entries", 900, "Termoli")),
    ("Arabs flee into Egypt" + N + "Some 2,000 have come in at Salloum. In addition some 450 persons have reached the Oasis of Siwa by the desert track.", "Libya", ("entries", 450, "Siwa")),
]
CASES += [
    # people who crossed (came over, came across) near a town: the town, not a landmark (named twice, or once)
    ("Kurds flee into Iran" + N + "About 3,000 arrived at Bashmaq. Some 900 more have come in at Piranshahr since Sunday, and 450 crossed the hills near Baneh yesterday. Bread in Baneh is dear.", "Iraq", ("entries", 450, "Baneh")),
    ("Refugees reach Botswana" + N + "In the week to Sunday, 52 crossed into Botswana. Of these, 21 came across near Tlokweng, and about 12 came over the fence near Lobatse on Friday.", "South Africa", ("entries", 12, "Lobatse")),
]
KEPT = [
    # a post near a town is still not the town ("the post near Uralsk"); nor people waiting near it
    ("Russians leave" + N + "Some 4,000 Russians have entered Kazakhstan through Syrym. At the post near Uralsk about 700 cars were queuing on Monday. Uralsk hotels are full.", "Russia", ("queue_vehicles", 700, "Mashtakovo")),
    # people who had crossed, held by a force whose adjective names its country: that country, as before
    ("Refugees reach Chad" + N + "About 4,000 Sudanese arrived this week. Nigerien soldiers disarmed and detained eleven Sudanese irregulars who had crossed the line into Ngouboua.", "Sudan", ("arrests", 11, "Niger")),
    # not those who only tried to cross, whom either side may stop (the force's own country keeps them)
    ("Refugees reach Chad" + N + "About 4,000 Sudanese arrived this week. Sudanese border guards detained 40 persons who tried to cross the wadi at night.", "Sudan", ("arrests", 40, "Sudan")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_a_town_named_once_not_as_the_place_reached_is_not_read():
    # "from Termoli", named once: not the place the figure is at (it stays where the paragraph puts it)
    text = "Refugees in southern Italy" + N + "Some 3,000 were landed at Bari this week. More than 900 people from Termoli have come in since the first of the month."
    assert ("entries", 900, "Termoli") not in placed(text, origin="Yugoslavia")
