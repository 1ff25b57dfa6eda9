"""Rules added after the read of rounds 520-523 for figures not read and distractors (branch evr520r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_a_posts_lanes_are_no_count():
    text = "The post now works on 9 lanes for arrivals, and 2,300 people crossed into Poland at Medyka on Monday."
    assert rows_of(9, text, published=date(2022, 3, 8)) == []
    assert [row[1] for row in rows_of(2300, text, published=date(2022, 3, 8))] == [2300]


def test_ambulances_laid_on_are_no_count():
    text = "The Red Crescent has sent 14 ambulances and 60 volunteers to Bazargan, where 4,100 refugees entered Iran on Friday."
    assert rows_of(14, text, published=date(2021, 8, 21)) == []


def test_the_second_part_of_a_posts_lanes_with_its_word_left_out_is_no_queue():
    text = "The queue at the bridge is 4 km long. At the bridge we work on 4 lanes for cars and 3 for pedestrians, with 120 guards on duty."
    assert rows_of(3, text, published=date(2022, 9, 27)) == []
    assert [row[:2] for row in rows_of(4, text, published=date(2022, 9, 27))] == [("queue_length_km", 4)]


def test_a_day_and_a_year_of_the_iranian_calendar_are_no_count():
    text = "Since Monday, 18 Mordad, 412 Afghans have entered Iran through Milak."
    assert placed(text, published=date(2021, 8, 12)) == [("entries", 412, "Milak")]
    text = "Since 3 Shahrivar 1400 some 1,250 Afghans have crossed into Iran at Milak."
    assert placed(text, published=date(2021, 8, 30)) == [("entries", 1250, "Milak")]


def test_the_people_a_survey_interviewed_are_no_count():
    text = "In October the agency interviewed 640 refugees who had crossed into Poland at Medyka."
    assert rows_of(640, text, published=date(2022, 11, 2)) == []
    text = "Monitors interviewed more than 90 travellers after they entered Georgia at Dariali."
    assert rows_of(90, text, published=date(2022, 10, 2)) == []


def test_a_quoted_count_in_thousands_rounding_a_count_told_exactly_is_told_once():
    text = (
        "From 15 to 24 August, 12,460 Afghans entered Iran through Dogharoun, the provincial office said.\n\n"
        '"More than twelve thousand Afghans have come through Dogharoun since the fall of Kabul," the governor said.'
    )
    assert [row[1] for row in rows_of(12460, text, published=date(2021, 8, 25))] == [12460]
    assert rows_of(12000, text, published=date(2021, 8, 25)) == []


def test_a_quoted_count_in_thousands_with_no_exact_count_beside_it_is_kept():
    text = '"More than twelve thousand Afghans have come through Dogharoun since the fall of Kabul," the governor said.'
    assert [row[1] for row in rows_of(12000, text, published=date(2021, 8, 25))] == [12000]
