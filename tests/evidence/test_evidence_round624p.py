"""Rules added after the read of rounds 624-627 for places (branch evr624p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

UGANDA_2022 = dict(published=date(2022, 5, 14), trigger=date(2022, 5, 1), origin="DR Congo")
SOUTH_SUDAN_2013 = dict(published=date(2013, 6, 20), trigger=date(2013, 5, 1), origin="Sudan")


def test_a_tables_rows_are_at_the_transit_centre_its_title_names_not_where_people_were_relocated_to():
    text = (
        "OFFICE OF THE PRIME MINISTER\n"
        "Situation Report No. 4\n\n"
        "Shelling around the villages across the river has brought a new influx into the district of Kisoro.\n\n"
        "Table 1: Kisenyi Transit Centre, 10 - 12 May 2022\n\n"
        "Date          New arrivals   Relocated to Nakivale\n"
        "Tue 10 May           840                       0\n"
        "Wed 11 May           910                     300\n"
    )
    assert [row for row in placed(text, **UGANDA_2022) if row[1] in (840, 910)] == [
        ("entries", 840, "Kisenyi"),
        ("entries", 910, "Kisenyi"),
    ]


def test_a_tables_rows_are_at_the_camp_the_report_names_by_its_centre_not_the_one_relocated_to():
    text = (
        "UNHCR SOUTH SUDAN OPERATIONAL UPDATE\n\n"
        "Families continue to walk south from the hills into South Sudan and are received at the Gorom reception "
        "centre.\n\n"
        "Table 2. New arrivals at Gorom and relocations to Makpandu, by week\n\n"
        "Week               New arrivals at Gorom   Relocated to Makpandu\n"
        "3 - 9 June                 1,240                    410\n"
        "10 - 16 June               1,385                    520\n"
    )
    assert [row for row in placed(text, **SOUTH_SUDAN_2013) if row[1] in (1240, 1385)] == [
        ("entries", 1240, "Gorom"),
        ("entries", 1385, "Gorom"),
    ]
