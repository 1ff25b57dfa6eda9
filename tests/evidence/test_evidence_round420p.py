"""Rules added after the read of rounds 416-419 for places (branch evr420p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_almost_all_of_them_through_an_airport_leaves_the_country_entered():
    text = (
        "TBILISI - Georgia is still open to Russians without a visa.\n\n"
        "Border police say 8,400 Russian citizens entered Georgia last week. On Monday alone, 1,950 Russian citizens "
        "came into the country, nearly all of them through Tbilisi's international airport."
    )
    rows = placed(text, published=date(2022, 10, 4), trigger=None, origin="Russia")
    assert ("entries", 1950, "Georgia") in rows
    assert ("entries", 1950, "Tbilisi") not in rows


def test_a_region_entered_from_another_region_of_the_same_country_is_the_region():
    text = (
        "MAKHACHKALA, Russia (Reuters) - Families kept arriving from the fighting on Friday.\n\n"
        "Some 24,000 people have crossed into Dagestan from Chechnya since the shelling began, local officials said."
    )
    rows = placed(text, published=date(1999, 10, 8), trigger=None, origin=None)
    assert ("entries", 24000, "Dagestan") in rows


def test_a_region_entered_from_another_country_is_still_the_country():
    text = "About 3,100 people crossed from South Ossetia into North Ossetia on Sunday, officials in Vladikavkaz said."
    rows = placed(text, published=date(2008, 8, 11), trigger=None, origin="Georgia")
    assert ("entries", 3100, "North Ossetia") not in rows


def test_a_town_in_a_papers_name_is_no_place():
    text = (
        "Border guards said 4,300 Russian citizens entered Kazakhstan on Monday and about 1,900 have left it since, "
        "the ministry said in reply to a question from the Tbilisi Times."
    )
    rows = placed(text, published=date(2022, 10, 4), trigger=None, origin="Russia")
    assert ("exits", 1900, "Kazakhstan") in rows
    assert ("exits", 1900, "Georgia") not in rows


def test_the_country_left_is_not_the_neighbour_named_by_its_border():
    text = (
        "On Monday 3 900 Russian citizens entered Kazakhstan. Of them, 600 came by train through the Saryagash "
        "station on the Uzbek border. On the same day 1 700 Russian citizens left the country."
    )
    rows = placed(text, published=date(2022, 10, 4), trigger=None, origin="Russia")
    assert ("exits", 1700, "Kazakhstan") in rows
