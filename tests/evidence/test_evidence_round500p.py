"""Rules added after the read of rounds 496-503 for places (branch evr500p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_the_other_way_after_a_crossings_part_of_the_countrys_entries_is_the_countrys():
    text = (
        "On Sunday 9 400 people from Ukraine entered Romania. Of them, 4 100 came in at Siret.\n\n"
        "In the other direction, 2 300 people left Romania for Ukraine the same day."
    )
    rows = placed(text, published=date(2022, 3, 8), trigger=None, origin="Ukraine")
    assert ("exits", 2300, "Romania") in rows


def test_the_other_way_after_a_list_of_crossings_under_the_countrys_entries_is_the_countrys():
    text = (
        "Since 24 February, 96 000 people have entered Hungary from Ukraine.\n\n"
        "Entries yesterday by crossing point:\n\n"
        "- Zahony: 5 200\n"
        "- Beregsurany: 3 900\n\n"
        "In the opposite direction, some 7 000 people have crossed from Hungary into Ukraine since 24 February."
    )
    rows = placed(text, published=date(2022, 3, 3), trigger=None, origin="Ukraine")
    assert ("exits", 7000, "Hungary") in rows


def test_the_other_way_after_a_crossings_own_entries_stays_at_the_crossing():
    text = (
        "Officials at the post said that 150 people walked up to the barrier in the morning.\n\n"
        "Through the Siret crossing 4 100 people entered Romania yesterday. In the opposite direction, 1 200 left "
        "Romania for Ukraine."
    )
    rows = placed(text, published=date(2022, 3, 8), trigger=None, origin="Ukraine")
    assert ("exits", 1200, "Siret") in rows


def test_people_gathered_on_the_shore_at_a_town_wait_there_not_at_the_landing_named_before():
    text = (
        "3. Boats from the Congolese side keep landing at Kashikishi harbour, where 320 persons landed on Tuesday.\n\n"
        "4. Fishermen report that about 2,400 people are gathered on the shore at Mbeleko, waiting for boats to Zambia."
    )
    rows = placed(text, published=date(2017, 9, 20), trigger=None, origin="Democratic Republic of the Congo")
    assert ("other", 2400, "Mbeleko") in rows


def test_people_gathered_on_a_day_at_a_town_wait_there():
    text = (
        "Arrivals continued at Mentao on Sunday.\n\n"
        "On the Malian side, village chiefs say some 1,800 people were gathered on Sunday at Tessamba, waiting for "
        "lorries to take them across."
    )
    rows = placed(text, published=date(2012, 3, 13), trigger=None, origin="Mali")
    assert ("other", 1800, "Tessamba") in rows
