"""Rules added after the read of rounds 628-631 for periods and quantities (branch evr628q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed

OCTOBER_11 = dict(published=date(2022, 10, 11))


def test_those_come_still_in_the_municipality_are_people_still_there():
    text = (
        "The municipal office of Kotor says that about 1,900 of the Russians who arrived after 21 September are still "
        "in the municipality."
    )
    assert [q for q, _, _ in placed(text, **OCTOBER_11)] == ["net_arrivals"]


def test_those_come_still_in_the_district_are_people_still_there():
    text = (
        "The migration office of Fethiye says that some 3,100 Russians who arrived after 21 September are still in "
        "the district."
    )
    assert [q for q, _, _ in placed(text, **OCTOBER_11)] == ["net_arrivals"]


def test_a_day_opening_the_sentence_before_a_country_office_by_its_possessive_closes_the_window():
    text = (
        "On Tuesday, Armenia's migration service said that some 41,000 Russians had arrived in the country since "
        "the twenty-first of September."
    )
    found = [(f.quantity, f.period.start, f.period.end) for f in figures(text, published=date(2022, 10, 6))]
    assert found == [("entries", date(2022, 9, 21), date(2022, 10, 4))]


def test_people_who_left_one_country_for_another_are_no_hotel_guests():
    text = (
        "Since 21 September 2,480 people left Kazakhstan for Russia. In Uralsk, the hostels have been full since "
        "Friday, a receptionist said."
    )
    assert [q for q, _, _ in placed(text, published=date(2022, 9, 30))] == ["exits"]
