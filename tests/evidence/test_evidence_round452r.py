"""Rules added after the read of rounds 448-451 for figures not read and distractors (branch evr452r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_a_days_share_of_them_with_no_alone_is_that_days_crossings():
    text = (
        "Over the weekend some 4,200 refugees went back to Tajikistan through Panji Poyon, according to the border "
        "police, 1,350 of them yesterday. The government says about 60,000 remain in the country."
    )
    rows = quantities(text, published=date(2011, 5, 3), origin="Tajikistan")
    assert ("exits", 4200) in rows, rows
    assert ("exits", 1350) in rows, rows


def test_vehicles_joined_to_more_vehicles_or_told_by_their_plates_crossed_no_queue():
    text = (
        "On Monday 3,900 people entered Estonia at Narva. In all, 980 passenger cars and 42 buses with Russian "
        "registration plates entered Estonia through both border crossing points during the week."
    )
    rows = quantities(text, published=date(2022, 9, 27), origin="Russia")
    got = values(rows)
    assert 3900 in got, rows
    for value in (980, 42):
        assert value not in got, rows


def test_men_sent_to_units_or_let_off_are_no_crossing():
    text = (
        "About 2,100 men crossed back into Russia at Petukhovo last week. Of those who came home, 318 were called "
        "up and sent to units after a medical board. 905 of the men who came back have been granted a deferment. "
        "The minister said 64,000 of them were already at the front."
    )
    rows = quantities(text, published=date(2022, 10, 30), origin="Russia")
    got = values(rows)
    assert 2100 in got, rows
    for value in (318, 905, 64000):
        assert value not in got, rows


def test_summonses_served_to_men_with_no_verb_be_are_no_crossing():
    text = (
        "On Monday 1,800 people left Russia through Verkhny Lars. Our volunteers watched summonses served to 57 men "
        "at the post on Tuesday."
    )
    rows = quantities(text, published=date(2022, 9, 30), origin="Russia")
    got = values(rows)
    assert 1800 in got, rows
    assert 57 not in got, rows


def test_counts_an_enlistment_office_reports_are_call_ups():
    text = (
        "The border guard counted 5,400 Russian citizens entering Kazakhstan at Zhaisan last week. District "
        "enlistment offices report these figures since the decree: Samara 7,000, Tatarstan 9,000, Tuva about 4,000."
    )
    rows = quantities(text, published=date(2022, 10, 4), origin="Russia")
    got = values(rows)
    assert 5400 in got, rows
    for value in (7000, 9000, 4000):
        assert value not in got, rows


def test_people_named_by_an_age_they_are_over_or_under_and_age_limits_are_ages():
    text = (
        "About 3,500 people crossed into Chad at Adre on Sunday. Girls, boys under 14 and women over 45 continue to "
        "enter without papers. Monitors have seen summonses sent to men well over the stated age limits of 40 for "
        "privates and 55 for officers."
    )
    rows = quantities(text, published=date(2023, 6, 20), origin="Sudan")
    got = values(rows)
    assert 3500 in got, rows
    for value in (14, 45, 40):
        assert value not in got, rows


def test_a_year_something_goes_back_to_is_a_year():
    text = (
        "On Thursday 1,150 people crossed at Salla. The rule against walking across goes back to 2015, when many "
        "crossed on foot."
    )
    rows = quantities(text, published=date(2022, 9, 30), origin="Russia")
    got = values(rows)
    assert 1150 in got, rows
    assert 2015 not in got, rows


def test_a_number_met_as_a_goal_in_the_passive_is_no_crossing():
    text = (
        "On Saturday 2,600 people entered Mongolia at Altanbulag. On 29 October the general said the 150,000 had "
        "been reached. About 300 Mongolians had reached Ulaanbaatar by bus."
    )
    rows = quantities(text, published=date(2022, 10, 31), origin="Russia")
    got = values(rows)
    assert 2600 in got, rows
    assert 150000 not in got, rows
