"""Rules added after the read of rounds 388-391 for places (branch evr392p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_the_police_of_a_region_no_table_holds_named_before_police_are_the_country_reached():
    text = (
        "Refugees from Myanmar keep walking into India, officials said on Monday.\n\n"
        "Hundreds more have entered Nagaland since the coup, a state minister said.\n\n"
        "Nagaland Police on Saturday arrested three men from Myanmar carrying pistols, an officer said."
    )
    rows = placed(text, published=date(2021, 5, 3), trigger=None, origin="Myanmar")
    assert ("arrests", 3, "India") in rows


def test_a_force_titled_federal_police_is_no_region():
    text = (
        "Refugees from Myanmar keep walking into India, officials said on Monday.\n\n"
        "Hundreds more have entered Nagaland since the coup, a state minister said.\n\n"
        "Federal Police on Saturday arrested three men from Myanmar carrying pistols, an officer said."
    )
    rows = placed(text, published=date(2021, 5, 3), trigger=None, origin="Myanmar")
    assert ("arrests", 3, "India") not in rows


def test_the_police_in_a_district_named_by_its_point_of_the_compass_are_the_dateline_country():
    text = (
        "MEDAN, Indonesia, June 2 - Fishermen brought 300 Rohingya ashore on Tuesday.\n\n"
        "Police in South Tapanuli said they had arrested five men who steered the boat."
    )
    rows = placed(text, published=date(2015, 6, 2), trigger=None, origin="Myanmar")
    assert ("arrests", 5, "Indonesia") in rows


def test_seats_sold_by_operators_in_a_town_start_there():
    text = (
        "Queues grew again at the Finnish border on Thursday.\n\n"
        "Bus operators in St. Petersburg are selling seats to Helsinki for 120 euros, about 118 US dollars."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("flights_price_usd", 118, "St Petersburg - Helsinki") in rows


def test_a_whole_told_before_a_part_of_whom_keeps_its_country():
    text = (
        "Crossings into Armenia rose again this week.\n\n"
        "On Friday, 4,200 Russians entered Armenia, of whom 3,100 came through the Verkhny Lars crossing."
    )
    rows = placed(text, published=date(2022, 10, 1), trigger=None, origin="Russia")
    assert ("entries", 4200, "Armenia") in rows
    assert ("entries", 3100, "Verkhny Lars") in rows


def test_a_whole_told_before_a_part_including_keeps_its_country():
    text = (
        "Crossings into Armenia rose again this week.\n\n"
        "On Friday, 4,200 Russians entered Armenia, including 3,100 through the Verkhny Lars crossing."
    )
    rows = placed(text, published=date(2022, 10, 1), trigger=None, origin="Russia")
    assert ("entries", 4200, "Armenia") in rows
