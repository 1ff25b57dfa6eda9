"""Rules added after the read of rounds 512-515 for periods and quantities (branch evr512q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of


def test_people_still_in_a_country_as_of_a_day_who_came_after_a_day_run_from_that_day():
    text = (
        "According to the migration service, as of 14 March some 9 500 Ukrainian citizens who entered after 24 "
        "February remain in Moldova."
    )
    rows = rows_of(9500, text, published=date(2022, 3, 18), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 2, 24), date(2022, 3, 14))]


def test_people_still_in_a_country_as_of_a_day_with_no_day_they_came_are_that_day():
    text = "As of 14 March some 9 500 Ukrainian citizens remain in Moldova, the migration service said."
    rows = rows_of(9500, text, published=date(2022, 3, 18), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 3, 14), date(2022, 3, 14))]


def test_a_tables_column_is_read_by_its_own_header_cell_before_the_caption():
    text = (
        "Kyrgyz border service, weekly report\n\n"
        "Arrivals of foreign citizens rose again in the first two weeks of October, the service said.\n\n"
        "| Table 3. Arrivals and departures of foreign citizens, persons |  |  |  |\n"
        "| Week | Arrived | Departed | Net (stayed) |\n"
        "| 3-9 October | 12 840 | 9 115 | 3 725 |\n"
        "| 10-16 October | 10 260 | 8 930 | 1 330 |\n"
    )
    read = quantities(text, published=date(2022, 10, 20))
    assert ("entries", 12840) in read and ("exits", 9115) in read and ("net_arrivals", 3725) in read
    assert ("entries", 10260) in read and ("exits", 8930) in read and ("net_arrivals", 1330) in read


def test_a_column_of_a_table_aligned_by_spaces_is_read_by_the_header_above_it():
    text = (
        "Crossings at the northern border, autumn 2022\n\n"
        "Table 2. Crossings of Russian citizens at the northern land border\n\n"
        "  Month            Arrivals    Departures\n"
        "  October 2022       41,300        52,700\n"
        "  November 2022      38,900        44,100\n"
    )
    read = quantities(text, published=date(2023, 1, 12))
    assert ("entries", 41300) in read and ("entries", 38900) in read
    assert [q for q, v in read if v in (52700, 44100)] == ["exits", "exits"]
