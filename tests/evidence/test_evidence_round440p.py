"""Rules added after the read of rounds 436-439 for places (branch evr440p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

_URALSK = "URALSK, 30 September 2022 - The regional border department gave its weekly figures on Thursday. "


def _rows(text: str, published: date, origin: str = "Russia"):
    return placed(text, published=published, trigger=date(2022, 9, 21), origin=origin)


def test_going_home_through_several_crossings_is_the_country_lefts_exits():
    # not the region the sentence before counted entries into
    rows = _rows(
        _URALSK
        + "Since 21 September, 52 300 people have entered Aktobe region from Russia."
        + " Over the same days 8 700 people went back into Russia through the three checkpoints.",
        date(2022, 9, 30),
    )
    assert ("exits", 8700, "Kazakhstan") in rows
    rows = _rows(
        _URALSK
        + "In all, 52 300 foreigners have entered Uralsk region from Russia since 21 September."
        + " In the same period 8 700 people crossed back into Russia through the two posts.",
        date(2022, 9, 30),
    )
    assert ("exits", 8700, "Kazakhstan") in rows


def test_going_home_through_one_named_crossing_stays_the_crossings():
    # (guard) one crossing named: its own exits
    rows = _rows(_URALSK + "On Thursday 1 150 people went back into Russia through the Mashtakovo checkpoint.", date(2022, 9, 30))
    assert ("exits", 1150, "Mashtakovo") in rows
