"""Rules added after the read of rounds 340-343 for periods and quantities (branch evr344q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round340q import _found  # (published 10 March 2011, a Thursday)


def test_left_the_host_through_its_crossing_to_go_home_is_an_exit_there():
    found = _found(
        "Meanwhile about 2,640 Nicaraguans left Costa Rica through Peñas Blancas on Wednesday to return to their country for the harvest.",
        origin="Nicaragua",
    )
    assert found == [("exits", 2640, "Penas Blancas", date(2011, 3, 9), date(2011, 3, 9))], found  # (evr388p: the table's spelling)


def test_left_the_host_through_its_crossing_home_to_a_town_of_the_origin_is_an_exit_there():
    found = _found(
        "Traffic also runs the other way: some 2,640 Russians left Finland through Vaalimaa on Wednesday, most of them "
        "returning to St Petersburg after a weekend away.",
        origin="Russia",
    )
    assert found == [("exits", 2640, "Vaalimaa", date(2011, 3, 9), date(2011, 3, 9))], found


def test_returned_home_through_a_crossing_with_no_country_left_stays_coming_home():
    # ((branch evr552q) named by their nationality, people going home through a crossing leave there with no country
    # left named too: exits, as LABELLING.md reads people going back home; a count named by no nationality stays
    # their coming home)
    found = _found("On Wednesday some 2,640 Nicaraguans returned home through Peñas Blancas.", origin="Nicaragua")
    assert found and found[0][0] == "exits", found
    found = _found("On Wednesday some 2,640 people returned home through Peñas Blancas.", origin="Nicaragua")
    assert found and found[0][0] != "exits", found
