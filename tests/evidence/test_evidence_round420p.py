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
