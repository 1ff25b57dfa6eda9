"""Rules added after the read of rounds 600-603 for periods and quantities (branch evr600q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

MARCH_2022 = dict(published=date(2022, 3, 12), trigger=date(2022, 2, 24), origin="Ukraine")
JUNE_2023 = dict(published=date(2023, 6, 20), trigger=date(2023, 4, 15), origin="Sudan")
APRIL_2023 = dict(published=date(2023, 4, 12), trigger=date(2023, 4, 3), origin="Myanmar")
OCTOBER_2022 = dict(published=date(2022, 10, 3))


def test_people_who_came_waiting_for_onward_trains_are_still_in_the_town():
    text = (
        "At 07:00 this morning, some 2 300 people who had arrived on the overnight trains were waiting in the hall of "
        "Przemyśl station for onward trains."
    )
    assert [(f.quantity, f.value) for f in figures(text, **MARCH_2022)] == [("net_arrivals", 2300)]


def test_people_waiting_for_onward_transport_are_people_waiting():
    text = "On Monday evening about 540 refugees were waiting at the Renk way station for onward transport to Malakal."
    assert [(f.quantity, f.value) for f in figures(text, **JUNE_2023)] == [("other", 540)]


def test_a_superlatives_day_followed_by_when_and_a_count_is_that_counts_day():
    text = (
        "In Tha Song Yang district, 4,120 persons crossed the Moei river between 4 and 9 April, the largest number on "
        "Friday, 7 April, when 1,980 persons entered the district."
    )
    assert [row(f)[1:] for f in figures(text, **APRIL_2023) if f.value == 1980] == [
        (1980, "", date(2023, 4, 7), date(2023, 4, 7))
    ]


def test_entries_through_the_regions_checkpoints_in_a_paragraph_about_hotels_are_entries():
    text = (
        "The regional akimat said that in the past 24 hours 4 300 citizens of Russia had entered the region through "
        "its checkpoints. In Petropavl, hostels and hotels are full."
    )
    assert [(f.quantity, f.value) for f in figures(text, **OCTOBER_2022)] == [("entries", 4300)]


def test_people_sitting_in_a_hall_then_waiting_after_a_comma_are_people_waiting():
    text = (
        "At Sheremetyevo this morning about 150 men without tickets are sitting in the departures hall, waiting for a "
        "seat left by a passenger who does not come."
    )
    assert [(f.quantity, f.value) for f in figures(text, **OCTOBER_2022)] == [("other", 150)]
