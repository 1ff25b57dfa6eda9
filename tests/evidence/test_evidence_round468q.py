"""Rules added after the read of rounds 464-467 for periods and quantities (branch evr468q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_the_number_at_present_in_a_country_is_told_by_is():
    text = (
        "Since 1st January, the total number of Lao refugees who have entered the province is 9,340. Of these, 1,210 "
        "have gone back. The number of Lao displaced persons at present in Thailand is 8,130."
    )
    rows = rows_of(8130, text, published=date(1978, 6, 9))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_the_number_now_present_in_a_country_has_exceeded():
    text = "The number of Iraqi refugees now present in Syria has exceeded 410,000, the ministry of interior said today."
    rows = rows_of(410000, text, published=date(2007, 3, 14))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_a_day_opening_the_sentence_then_said_and_a_count_since_closes_the_window():
    text = (
        "On Saturday the Kazakh border service said more than 5,200 Russian citizens had crossed into Kazakhstan "
        "since the decree."
    )
    rows = rows_of(5200, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 1))]


def test_a_day_opening_the_sentence_then_a_long_subject_announced_that_closes_the_window():
    text = (
        "On 12 May the UN refugee and migration agencies announced that the number of Nicaraguans who have left their "
        "country since 2018 had passed 200,000."
    )
    rows = rows_of(200000, text, published=date(2021, 5, 30))
    assert [(r[3], r[4]) for r in rows] == [(date(2018, 1, 1), date(2021, 5, 12))]


def test_a_day_opening_the_sentence_then_said_and_a_count_with_no_since_stays_that_days():
    text = "On Tuesday the border service said 4,300 vehicles were waiting at the checkpoint."
    rows = rows_of(4300, text, published=date(2022, 9, 30))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 27), date(2022, 9, 27))]


def test_the_night_of_one_day_to_the_next_ending_the_sentence_is_both_days():
    text = "About 600 persons crossed the river near Mukdahan during the night of 14th to 15th April."
    rows = rows_of(600, text, published=date(1979, 4, 18))
    assert [(r[3], r[4]) for r in rows] == [(date(1979, 4, 14), date(1979, 4, 15))]


def test_those_who_came_and_remain_in_the_republic_in_small_letters_stayed():
    text = (
        "Since 21 September 31,200 Russians have entered Tajikistan. About 9,800 of those who arrived after the "
        "decree still remain in the republic, officials said."
    )
    rows = rows_of(9800, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["net_arrivals"]
