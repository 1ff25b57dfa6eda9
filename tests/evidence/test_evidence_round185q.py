"""Rules added after reading rounds 185-188 (branch evr185q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round181q import WEEK, dated, read


def test_a_later_clause_and_sentence_count_the_reporting_period_named_before_them():
    text = (
        "ROAD POLICE OF VERAN\nOn the traffic of citizens of Dorland over the river in the period from 03.04.1961 until "
        "09.04.1961\n\n"
        "1. Since 01.04.1961 the ferry has run twice a day.\n\n"
        "2. In the reporting period over the Veran bridge arrived 5 120 citizens of Dorland, and departed back 3 470 "
        "citizens of Dorland. The balance made 1 650 persons.\n"
    )
    found = dated(text)
    assert found[5120] == WEEK
    assert found[3470] == WEEK
    assert found[1650] == WEEK


HEADING = (
    "ROAD POLICE OF VERAN\nOn the traffic of citizens of Dorland over the river in the period from 03.04.1961 until "
    "09.04.1961\n\n"
)


def test_the_day_of_a_part_counted_after_of_them_dates_the_part_not_the_whole():
    text = HEADING + (
        "1. In the reporting period through the post \"Veran\" entered 3 200 persons, of them only in the day of "
        "05.04.1961 - 640 persons.\n"
    )
    found = dated(text)
    assert found[3200] == WEEK
    assert found[640] == (date(1961, 4, 5), date(1961, 4, 5))


def test_a_bulletin_count_with_no_time_of_its_own_is_the_bulletins_window():
    text = HEADING + (
        "1. Since 01.04.1961 the ferry has run twice a day.\n\n"
        "2. Through the bridge \"Veran\" entered 2 480 persons, through the ferry - 730 persons.\n"
    )
    assert {dated(text)[value] for value in (2480, 730)} == {WEEK}


def test_a_count_read_across_an_aside_between_dashes():
    text = (
        "Officials at Veran say some 3,700 travellers from Dorland - traders, students and the families of both - have "
        "crossed the bridge in the past week."
    )
    assert [(f.quantity, f.value) for f in read(text)] == [("entries", 3700)]
