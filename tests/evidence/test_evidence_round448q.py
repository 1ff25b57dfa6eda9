"""Rules added after the read of rounds 444-447 for periods and quantities (branch evr448q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_day_written_with_its_leading_zero_dates_the_count():
    text = "On 07 November 2022, 615 citizens of Russia entered Georgia through the Kazbegi checkpoint, the ministry said."
    rows = rows_of(615, text, published=date(2022, 11, 9), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 11, 7), date(2022, 11, 7))]


def test_a_window_from_a_day_with_its_leading_zero_runs_from_that_day():
    text = (
        "From 02 October 2022 to 08 October 2022, a total of 5 310 Russian citizens entered Kazakhstan through "
        "the Kairak checkpoint."
    )
    rows = rows_of(5310, text, published=date(2022, 10, 10), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 2), date(2022, 10, 8))]


def test_a_queue_after_a_sentence_with_a_window_is_seen_on_its_last_day():
    text = (
        "Regional press office: border posts of 11-12 October 2022\n\n"
        "12 October 2022, 09:15\n\n"
        "Traffic is calmer. In the past 24 hours, about 6,300 people crossed Kairak. The queue has shortened: "
        "according to the traffic police, there are about 900 cars between Bugristoe and the post.\n\n"
        "12 October 2022, 18:40\n\n"
        "Buses will run from the staging area tomorrow."
    )
    rows = rows_of(900, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("queue_vehicles", date(2022, 10, 12), date(2022, 10, 12))]


def test_a_span_of_months_with_its_year_after_is_the_whole_span():
    text = "In April-June 2023, Russian citizens entered Georgia 412,000 times, the border police said."
    rows = rows_of(412000, text, published=date(2023, 8, 2), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 4, 1), date(2023, 6, 30))]


def test_between_two_months_with_the_year_after_is_the_whole_span():
    text = "Between August and October 2022, about 48 000 Russians entered Armenia through Upper Lars and Bagratashen."
    rows = rows_of(48000, text, published=date(2022, 11, 20), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 8, 1), date(2022, 10, 31))]


def test_those_who_came_then_left_after_a_long_noun_are_exits():
    text = (
        "Since the decree, about 6 400 citizens of the Russian Federation who arrived by road have left "
        "Kyrgyzstan through the Manas airport, officials said."
    )
    rows = rows_of(6400, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["exits"]
