"""Rules added after the read of rounds 368-371 for figures not read and distractors (branch evr372r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import quantities

_rows = partial(quantities, published=date(2022, 10, 4), origin="Russia")


def test_people_intercepted_at_sea_left_their_country():
    text = (
        "MIAMI -- Coast Guard cutters kept stopping overloaded sailboats north of Haiti this week. "
        "On Monday the cutters intercepted 1,260 Haitians in the Windward Passage. "
        "Since May 1, more than 9,400 Haitian migrants have been interdicted."
    )
    rows = _rows(text, published=date(1994, 6, 8), origin="Haiti")
    assert ("departures_total", 1260) in rows
    assert ("departures_total", 9400) in rows


def test_people_intercepted_and_returned_to_shore_stay_no_figure():
    text = (
        "Arrivals in Italy this year stand at 21,400. In the same weeks the Tunisian Coast Guard intercepted "
        "around 450 people off Sfax and returned them to shore."
    )
    rows = _rows(text, published=date(2023, 4, 9), origin="Tunisia")
    assert not [r for r in rows if r[1] == 450]


def test_people_returned_who_were_intercepted_are_not_counted_as_leaving():
    text = (
        "MIAMI -- The Coast Guard cutter Dauntless arrived in Port-au-Prince this morning and returned 412 Haitian "
        "migrants who were intercepted at sea."
    )
    rows = _rows(text, published=date(1991, 11, 20), origin="Haiti")
    assert ("departures_total", 412) not in rows


def test_a_usual_month_is_a_baseline():
    text = (
        "On Monday 6,030 Russians crossed into Georgia at Upper Lars, the ministry said. "
        "In a normal October, by comparison, about 900 Russian citizens a day entered Georgia."
    )
    rows = _rows(text)
    assert ("entries", 6030) in rows
    assert not [r for r in rows if r[1] == 900]


def test_water_for_people_is_a_need():
    text = (
        "About 3,100 Chadians crossed the bridge into Kousseri on Tuesday. "
        '"We have drinking water for 8 000 people for now," said a volunteer.'
    )
    rows = _rows(text, published=date(2008, 2, 6), origin="Chad")
    assert ("entries", 3100) in rows
    assert not [r for r in rows if r[1] == 8000]


def test_those_left_still_in_the_country_after_a_partitive():
    text = (
        "The ministry said 61,200 Russian citizens entered Kazakhstan between 21 September and Sunday, while "
        "40,100 left over the same days. That leaves roughly 21,100 of the arrivals still in Kazakhstan."
    )
    rows = _rows(text)
    assert ("net_arrivals", 21100) in rows


def test_ships_are_no_people():
    text = (
        "Yesterday about 2,400 Albanians landed at Otranto. The harbour master said 9 freighters and 14 ships "
        "had arrived since Sunday."
    )
    rows = _rows(text, published=date(1991, 3, 9), origin="Albania")
    assert ("entries", 2400) in rows
    assert not [r for r in rows if r[1] in (9, 14)]


def test_children_admitted_to_a_programme_are_helped_not_moving():
    text = (
        "Since January, 48,000 Malians have crossed into Niger at Abala. "
        "The agency has admitted 270 children to its nutrition programme since April."
    )
    rows = _rows(text, published=date(2012, 5, 23), origin="Mali")
    assert not [r for r in rows if r[1] == 270]


def test_a_ship_named_by_its_kind_brings_people():
    text = (
        "Thousands of Albanians kept landing on the Italian coast. At Brindisi, the freighter Vlora brought 2,300 "
        "on Thursday."
    )
    rows = _rows(text, published=date(1991, 3, 9), origin="Albania")
    assert ("entries", 2300) in rows


def test_people_who_stand_at_the_barrier_are_waiting():
    for said, value in (
        ("At the gate before the Kazakh post stand now about 1 300 people with suitcases.", 1300),
        ("Before the barrier at the moment stand about 650 persons on foot.", 650),
    ):
        rows = _rows("Yesterday 4 100 Russians crossed into Kazakhstan at Zhaisan. " + said)
        assert ("other", value) in rows, said
