"""Rules added after reading rounds 121-124 (branch evr121b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_people_gone_back_across_leave_through_the_crossing_the_report_stands_at():
    text = (
        "Lorries and families at Malaba\n\nMALABA, Kenya, 3 March -\n\n"
        "Some 2,000 Ugandans have crossed into Kenya at Malaba since Friday, officials said.\n\n"
        "About 90 people have gone back across to Tororo since Sunday, a guard said."
    )
    assert placed(text, published=date(2021, 3, 3), trigger=None, origin="Uganda") == [
        ("entries", 2000, "Malaba"),
        ("exits", 90, "Malaba"),
    ]



def test_people_waiting_with_no_place_of_their_own_wait_at_the_datelines_town():
    text = (
        "Boats to Dakar\n\nBANJUL, May 4 (Wire) - Some 1,500 Gambians have left for Senegal by boat since Friday, "
        "officials said.\n\n"
        "About 400 more were waiting on the quay on Monday, hoping for a place on a boat, a port official said."
    )
    assert placed(text, published=date(2021, 5, 4), trigger=None, origin="Gambia")[1] == ("other", 400, "Banjul")



OCTOBER_7 = date(2022, 10, 7)  # a Friday
DECREE = date(2022, 9, 21)


def periods(text):
    return [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, published=OCTOBER_7, trigger=DECREE)]


def test_a_count_said_at_a_briefing_on_a_day_runs_to_that_day():
    text = "Arrivals in Mongolia\n\nMore than 9,000 Russians have entered Mongolia since Sept 21, the border agency said at a briefing on Tuesday."
    assert periods(text) == [("entries", 9000, DECREE, date(2022, 10, 4))]


def test_a_count_voiced_on_a_day_runs_to_that_day():
    text = (
        "Arrivals in Mongolia\n\nBy the information of the border agency, which was voiced on Tuesday at the briefing, from "
        "21 September entered Mongolia around 9 thousand citizens of Russia."
    )
    assert periods(text) == [("entries", 9000, DECREE, date(2022, 10, 4))]


def test_a_count_the_teller_added_runs_to_the_day_its_paragraph_said_before():
    text = (
        "Arrivals in Mongolia\n\nThe border agency said on Tuesday that 9,000 Russians had entered Mongolia since 21 "
        "September. About 2,500 of them have since left again, the agency added."
    )
    assert periods(text)[1] == ("exits", 2500, DECREE, date(2022, 10, 4))


def test_an_undated_statement_takes_the_day_its_paragraph_said_before():
    text = (
        "Arrivals in Mongolia\n\nSome 2,000 Russians came on Monday, guards said.\n\n"
        "The interior ministry said on Tuesday that 9,000 Russians had entered the country this year. Police have "
        "arrested 12 smugglers near the border since the weekend, the ministry said."
    )
    assert periods(text)[-1] == ("arrests", 12, date(2022, 10, 1), date(2022, 10, 4))


def test_people_flown_out_of_a_city_leave_through_it():
    text = (
        "Students reach Zambia\n\nAt least 500 students have crossed into Zambia at Chirundu since March, officials "
        "said.\n\nAbout 120 have been flown out of Lusaka to Nairobi since April, a spokesman said."
    )
    assert placed(text, published=date(1977, 5, 4), trigger=None, origin="Zimbabwe")[1] == ("exits", 120, "Lusaka")


def test_a_bulletins_time_before_gmt_is_no_count():
    text = "Border bulletin\n\n1415 GMT -- Guards say about 300 people crossed into Mongolia on Monday."
    assert [value for _quantity, value, _place in placed(text)] == [300]


def test_a_weekday_with_its_day_of_the_month_is_that_day_not_the_last_such_weekday():
    text = "Arrivals in Mongolia\n\nGuards said they detained 14 people on Saturday the 24th at the post."
    assert periods(text) == [("arrests", 14, date(2022, 9, 24), date(2022, 9, 24))]
