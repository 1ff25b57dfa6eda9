"""Rules added after the read of rounds 576-579 for places (branch evr576p; sentences written for these tests)."""

from datetime import date

from exodus.evidence.gazetteer import find_places
from tests.evidence.test_evidence_round70 import placed

CYPRUS_2022 = dict(published=date(2022, 11, 2))
IRAQ_1991 = dict(published=date(1991, 4, 18), trigger=date(1991, 3, 28), origin="Iraq")
LIBYA_2011 = dict(published=date(2011, 3, 9), trigger=date(2011, 2, 15), origin="Libya")
OCTOBER_21 = dict(published=date(2022, 10, 21))
POLAND_2021 = dict(published=date(2021, 11, 20), trigger=date(2021, 8, 1), origin="Belarus")
HONDURAS_2019 = dict(published=date(2019, 4, 20), trigger=None, origin="Honduras")
SLOVENIA_2015 = dict(published=date(2015, 10, 24), trigger=None, origin="Slovenia")


def test_the_republic_unnamed_under_a_letterhead_is_the_letterheads_country():
    text = (
        "REPUBLIC OF CYPRUS\nMINISTRY OF INTERIOR\n\nNicosia, 2 November 2022\n\n"
        "3. In the same weeks, from 21 September to 31 October, 6,950 Russian nationals departed from the Republic."
    )
    assert placed(text, **CYPRUS_2022) == [("exits", 6950, "Cyprus")]


def test_a_total_row_in_spaced_columns_under_towns_airports_is_their_countrys():
    text = (
        "Russian nationals by airport, 21 September - 20 October 2022:\n\n"
        "Airport                        Arrivals      Departures\n"
        "Antalya Airport                  31,200          22,400\n"
        "Istanbul Airport                 12,800           9,100\n"
        "Total                            44,000          31,500\n"
    )
    rows = placed(text, **OCTOBER_21)
    assert ("entries", 44000, "Turkey") in rows and ("exits", 31500, "Turkey") in rows


def test_krabi_is_a_town_of_the_gazetteer():
    assert [(m.place.name, m.place.kind, m.place.country) for m in find_places("flights to Krabi")] == [("Krabi", "city", "Thailand")]
    text = "Krabi International Airport recorded 2,140 arrivals of Russian nationals between 21 September and 20 October."
    assert placed(text, **OCTOBER_21) == [("entries", 2140, "Krabi")]


def test_a_country_named_once_in_passing_is_not_the_one_whose_towns_the_report_names():
    text = (
        "THAI IMMIGRATION BUREAU\n\n"
        "1. Since 21 September, 18,200 Russian nationals have arrived at Suvarnabhumi Airport in Bangkok, many of "
        "them on flights via Kuala Lumpur and Singapore.\n\n"
        "2. Krabi airport recorded 900 such arrivals and Phuket 4,100. Bangkok remains the first stop.\n\n"
        "3. Since 1 October, officers of the Tourist Police have arrested 17 Russian nationals for working without a "
        "Thai work permit."
    )
    assert ("arrests", 17, "Thailand") in placed(text, **OCTOBER_21)


def test_the_airports_of_two_towns_together_are_neither_towns():
    text = "Since 2 March, some 9,150 migrant workers have been flown out of Tunisia from Monastir and Gabès airports."
    assert placed(text, **LIBYA_2011) == [("exits", 9150, "Tunisia")]


def test_a_region_set_off_after_a_town_set_off_by_at_is_not_the_counts_place():
    text = "Further north, at Paveh, in Kermanshah province, officials counted 4,100 arrivals on Wednesday."
    assert placed(text, **IRAQ_1991) == [("entries", 4100, "Paveh")]


def test_the_government_whose_letterhead_opens_a_statement_is_its_main_country():
    text = (
        "GOVERNMENT OF MEXICO | MINISTRY OF THE INTERIOR\nNATIONAL MIGRATION INSTITUTE\n\n"
        "Most of the families came from Honduras through Guatemala, by road from Guatemala City to the border of "
        "Guatemala with Tabasco.\n\n"
        "Since 1 January, the INM has recorded 14,300 entries of foreign persons through Ciudad Hidalgo and Talisman."
    )
    assert placed(text, **HONDURAS_2019) == [("entries", 14300, "Mexico")]


def test_a_land_crossed_into_at_a_crossing_named_after_it_is_no_crossing():
    text = "More than 9,000 persons have crossed into Styria at Bad Radkersburg since Monday, the police in Austria said."
    assert placed(text, **SLOVENIA_2015) == [("entries", 9000, "Bad Radkersburg")]


def test_a_list_of_nationalities_does_not_make_the_reports_main_country():
    text = (
        "POLISH BORDER GUARD - PRESS OFFICE\n\n"
        "1. In the past 24 hours, 38 foreigners who had crossed the border from Belarus illegally were detained, "
        "citizens of Iraq, Syria and Yemen.\n\n"
        "2. The Turkish authorities no longer let citizens of Iraq, Syria and Yemen board flights to Minsk.\n\n"
        "3. Yesterday 24 foreigners who had crossed the border illegally were ordered to leave Poland."
    )
    assert ("arrests", 38, "Poland") in placed(text, **POLAND_2021)


def test_a_table_row_by_day_under_a_caption_naming_the_reports_crossing_is_that_crossings():
    text = (
        "Arrivals at the border crossing of Ben Guerdane rose again this week.\n\n"
        "Entries from Libya into Tunisia at Ben Guerdane\n\n"
        "  Date                   Total\n"
        "  Friday 4 March         1,310\n"
        "  Saturday 5 March       1,460\n"
    )
    rows = placed(text, **LIBYA_2011)
    assert ("entries", 1310, "Ben Guerdane") in rows and ("entries", 1460, "Ben Guerdane") in rows
