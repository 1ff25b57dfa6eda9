"""Rules added after the read of rounds 404-407 for periods and quantities (branch evr408q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

_DTM = (
    "FLOW MONITORING SNAPSHOT 2: KASUMBALESA POINT OF ENTRY\n"
    "Data collection period: 3 - 14 March 2017 | Published: 15 March 2017\n\n"
    "KEY FIGURES\n\n"
    "- Since 3 March, enumerators have recorded 8,410 individuals arriving in Zambia through Kasumbalesa.\n"
    "- In the past seven days, 3,050 individuals arrived through Kasumbalesa.\n"
)


def test_a_data_collection_period_line_closes_a_running_count():
    rows = rows_of(8410, _DTM, published=date(2017, 3, 15), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2017, 3, 3), date(2017, 3, 14))]


def test_a_data_collection_period_line_leaves_the_past_seven_days_to_publication():
    rows = rows_of(3050, _DTM, published=date(2017, 3, 15), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2017, 3, 8), date(2017, 3, 15))]


def test_a_flash_updates_opening_sentence_closes_a_running_count():
    text = (
        "CHAD: Population movements from the Central African Republic\n"
        "Flash Update No. 2 | 9 January 2014\n\n"
        "This update is produced by OCHA Chad with humanitarian partners. It covers the period 5 to 8 January 2014. "
        "The next update will be issued on or around 13 January.\n\n"
        "Some 6 200 people have crossed into Chad at Sido since 24 December, according to the local authorities.\n"
    )
    rows = rows_of(6200, text, published=date(2014, 1, 9), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2013, 12, 24), date(2014, 1, 8))]


_STATEMENT = (
    "UGANDA RED CROSS SOCIETY\n"
    "PRESS STATEMENT\n\n"
    "Kampala, Thursday 14 June 2012\n\n"
    "RED CROSS RECEIVES CONGOLESE AT BUNAGANA\n\n"
    "Situation as of 13 June 2012, 5.00 pm:\n\n"
    "1. Since 6 June, a total of 4,870 persons have crossed from the DRC into Uganda at Bunagana.\n\n"
    "2. An estimated 900 people are gathered on the Congolese side of the border post, waiting to cross.\n"
)


def test_a_situation_as_of_line_closes_a_running_count():
    rows = rows_of(4870, _STATEMENT, published=date(2012, 6, 14), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2012, 6, 6), date(2012, 6, 13))]


def test_people_waiting_under_a_situation_as_of_line_are_counted_that_day():
    rows = rows_of(900, _STATEMENT, published=date(2012, 6, 14), trigger=None)
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2012, 6, 13), date(2012, 6, 13))]
