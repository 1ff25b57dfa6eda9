"""Rules added after the read of rounds 452-455 for places (branch evr456p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def _rows(text, **kwargs):
    return placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia", **kwargs)


def test_a_lines_length_up_to_a_village_is_the_crossings_queue_not_the_villages():
    text = (
        "VLADIKAVKAZ, 28 September 2022\n\nSome 4,200 people crossed the checkpoint Upper Lars on Tuesday, "
        "the border service said. On Wednesday morning the line of cars was about 14 km, up to the village of "
        "Balta. Drivers said the waiting time reached up to a day and a half."
    )
    rows = _rows(text)
    assert ("queue_length_km", 14, "Verkhny Lars") in rows
    assert ("wait_hours", 36, "Verkhny Lars") in rows
    assert not any(place == "Balta" for _quantity, _value, place in rows)


def test_crossing_from_the_host_into_the_origin_through_a_crossing_leaves_by_that_crossing():
    text = "Over the weekend some 3,100 people crossed from Pakistan into Afghanistan through Torkham, officials said."
    rows = placed(text, published=date(2021, 9, 6), origin="Afghanistan")
    assert ("exits", 3100, "Torkham") in rows
    text = "Over the weekend some 3,100 people crossed from Pakistan into Afghanistan, officials at Torkham said."
    rows = placed(text, published=date(2021, 9, 6), origin="Afghanistan")
    assert ("exits", 3100, "Pakistan") in rows
