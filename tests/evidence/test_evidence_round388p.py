"""Rules added after the read of rounds 384-387 for places (branch evr388p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_bridge_written_with_a_lower_case_bridge_is_named_without_the_word():
    text = (
        "Families kept coming over the Allenby bridge on Wednesday.\n\n"
        "Some 1,900 people crossed the bridge that day, a Jordanian officer said."
    )
    rows = placed(text, published=date(1967, 6, 29), origin="Palestine")
    assert ("entries", 1900, "Allenby") in rows


def test_a_bridge_written_with_a_capital_bridge_keeps_the_word():
    text = "Some 1,900 people crossed the Allenby Bridge on Wednesday, a Jordanian officer said."
    rows = placed(text, published=date(1967, 6, 29), origin="Palestine")
    assert ("entries", 1900, "Allenby Bridge") in rows


def test_through_the_checkpoint_in_a_sentence_naming_none_is_the_crossing_named_before():
    text = (
        "The queue at Verkhny Lars grew again on Monday.\n\n"
        "Yesterday 5,300 people left Russia through the checkpoint, the border service said."
    )
    rows = placed(text, published=date(2022, 9, 27), origin="Russia")
    assert ("exits", 5300, "Verkhny Lars") in rows


def test_through_the_border_crossing_points_is_no_one_crossing():
    text = (
        "The queue at Verkhny Lars grew again on Monday.\n\n"
        "Yesterday 5,300 people left Russia through the border crossing points, the border service said."
    )
    rows = placed(text, published=date(2022, 9, 27), origin="Russia")
    assert not any(place == "Verkhny Lars" for _q, _v, place in rows)


def test_a_crossing_the_table_writes_without_accents_is_read_written_with_them():
    text = (
        "Syrians have been arriving at our border near Akçakale since the clashes began.\n\n"
        "On 9 June 2015, 1.640 Syrians entered our country through the Akçakale border gate."
    )
    rows = placed(text, published=date(2015, 6, 10), origin="Syria")
    assert ("entries", 1640, "Akcakale") in rows
