"""Rules added after the read of rounds 588-591 for periods and quantities (branch evr588q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

CHAD_2023 = dict(published=date(2023, 7, 10), trigger=date(2023, 4, 15), origin="Sudan")  # a Monday
GUATEMALA_2018 = dict(published=date(2018, 11, 7), trigger=None, origin="Honduras")  # a Wednesday
NIGERIA_2018 = dict(published=date(2018, 4, 20), trigger=date(2017, 10, 1), origin="Cameroon")
CHAD_2004 = dict(published=date(2004, 3, 2), trigger=None, origin="Sudan")


def test_a_fare_after_the_reporting_period_named_in_its_paragraph_is_of_the_day_published():
    text = (
        "FLASH UPDATE No. 4\nReporting period: 3 - 9 July 2023\n\nIn the reporting period, 14 buses took 620 refugees "
        "from the border to Farchana. Those who cannot wait for a bus pay about 7,000 CFA francs, about USD 12, for a "
        "seat on a lorry from Adre to Farchana."
    )
    assert rows_of(12, text, **CHAD_2023) == [
        ("flights_price_usd", 12, "Adre - Farchana", date(2023, 7, 10), date(2023, 7, 10))
    ]


def test_a_reporting_period_told_with_its_hours_is_the_bulletins_window():
    text = (
        "BULLETIN No. 12\nReporting period: from 07:00 hrs on Sunday 4 November to 07:00 hrs on Tuesday 6 November 2018\n\n"
        "The caravan reached the border on the evening of Friday 2 November.\n\nDuring the reporting period, 2,310 "
        "persons of the caravan entered Mexico at the Ciudad Hidalgo crossing."
    )
    assert rows_of(2310, text, **GUATEMALA_2018) == [
        ("entries", 2310, "Ciudad Hidalgo", date(2018, 11, 4), date(2018, 11, 6))
    ]


def test_a_count_in_a_sentence_opening_on_the_reporting_period_is_not_of_the_period_before_it_is_set_against():
    text = (
        "Reporting period: 3 - 9 July 2023\n\nDuring the reporting period, 5,140 refugees crossed into Chad at Adre, "
        "up from 4,020 in the previous reporting period (26 June - 2 July)."
    )
    assert rows_of(5140, text, **CHAD_2023) == [("entries", 5140, "Adre", date(2023, 7, 3), date(2023, 7, 9))]


def test_since_violence_escalated_in_regions_at_the_beginning_of_a_month_last_year_runs_from_then_to_publication():
    text = (
        "Since violence escalated in the anglophone regions at the beginning of October last year, some 21,000 "
        "Cameroonians have crossed into Nigeria, the agency said."
    )
    assert rows_of(21000, text, **NIGERIA_2018) == [("entries", 21000, "Nigeria", date(2017, 10, 1), date(2018, 4, 20))]


def test_since_the_fighting_escalated_in_a_month_last_year_runs_from_that_month_to_publication():
    text = "Some 95,000 Sudanese have crossed into Chad since the fighting in Darfur escalated in May last year."
    assert rows_of(95000, text, **CHAD_2004) == [("entries", 95000, "Chad", date(2003, 5, 1), date(2004, 3, 2))]
