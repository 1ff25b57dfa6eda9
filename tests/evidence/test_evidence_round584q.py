"""Rules added after the read of rounds 584-587 for periods and quantities (branch evr584q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

SEPTEMBER_30 = dict(published=date(2022, 9, 30), trigger=date(2022, 9, 21), origin="Russia")  # a Friday
OCTOBER_3 = dict(published=date(2022, 10, 3), trigger=date(2022, 9, 21), origin="Russia")  # a Monday
SEPTEMBER_27 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21), origin="Russia")  # a Tuesday
CONGO_2015 = dict(published=date(2015, 6, 10), trigger=date(2015, 4, 25), origin="Burundi")  # a Wednesday
MOROCCO_2021 = dict(published=date(2021, 7, 23), trigger=None, origin="Morocco")  # a Friday


def test_those_who_came_since_a_day_now_in_a_town_run_from_that_day():
    text = "The city council estimates that about 12 000 Russian citizens who arrived after 21 September are now in the city of Oral."
    assert rows_of(12000, text, **SEPTEMBER_30) == [("net_arrivals", 12000, "Uralsk", date(2022, 9, 21), date(2022, 9, 30))]


def test_the_same_two_days_are_the_two_days_told_last():
    text = (
        "Over the first three days of the restriction, from Friday to Sunday, 2 140 Russians entered Finland through "
        "the Vaalimaa crossing, the Border Guard said.\n\nAt the Svetogorsk checkpoint (Imatra on the Finnish side), 760 "
        "Russians entered Finland on Saturday and Sunday, against 910 on Thursday alone, the Border Guard said. Over the "
        "same two days, 85 Russian citizens came back from Finland through Imatra."
    )
    assert rows_of(85, text, **OCTOBER_3) == [("exits", 85, "Imatra", date(2022, 10, 1), date(2022, 10, 2))]


def test_people_waiting_in_the_afternoon_are_of_the_day_told_before():
    text = (
        "At the Manyovu border post, 380 refugees arrived on Monday. In the afternoon our staff counted about 900 more "
        "waiting on the far side of the river."
    )
    assert rows_of(900, text, **CONGO_2015) == [("other", 900, "Manyovu", date(2015, 6, 8), date(2015, 6, 8))]


def test_people_who_remain_somewhere_then_waiting_after_a_comma_are_waiting_now():
    text = (
        "The gendarmerie detained some 200 migrants on Thursday near Nador. Officials estimate that about 2,000 people "
        "remain in the forest above Nador, waiting for another attempt."
    )
    assert [(row[0], row[3], row[4]) for row in rows_of(2000, text, **MOROCCO_2021)] == [
        ("other", date(2021, 7, 23), date(2021, 7, 23))
    ]


def test_people_who_waited_in_the_departure_hall_are_waiting_not_leaving():
    text = (
        "Every flight out of Pulkovo is full. On Monday evening some 240 men without tickets waited in the departure "
        "hall at Pulkovo in the hope that a seat left free."
    )
    assert [row[:2] for row in rows_of(240, text, **SEPTEMBER_27)] == [("other", 240)]


def test_the_departure_hall_is_a_place_not_a_departure():
    text = "On Monday evening about 240 men without tickets sat in the departure hall of Pulkovo airport, hoping for a seat."
    assert [row[:2] for row in rows_of(240, text, **SEPTEMBER_27)] == [("other", 240)]
