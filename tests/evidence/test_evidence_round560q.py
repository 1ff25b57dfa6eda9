"""Rules added after the read of rounds 560-563 for periods and quantities (branch evr560q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, quantities, rows_of

OCTOBER_7 = dict(published=date(2022, 10, 7), origin="")  # a Friday
CHAD_2012 = dict(published=date(2012, 4, 20), trigger=date(2012, 2, 3), origin="Sudan")
JORDAN_2016 = dict(published=date(2016, 7, 8), trigger=date(2011, 3, 15), origin="Syria")
PERU_2021 = dict(published=date(2021, 3, 9), trigger=date(2021, 1, 1), origin="Venezuela")
ASSAM_1971 = dict(published=date(1971, 6, 4), trigger=date(1971, 3, 25), origin="Pakistan")
CYPRUS_2006 = dict(published=date(2006, 7, 24), trigger=date(2006, 7, 12), origin="Lebanon")


def timed(value, text, **kwargs):
    """The (quantity, value, start, end) of the rows of `value` (the place is another reader's)."""
    return [(q, v, start, end) for q, v, _place, start, end in rows_of(value, text, **kwargs)]


def test_those_still_there_of_whom_or_of_them_run_from_the_wholes_first_day():
    text = (
        "More than 41 000 persons have crossed into Chad from Sudan since February, through Adre and other points of "
        "Ouaddai, of whom some 36 500 remain on Chadian territory today."
    )
    assert timed(36500, text, **CHAD_2012) == [("net_arrivals", 36500, date(2012, 2, 1), date(2012, 4, 20))]
    text = (
        "Between 21 September and 4 October, 41 208 citizens of the Russian Federation entered Uzbekistan, the border "
        "service said. Of that number, about 26,000 were still in the country as of Thursday."
    )
    assert timed(26000, text, **OCTOBER_7) == [("net_arrivals", 26000, date(2022, 9, 21), date(2022, 10, 6))]
    text = (
        "In the period from 21 September to 5 October, 88 120 Russian citizens entered Kazakhstan. Thus, as of this "
        "morning, about 30 000 of them remain in Kazakhstan."
    )
    assert timed(30000, text, **OCTOBER_7) == [("net_arrivals", 30000, date(2022, 9, 21), date(2022, 10, 7))]
    # (a part still there with no count before it stays its own day)
    text = "As of Thursday, about 26,000 Russians were still in Uzbekistan."
    assert timed(26000, text, **OCTOBER_7) == [("net_arrivals", 26000, date(2022, 10, 6), date(2022, 10, 6))]


def test_those_still_in_a_town_who_came_after_a_day_run_to_the_day_it_was_said():
    text = "The regional government said on Wednesday that about 6,200 Russians who arrived after September 21 were still in Kutaisi."
    assert timed(6200, text, **OCTOBER_7) == [("net_arrivals", 6200, date(2022, 9, 21), date(2022, 10, 5))]


def test_since_an_event_with_its_place_set_off_between_commas_runs_from_its_day():
    assert periods(
        "Since the raid by the rebels on the town of Kutum, in North Darfur, on 3 February 2012, 41 000 persons have crossed.",
        date(2012, 4, 20),
    ) == [(date(2012, 2, 3), date(2012, 4, 20))]
    assert periods(
        "Since clashes erupted in the hills of Tawila, Sudan, on 3 February 2012, 41 000 persons have crossed.",
        date(2012, 4, 20),
    ) == [(date(2012, 2, 3), date(2012, 4, 20))]


def test_people_waiting_in_a_bulletin_with_a_reporting_period_are_its_last_day():
    text = (
        "Reporting period: 1 - 8 July 2016\n\n"
        "- Some 51 000 people are now stranded at Rukban, on the Syrian side of the berm, and about 6 000 at Hadalat, "
        "some 90 km to the west."
    )
    assert timed(6000, text, **JORDAN_2016) == [("other", 6000, date(2016, 7, 8), date(2016, 7, 8))]


def test_people_who_had_entered_and_were_handed_back_left():
    text = (
        "On Sunday, 64 persons who had entered irregularly were handed back to the Bolivian authorities at the "
        "Desaguadero border complex."
    )
    assert quantities(text, **PERU_2021) == [("exits", 64)]


def test_people_apprehended_who_had_crossed_and_were_found_armed_are_arrests():
    text = "The Border Security Force apprehended 14 persons near Karimganj on May 30 who had crossed with the refugees and were found carrying arms."
    assert quantities(text, **ASSAM_1971) == [("arrests", 14)]


def test_people_evacuated_from_a_place_who_arrived_elsewhere_came_in():
    text = "Since Sunday, 5 140 persons evacuated from Beirut have arrived at the port of Larnaca."
    assert quantities(text, **CYPRUS_2006) == [("entries", 5140)]
    text = "Yesterday 212 foreign nationals evacuated from Tyre landed at Larnaca airport."
    assert quantities(text, **CYPRUS_2006) == [("entries", 212)]
