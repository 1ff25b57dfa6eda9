"""Place rules added after the first read of rounds 260-263 (branch evr264p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a town the gazetteer lacks, opening the sentence ("At X, ...") or set off after "at", written with accented
    # letters: the town, as one without accents is read, not the country
    ("Spaniards cross into France" + N + "Some 30,000 came over at Le Perthus on Friday. At Lamanère, in the hills, between 2,000 and 3,000 people came over the col on Saturday.", "Spain", ("entries", 3000, "Lamanère")),
    ("Refugees reach Hungary" + N + "Some 6,000 have come in at Hegyeshalom since Monday. Farther south, at Répcevis, about 700 crossed the fields on Tuesday night.", "Austria", ("entries", 700, "Répcevis")),
]
CASES += [
    # (the world table) Kazakhstan's Kyzyltu post on the road from Petropavl, in Bulayevo district
    ("Russians enter Kazakhstan" + N + "Over the week 9 800 citizens of the Russian Federation entered Kazakhstan through the Kyzyltu (Bulayevo) checkpoint.", "Russia", ("entries", 9800, "Kyzyltu")),
]
KEPT = [
    # (a name opening the sentence before an aside on where it lies was read before, by branch evr248p's rule)
    ("Refugees reach Hungary" + N + "Some 6,000 have come in at Hegyeshalom since Monday. At Sopronkövesd, south of the lake, about 700 crossed the fields on Tuesday night.", "Austria", ("entries", 700, "Sopronkövesd")),
    # a town without accents reads as before
    ("Spaniards cross into France" + N + "Some 30,000 came over at Le Perthus on Friday. At Coustouges, in the hills, about 2,000 people came over the col on Saturday.", "Spain", ("entries", 2000, "Coustouges")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
