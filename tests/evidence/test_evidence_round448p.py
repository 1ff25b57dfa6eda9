"""Rules added after the read of rounds 444-447 for places (branch evr448p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def _rows(text: str, published: date = date(2022, 10, 5)):
    return placed(text, published=published, trigger=date(2022, 9, 21), origin="Russia")


def test_leaving_the_territory_of_a_named_host_is_the_hosts_exits():
    rows = _rows("BISHKEK, 5 October 2022\n\nLast week 12 400 citizens of Russia left the territory of the Kyrgyz Republic.")
    assert ("exits", 12400, "Kyrgyzstan") in rows
    rows = _rows("YEREVAN, 5 October 2022\n\nOver the week 6 150 Russian nationals left the territory of Armenia by road.")
    assert ("exits", 6150, "Armenia") in rows


def test_leaving_the_territory_of_the_republic_is_the_hosts_exits():
    text = (
        "ASTANA, 5 October 2022\n\nSince 21 September, 180 000 Russians have entered Kazakhstan, the ministry said. "
        "Over the same period 96 300 citizens of the Russian Federation left the territory of the republic."
    )
    assert ("exits", 96300, "Kazakhstan") in _rows(text)


def test_entering_a_towns_region_through_several_checkpoints_is_the_region():
    # (the first checkpoint of the list is written in the gazetteer at the Russian post of its pair)
    text = (
        "PAVLODAR, 5 October 2022\n\nOn Tuesday 2 770 Russian citizens entered Pavlodar region through the "
        "automobile checkpoints Sharbakty and Zhelezinka."
    )
    assert ("entries", 2770, "Pavlodar") in _rows(text)


def test_entering_the_region_after_a_part_at_a_crossing_is_the_region_named_before():
    text = (
        "KOSTANAY, 5 October 2022\n\nOn 4 October, 6 020 Russians entered Kostanay region through its road posts. "
        "Of them, 2 910 came through the checkpoint Kairak. On Monday, 5 480 people had entered the region."
        "\n\nSince the decree, 52 700 Russians have entered the territory of the region, the department said."
    )
    rows = _rows(text)
    assert ("entries", 5480, "Kostanay") in rows
    assert ("entries", 52700, "Kostanay") in rows


def test_arriving_in_the_republic_is_the_reports_host_not_the_neighbour_named_last():
    text = (
        "TASHKENT, 5 October 2022\n\n1. In September 95 000 Russian citizens arrived in Uzbekistan, the committee said. "
        "Flights to Uzbekistan were added.\n\n"
        "2. Most came by land through checkpoints on the border with Kazakhstan.\n\n"
        "3. From 21 to 30 September, 48 200 citizens of the Russian Federation arrived in the republic."
    )
    assert ("entries", 48200, "Uzbekistan") in _rows(text)
