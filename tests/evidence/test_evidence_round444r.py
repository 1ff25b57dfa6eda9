"""Rules added after the read of rounds 440-443 for figures not read and distractors (branch evr444r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_trains_flats_and_lodging_units_counted_are_no_people():
    text = (
        "On Tuesday 6,400 persons crossed from Ukraine into Slovakia at Vysne Nemecke. Yesterday 9 trains from Uzhhorod "
        "arrived at Kosice station. A survey of 212 housing units found half of them empty, and the number of "
        "two-room flats offered for rent in Kosice rose to 1,340 from about 870 in February."
    )
    rows = quantities(text, published=date(2022, 3, 2), origin="Ukraine")
    assert 6400 in values(rows), rows
    for value in (9, 212, 1340, 870):
        assert value not in values(rows), rows


def test_units_of_transport_in_a_queue_stay_vehicles():
    text = "At the Kairak post on Tuesday in the queue stood 2 400 units of automobile transport."
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert ("queue_vehicles", 2400) in list(rows), rows


def test_let_into_a_country_and_cleared_at_a_post_are_entries():
    text = "Officials said 61,000 Kurds have been let into Iran since Friday. On Monday 3 900 persons were cleared at Dorohusk."
    rows = quantities(text, published=date(1991, 5, 6), origin="Iraq")
    got = list(rows)
    for value in (61000, 3900):
        assert ("entries", value) in got, rows


def test_not_let_into_a_country_or_let_into_a_region_is_no_entry():
    text = (
        "Not let into Latvia were 315 persons on Sunday. Yesterday 1 720 cars with other regions' numbers were let "
        "into the republic through the Chmi post."
    )
    rows = quantities(text, published=date(2022, 9, 27), origin="Russia")
    got = list(rows)
    assert ("entries", 315) not in got, rows
    assert 1720 not in values(rows), rows


def test_people_signed_up_on_a_platform_or_a_website_are_no_figure():
    text = (
        "Since Sunday 14,200 people have crossed into Armenia at the Hakari bridge. By noon, 61,400 persons have "
        "registered on the state's relief platform for a one-off payment, and 7,300 had registered through the "
        "ministry's website."
    )
    rows = quantities(text, published=date(2023, 9, 28), origin="Azerbaijan")
    assert 14200 in values(rows), rows
    for value in (61400, 7300):
        assert value not in values(rows), rows


def test_people_who_received_papers_are_no_entries():
    text = (
        "On Monday 2,300 Russians crossed into Mongolia at Altanbulag. In the village of Kyzyl-Dag, 48 men of "
        "1,200 inhabitants received summonses on one day."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert 2300 in values(rows), rows
    assert 48 not in values(rows), rows


def test_the_buses_people_rode_in_are_no_figure():
    text = (
        "Since Saturday 2,140 migrants have been returned to Honduras in 41 buses through the Corinto crossing, the "
        "migration institute said."
    )
    rows = quantities(text, published=date(2021, 1, 19), origin="Honduras")
    assert 2140 in values(rows), rows
    assert 41 not in values(rows), rows
