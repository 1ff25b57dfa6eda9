"""Rules added after the read of rounds 404-407 for places (branch evr408p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_bali_airport_by_its_own_name_is_written_at_denpasar():
    text = (
        "JAKARTA - Immigration officers at Ngurah Rai International Airport recorded 4,150 arrivals of Russian "
        "citizens in the week to Sunday, the directorate general said on Monday."
    )
    rows = placed(text, published=date(2022, 10, 10), trigger=None, origin="Russia")
    assert ("entries", 4150, "Denpasar") in rows
    assert ("entries", 4150, "Ngurah Rai") not in rows


def test_a_regions_name_with_town_after_it_is_the_town():
    text = (
        "Refugees keep arriving in Kigoma region from Burundi, the regional commissioner said.\n\n"
        "On Monday about 1,240 people who had crossed the lake were registered in Kigoma town, officials said."
    )
    rows = placed(text, published=date(2015, 5, 12), trigger=None, origin="Burundi")
    assert ("entries", 1240, "Kigoma") in rows
    assert ("entries", 1240, "Tanzania") not in rows


def test_a_regions_name_without_town_after_it_stays_its_country():
    # (branch evr412p) a region entered is at its seat town (LABELLING.md); one a count is only in stays the country's
    text = "Since 1 May about 9,800 refugees from Burundi have been registered in Kigoma region, the regional commissioner said."
    rows = placed(text, published=date(2015, 5, 12), trigger=None, origin="Burundi")
    assert ("entries", 9800, "Tanzania") in rows


def test_the_next_bulleted_count_of_arrivals_is_at_the_crossing_of_the_one_before():
    text = (
        "Flow monitoring update, 12 June 2023\n\n"
        "- On 10 June, 1,420 individuals were registered arriving at Metema from Sudan.\n"
        "- On 11 June, 1,275 arrivals were registered.\n"
    )
    rows = placed(text, published=date(2023, 6, 12), trigger=None, origin="Sudan")
    assert ("entries", 1420, "Metema") in rows
    assert ("entries", 1275, "Metema") in rows


def test_the_next_numbered_item_saying_who_entered_the_country_is_the_countrys():
    text = (
        "Statement of the Ministry, 12 June 2023\n\n"
        "1. On 10 June, 1,420 persons crossed into Ethiopia at Metema from Sudan.\n\n"
        "2. Since 1 June, 14,900 persons have entered Ethiopia.\n"
    )
    rows = placed(text, published=date(2023, 6, 12), trigger=None, origin="Sudan")
    assert ("entries", 14900, "Metema") not in rows


def test_a_report_naming_only_its_towns_arrests_at_their_country_not_one_named_in_passing():
    text = (
        "Russian arrivals at Phuket airport reached 8,200 in October, the immigration office in Phuket said.\n\n"
        "Some travel on to Laos or Cambodia after a few weeks.\n\n"
        "On Friday, police in Banyuraja arrested three Russian men for working as unlicensed guides, the district chief said."
    )
    rows = placed(text, published=date(2022, 11, 8), trigger=None, origin="Russia")
    assert ("arrests", 3, "Thailand") in rows
    assert ("arrests", 3, "Laos") not in rows
