"""Rules added after the read of rounds 328-331 for places (branch evr332p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2021, 2, 10)  # a Wednesday
TRIGGER = date(2021, 2, 1)


def _found(text, value, origin="Venezuela", published=PUBLISHED, trigger=TRIGGER):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if (f.value or f.value_high) == value]


CARABINEROS = {  # Chile's police named by its own name, with no country word: the arrests are Chile's
    "bare": "Near the Bolivian border, Carabineros arrested 7 men on Tuesday.",
    "adverb": "On Tuesday, Carabineros also detained 7 men who guided migrants near the Bolivian border.",
    "have": "Since the plan began, the Carabineros have detained 7 guides on the Bolivian border.",
}


@pytest.mark.parametrize("case", sorted(CARABINEROS))
def test_arrests_by_carabineros_are_chiles(case):
    found = _found(CARABINEROS[case], 7)
    assert found and all(row[:3] == ("arrests", 7, "Chile") for row in found), found


def test_kanyaru_is_the_akanyaru_post():
    # the post's short name, read as the crossing the gazetteer knows (Akanyaru, "Kanyaru Haut")
    found = _found(
        "On Monday 11 April 1994, 600 persons crossed into Burundi through Kanyaru, officials said.",
        600,
        origin="Rwanda",
        published=date(1994, 4, 13),
        trigger=date(1994, 4, 7),
    )
    assert found and all(row[:3] == ("entries", 600, "Akanyaru") for row in found), found
