"""Rules added after the read of rounds 536-539 for periods and quantities (branch evr536q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_entering_the_origin_through_a_crossing_from_a_country_named_before_the_count_is_leaving_there():
    text = (
        "Over the past day 7 210 persons left the Russian Federation through the checkpoint Verkhny Lars. In the "
        "other direction, from Georgia, 1 380 persons entered the Russian Federation through the checkpoint."
    )
    rows = rows_of(1380, text, published=date(2022, 9, 29))
    assert [(r[0], r[2]) for r in rows] == [("exits", "Verkhny Lars")]


def test_the_day_figures_were_released_by_an_office_is_not_the_window_they_count():
    text = (
        "Figures released by the Antalya Airport Police Directorate on Monday show that 9,340 Russian citizens landed "
        "at Antalya from September 21 to Sunday."
    )
    rows = rows_of(9340, text, published=date(2022, 10, 4), origin=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 2))]


def test_the_same_period_in_a_later_paragraph_is_the_window_of_the_running_count_before_its_parts():
    text = (
        "Some 11,200 Russians have landed at Antalya airport since 21 September, the airport police said. On "
        "Saturday alone 960 arrived, and over the weekend 1,740.\n\n"
        "Many move on. In the same period about 3,900 Russian citizens flew out of Antalya again."
    )
    rows = rows_of(3900, text, published=date(2022, 10, 3))
    assert [(r[0], r[3], r[4]) for r in rows] == [("exits", date(2022, 9, 21), date(2022, 10, 3))]


def test_leaving_those_still_on_an_island_is_those_who_stayed():
    text = (
        "Since September 21, 8,400 Russians have flown into Bali and 2,100 have flown out again, leaving some 6,300 of "
        "them still on the island."
    )
    rows = rows_of(6300, text, published=date(2022, 10, 10))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_through_a_weekday_night_set_off_after_a_running_count_closes_it_on_that_day():
    text = (
        "The Immigration Service said 31,480 Cubans had come ashore at Key West since the boatlift began on April 21, "
        "through Monday night."
    )
    rows = rows_of(31480, text, published=date(1980, 5, 7), trigger=date(1980, 4, 20), origin="Cuba")
    assert [(r[3], r[4]) for r in rows] == [(date(1980, 4, 21), date(1980, 5, 5))]


def test_those_still_there_who_entered_the_country_after_a_day_as_of_a_day_run_from_that_day():
    text = (
        "As of 9 October 2022, 21 840 citizens of the Russian Federation who entered Armenia after 21 September 2022 "
        "remain in the territory of Armenia."
    )
    rows = rows_of(21840, text, published=date(2022, 10, 10))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 10, 9))]


def test_a_when_clause_opening_the_sentence_dates_the_people_waiting_in_a_later_clause():
    text = (
        "When our officer was at the bridge yesterday evening, some 90 lorries were parked on the approach road, and "
        "the Red Cross estimated that about 2,500 people were waiting on the far side."
    )
    rows = rows_of(2500, text, published=date(1999, 4, 8), trigger=date(1999, 3, 24), origin="Kosovo")
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(1999, 4, 7), date(1999, 4, 7))]


def test_a_further_count_opening_its_sentence_takes_the_window_of_the_count_before():
    text = (
        "The provincial office said about 88,000 people have crossed into the province since 6 May.\n\n"
        "Of these, 41,500 have come through the Kaya post. A further 19,200 have reached Yei by the forest tracks."
    )
    rows = rows_of(19200, text, published=date(2016, 5, 20), trigger=date(2016, 5, 6), origin="South Sudan")
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(2016, 5, 6), date(2016, 5, 20))]


def test_a_usual_day_before_the_crisis_dates_no_wait_told_in_a_later_paragraph():
    text = (
        "In the past 24 hours 8 940 persons entered Kazakhstan through the Kairak checkpoint.\n\n"
        "On an ordinary day before 21 September, 1 500 - 2 000 persons crossed into Kazakhstan at Kairak.\n\n"
        "Drivers arriving at the post report that they waited from 1 to 2 days in the line."
    )
    rows = rows_of(48, text, bounds=True, published=date(2022, 9, 28))
    assert [(r[0], r[3], r[4]) for r in rows] == [("wait_hours", date(2022, 9, 28), date(2022, 9, 28))]


def test_tractors_lined_up_at_a_post_are_vehicles_in_the_queue():
    text = "At dawn about 450 tractors were lined up at the Yugoslav post at Morina, witnesses said."
    rows = rows_of(450, text, published=date(1999, 4, 12), trigger=date(1999, 3, 24), origin="Kosovo")
    assert [r[0] for r in rows] == ["queue_vehicles"]


def test_people_a_charter_took_from_a_town_of_the_host_to_their_home_leave_at_that_town():
    text = "Yesterday two IOM charter flights took 460 Sudanese workers from Amman to Khartoum, the agency said."
    rows = rows_of(460, text, published=date(2003, 4, 3), trigger=date(2003, 3, 20), origin="Iraq")
    assert [(r[0], r[2]) for r in rows] == [("exits", "Amman")]


def test_people_standing_in_the_line_at_a_crossing_are_people_waiting():
    text = "Travellers who reached the Finnish side said about 350 were standing in the line at Vaalimaa, with bags and children."
    rows = rows_of(350, text, published=date(2022, 9, 30))
    assert [(r[0], r[2]) for r in rows] == [("other", "Vaalimaa")]
