"""Rules added after the read of rounds 632-635 for periods and quantities (branch evr632q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

SUDAN_2023 = dict(published=date(2023, 6, 20), trigger=date(2023, 4, 15), origin="Sudan")
SUDAN_2023_NO_TRIGGER = dict(published=date(2023, 6, 20), trigger=None, origin="Sudan")


def periods(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_since_the_start_of_a_crisis_in_a_country_in_mid_month_is_since_the_trigger():
    text = "Since the start of the war in Sudan in mid-April, more than 96,000 people have crossed into Chad."
    assert periods(text, **SUDAN_2023) == [("entries", 96000, date(2023, 4, 15), date(2023, 6, 20))]


def test_since_the_beginning_of_a_crisis_in_a_month_and_year_runs_from_that_month():
    text = "Since the beginning of the crisis in May 2023, some 12,400 refugees have crossed into Chad at Adre."
    assert periods(text, **SUDAN_2023_NO_TRIGGER) == [("entries", 12400, date(2023, 5, 1), date(2023, 6, 20))]


def test_a_source_named_after_the_count_then_as_of_a_weekday_closes_the_window():
    text = (
        "Since 1 June, some 7,900 Sudanese have entered Chad through the crossing at Adre, according to the local "
        "authorities, as of Sunday evening."
    )
    assert periods(text, **SUDAN_2023) == [("entries", 7900, date(2023, 6, 1), date(2023, 6, 18))]


def test_a_source_with_an_initialism_named_after_the_count_then_as_of_a_date_closes_the_window():
    text = (
        "- 23,150 Sudanese refugees have crossed into Chad since the fighting began on 15 April, according to the "
        "Commission nationale d'accueil (CNARR) and UNHCR, as of 16 June."
    )
    assert periods(text, **SUDAN_2023) == [("entries", 23150, date(2023, 4, 15), date(2023, 6, 16))]


def test_a_call_up_target_whose_region_has_not_said_its_share_is_on_the_decrees_day():
    text = (
        "Across Russia, the defence ministry speaks of 300 000 reservists to be called up; the regional military "
        "commissariat has still not said how many men it must send."
    )
    found = [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, published=date(2022, 9, 28))]
    assert found == [("other", 300000, date(2022, 9, 21), date(2022, 9, 21))]


def test_a_call_up_target_whose_region_has_not_published_its_share_is_on_the_decrees_day():
    text = (
        "The defence ministry says 300 000 reservists are to be called up across the country; the Omsk region has "
        "not published its share."
    )
    found = [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, published=date(2022, 9, 28))]
    assert found == [("other", 300000, date(2022, 9, 21), date(2022, 9, 21))]


def test_people_waiting_told_in_the_past_after_and_are_of_the_scenes_day():
    text = (
        "On Sunday morning our team at Adre counted some 300 trucks on the Sudanese side, and the Chadian Red Cross "
        "estimated that about 4,500 people were waiting there to cross."
    )
    found = [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **SUDAN_2023)]
    assert ("other", 4500, date(2023, 6, 18), date(2023, 6, 18)) in found


def test_people_waiting_after_a_line_told_on_a_weekday_are_of_that_day():
    text = (
        "At Adre, a line of about 250 trucks stretched back some 5 km on Saturday, and an estimated 3,800 people were "
        "waiting on foot near the crossing."
    )
    found = [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **SUDAN_2023)]
    assert ("other", 3800, date(2023, 6, 17), date(2023, 6, 17)) in found


def test_people_waiting_in_a_said_and_that_clause_are_as_said_not_of_the_arrivals_day():
    text = (
        "Officials at Adre said between 2,000 and 3,000 arrived there on Saturday, and that about 6,000 more were "
        "waiting on the Sudanese side."
    )
    found = [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **SUDAN_2023)]
    assert ("other", 6000, date(2023, 6, 20), date(2023, 6, 20)) in found
