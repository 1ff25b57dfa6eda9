"""Rules added after the read of rounds 520-523 for periods and quantities (branch evr520q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_people_who_remain_on_the_side_they_came_from_are_waiting():
    text = (
        "At noon, about 650 travellers, most of them in cars, remain on the Belarusian side before the Terespol "
        "checkpoint in the hope of crossing."
    )
    rows = rows_of(650, text, published=date(2021, 11, 9))
    assert [r[0] for r in rows] == ["other"]


def test_people_who_remained_on_the_bridge_are_waiting():
    text = "By Sunday evening, some 1,700 migrants remained on the bridge over the Suchiate, under plastic sheeting."
    rows = rows_of(1700, text, published=date(2018, 10, 21))
    assert [r[0] for r in rows] == ["other"]
