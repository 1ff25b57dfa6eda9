"""Rules added after the read of rounds 636-639 for figures not read and distractors (branch evr636r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, quantities

SEPTEMBER_27 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21), origin="Russia")


def test_a_line_said_to_be_so_many_hours_is_a_wait():
    text = "At Pulkovo the line to passport control this evening was about three and a half hours, travellers told us."
    assert quantities(text, **SEPTEMBER_27) == [("wait_hours", 3.5)]


def test_a_line_that_is_so_many_hours_now_is_a_wait():
    text = "At Koltsovo the line for the Dushanbe flight is some five hours, people who got through say."
    assert quantities(text, **SEPTEMBER_27) == [("wait_hours", 5)]


def test_a_railway_line_of_so_many_hours_is_no_wait():
    text = "The railway line from Orenburg to Aktobe was about six hours before the trains stopped."
    assert [q for q, _ in quantities(text, **SEPTEMBER_27)] == []


def test_a_regions_residents_told_with_its_possessive_are_no_figure():
    text = "The regional military office has still not said how many of the region's 2.4 million residents must be called up."
    assert quantities(text, **SEPTEMBER_27) == []


def test_a_towns_people_told_with_its_possessive_are_no_figure():
    text = "A bed in the hotels of Karasuk costs 3,000 roubles a night, and the town's 28,000 people have seen such lines before."
    assert quantities(text, **SEPTEMBER_27) == []


def test_a_towns_residents_who_fled_are_still_read():
    text = "On Monday the village's 300 residents who fled crossed into Kazakhstan at Karasuk."
    assert quantities(text, **SEPTEMBER_27) != []


AUGUST_2021 = dict(published=date(2021, 8, 30), trigger=date(2021, 8, 15), origin="Afghanistan")


def test_key_figures_under_a_heading_with_its_period_in_brackets_are_read():
    text = (
        "FLOW MONITORING UPDATE - NIMROZ PROVINCE\n\n"
        "KEY FIGURES (22 - 28 August)\n\n"
        "9,450   Afghans observed leaving for Iran at Zaranj\n"
        "5,120   Afghans deported from Iran through Milak\n"
    )
    assert sorted(value for _, value in quantities(text, **AUGUST_2021)) == [5120, 9450]


def test_men_who_came_by_bus_and_stand_at_the_barrier_are_people_waiting():
    text = "About 90 men who came on the morning train from Omsk stand at the barrier at Karasuk asking drivers for a seat."
    assert quantities(text, **SEPTEMBER_27) == [("other", 90)]
