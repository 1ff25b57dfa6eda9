"""Rules added after the read of rounds 448-451 for places (branch evr452p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_crossing_the_border_near_a_town_the_gazetteer_lacks_is_that_town():
    text = (
        "SAN SALVADOR, 12 March 1982\n\nSome 240 peasants crossed at El Poy on Sunday, relief workers said. "
        "On Monday another 95 crossed the border near Santa Rosita, a church worker said."
    )
    rows = placed(text, published=date(1982, 3, 12), origin="El Salvador")
    assert ("entries", 95, "Santa Rosita") in rows
    text = "Since Friday about 1,300 villagers have come over the frontier near Kaniyaw, officials said."
    assert ("entries", 1300, "Kaniyaw") in placed(text, published=date(1988, 9, 2), origin="Iraq")


def test_a_wait_in_a_town_the_gazetteer_lacks_is_that_towns():
    text = (
        "CAIRO, 2 May 2023\n\nAbout 180 buses stood at the Argeen port on Monday. "
        "Families without papers wait in Abu Hamad for three to four days before they can go on."
    )
    rows = placed(text, published=date(2023, 5, 2), origin="Sudan")
    assert ("wait_hours", 96, "Abu Hamad") in rows


def test_a_town_waited_in_with_its_villages_names_no_place():
    text = (
        "CAIRO, 2 May 2023\n\nAbout 180 buses stood at the Argeen port on Monday. "
        "Some 3,000 people still wait in Abu Hamad and in the villages around to cross."
    )
    rows = placed(text, published=date(2023, 5, 2), origin="Sudan")
    assert not any(place == "Abu Hamad" for _quantity, _value, place in rows)


def test_arrests_for_the_call_up_at_a_hosts_crossing_are_the_origins():
    def rows(text):
        return placed(text, published=date(2022, 10, 5), trigger=date(2022, 9, 21), origin="Russia")

    opening = "About 3,400 Russians crossed into Kazakhstan on Monday.\n\n"
    assert ("arrests", 7, "Russia") in rows(
        opening + "At Kairak, 7 men were detained by border guards on Tuesday and handed over to the Orenburg enlistment office."
    )
    assert ("arrests", 12, "Russia") in rows(
        opening + "At Mashtakovo 12 men were detained at the post on Monday on suspicion of evading mobilisation, lawyers said."
    )
    assert ("arrests", 6, "Russia") in rows(
        opening + "On Monday border guards at Kairak detained 6 men and took them to Orenburg, lawyers said."
    )


def test_arrests_by_another_countrys_police_in_its_town_stay_that_countrys():
    text = (
        "About 3,400 Russians crossed into Kazakhstan on Monday.\n\n"
        "The Kazakh police said they detained 9 Russian citizens in Uralsk and handed them over to Russian military "
        "commissariats."
    )
    rows = placed(text, published=date(2022, 10, 5), trigger=date(2022, 9, 21), origin="Russia")
    assert ("arrests", 9, "Kazakhstan") in rows
