"""Place rules added after reading rounds 204-207 (branch evr204p; sentences written for these tests).

Each case: what it shows, the report, its origin (None: inferred), and a row (quantity, value, place) the
extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a crossing's port "of" the region it lies in: the port, not the region
    ("Border agency" + N + "At Borshoo port of Uvs aimag, on 3 October, 640 citizens of Russia entered and 210 left.", "Russia", ("entries", 640, "Borshoo")),
    ("Border agency" + N + "At Zamyn-Uud port of Dornogovi aimag, 1,250 persons entered on Monday.", "China", ("entries", 1250, "Zamiin-Uud")),
    ("Crossings" + N + "At the Ereentsav port of Dornod aimag, 150 people entered on Tuesday, the agency said.", "Russia", ("entries", 150, "Ereentsav")),
    # a bridge named by its river: the crossing at that bridge the text names
    ("Refugees into Croatia" + N + "Croatian police said 3,100 people had crossed at Slavonski Brod this week. On Tuesday alone 900 came over the Sava bridge.", "Bosnia and Herzegovina", ("entries", 900, "Slavonski Brod")),
    ("Into Tanzania" + N + "Some 2,000 people crossed the Kagera bridge at Rusumo on Friday, the agency said.", "Rwanda", ("entries", 2000, "Rusumo")),
    ("Into Hungary" + N + "Hungarian guards said 2,000 had crossed at Dravaszabolcs since Monday. On Friday about 1,000 came over the Drava bridge. At Barcs 600 crossed.", "Croatia", ("entries", 1000, "Dravaszabolcs")),
    # a name opening with "St.": the abbreviation's stop ends no name
    ("Fares" + N + "A bus seat from St. Petersburg to Tallinn cost $60 on Friday.", "Russia", ("flights_price_usd", 60, "St Petersburg - Tallinn")),
    ("Fares" + N + "A seat from Moscow to Riga cost $400 on Monday. From St. Petersburg, seats to Riga now sell for $450, agents say.", "Russia", ("flights_price_usd", 450, "St Petersburg - Riga")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_a_port_of_a_town_is_still_the_town():
    text = "Ferries" + N + "Some 400 people landed at the lake port of Kagunga on Monday, the agency said."
    assert ("entries", 400, "Kagunga") in placed(text, origin="Burundi")


def test_a_bridge_the_table_does_not_know_keeps_its_name():
    text = "Crossings" + N + "Some 1,200 people came over the Pamban bridge on Tuesday, officials said."
    assert ("entries", 1200, "Pamban") in placed(text, origin="Sri Lanka")
