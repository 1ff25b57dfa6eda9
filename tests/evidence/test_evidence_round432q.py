"""Rules added after the read of rounds 428-431 for periods and quantities (branch evr432q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_since_an_event_told_at_length_on_a_day_runs_from_that_day_to_publication():
    text = (
        "Since clashes erupted between the government troops and the fighters of the Northern Front in the hills "
        "above the Tana valley on 9 March, some 8,200 people have crossed from Sudan into Chad, officials said."
    )
    rows = rows_of(8200, text, published=date(2011, 4, 2), trigger=None, origin="Sudan")
    assert [(r[3], r[4]) for r in rows] == [(date(2011, 3, 9), date(2011, 4, 2))]


def test_since_people_began_arriving_in_a_month_runs_from_its_first_day_to_publication():
    text = "Since the first refugees began arriving in March 1994, more than 21,000 people have come to Tanzania, officials say."
    rows = rows_of(21000, text, published=date(1995, 2, 8), trigger=None, origin="Rwanda")
    assert [(r[3], r[4]) for r in rows] == [(date(1994, 3, 1), date(1995, 2, 8))]


def test_an_ordinal_before_a_town_quarter_is_no_day_of_the_month():
    text = "A one-way ticket Osh - Moscow for this week costs 48 000 som, about $560, agents in the 12th microdistrict said."
    rows = rows_of(560, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 6), date(2022, 10, 6))]


def test_those_who_came_after_the_trigger_still_in_a_country_take_its_window_with_no_count_before():
    text = (
        "Police in Yerevan detained four men on Monday. A volunteer group estimates that about 7,400 Russians who "
        "came after the decree are still in Armenia."
    )
    rows = rows_of(7400, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 6))]


def test_a_since_window_closes_on_the_day_its_figures_were_shared_with_a_paper():
    text = (
        "Since September 21, more than 12,000 passengers from Russia have landed at Yerevan's Zvartnots airport, the "
        "operator said in figures shared with the Armenian Herald on Monday."
    )
    rows = rows_of(12000, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 3))]


def test_people_said_to_be_waiting_after_a_scene_of_a_day_are_waiting_on_the_day_published():
    text = (
        "On Tuesday, 380 people crossed the bridge into Bangladesh at Ghumdhum. Border guards said about 1,500 more "
        "were gathered on the Burmese bank, waiting to cross."
    )
    rows = rows_of(1500, text, published=date(1992, 3, 5), trigger=None, origin="Burma")
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(1992, 3, 5), date(1992, 3, 5))]
