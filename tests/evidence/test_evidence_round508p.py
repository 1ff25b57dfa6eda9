"""Rules added after the read of rounds 508-511 for places (branch evr508p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_arrests_naming_no_place_in_a_statement_under_a_letterhead_are_the_writing_governments():
    text = (
        "REPUBLIC OF MALAWI\n"
        "Ministry of Home Affairs\n\n"
        "PRESS STATEMENT\n\n"
        "Since 3 March some 6,400 persons from Mozambique have crossed into Malawi at Mwanza.\n\n"
        "Since Tuesday the police have detained 42 armed men who refused to hand over their guns."
    )
    rows = rows_of(42, text, published=date(2016, 3, 11), trigger=date(2016, 3, 1), origin="Mozambique")
    assert [(r[0], r[2]) for r in rows] == [("arrests", "Malawi")]


def test_a_letterhead_naming_no_country_leaves_the_arrests_to_the_origin():
    text = (
        "OFFICIAL PORTAL OF THE HEAD OF THE REPUBLIC OF DAGESTAN\n\n"
        "Since Friday the police have detained 42 men who protested against the call-up."
    )
    rows = rows_of(42, text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert [(r[0], r[2]) for r in rows] == [("arrests", "Russia")]


def test_arrests_by_another_countrys_side_under_a_letterhead_stay_that_sides():
    text = (
        "REPUBLIC OF MALAWI\n\n"
        "PRESS STATEMENT\n\n"
        "Since Tuesday the Mozambican side has detained 42 persons near the border post."
    )
    rows = rows_of(42, text, published=date(2016, 3, 11), trigger=date(2016, 3, 1), origin="Mozambique")
    assert [(r[0], r[2]) for r in rows] == [("arrests", "Mozambique")]


def test_a_peoples_republic_letterhead_names_its_country():
    text = (
        "GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH\n\n"
        "PRESS RELEASE\n\n"
        "In the past week the police have detained 42 boatmen for carrying persons in overloaded boats."
    )
    rows = rows_of(42, text, published=date(2017, 9, 12), trigger=date(2017, 8, 25), origin="Myanmar")
    assert [(r[0], r[2]) for r in rows] == [("arrests", "Bangladesh")]
