"""Rules added after reading rounds 181-184 (branch evr181q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures


def read(text):
    return figures(text, published=date(1961, 4, 10), trigger=None, origin="Dorland")


def dated(text):
    return {f.value: (f.period.start, f.period.end) for f in read(text)}


WEEK = (date(1961, 4, 3), date(1961, 4, 9))


def test_a_numbered_reporting_period_line_names_the_window():
    text = (
        "TOWN OF VERAN - BORDER STATISTICS\nNo. 14/61, Veran, Monday 10 April 1961\n\n"
        "1. Reporting period: 3 to 9 April 1961.\n\n"
        "2. In the reporting period 4,310 persons entered Veran from Dorland over the river ferry.\n"
    )
    assert dated(text)[4310] == WEEK


def test_a_reporting_week_line_with_weekdays_names_the_window():
    text = (
        "CUSTOMS OFFICE OF VERAN\nWeekly bulletin No. 14\nReporting week: Monday 3 April - Sunday 9 April 1961\n\n"
        "During the reporting week 2,870 citizens of Dorland entered through Veran.\n"
    )
    assert dated(text)[2870] == WEEK


def test_people_not_let_through_crossed_no_border():
    # translated refusals: no one crossed
    assert read('The border guards at the post "Veran" did not let through 140 citizens of Dorland without valid papers.') == []
    assert read("In the same week at the Veran point were not let through 96 persons who came by car.") == []


def test_people_let_through_are_still_read():
    found = read("On Tuesday the guards at Veran let through 1,400 citizens of Dorland.")
    assert [f.value for f in found] == [1400]


def test_citizens_of_a_state_name_the_people_whose_country_is_the_origin():
    # translated statements name their people "citizens of the <state>", no demonym: the origin all the same
    from exodus.evidence import parse_document
    from exodus.evidence.figures import infer_origin

    text = (
        "STATE BORDER SERVICE OF MONGOLIA\n\n"
        "About the passage of the citizens of Kazakhstan through the state border of Mongolia\n\n"
        "1. In the period from 01.03.2023 until 07.03.2023 entered the country 2 100 citizens of Kazakhstan.\n\n"
        "2. In the same period left Mongolia through the airport 640 citizens of Kazakhstan; by road left Mongolia 90 "
        "persons.\n"
    )
    assert infer_origin(parse_document(text.encode("utf-8"), "inline.txt")) == "Kazakhstan"
