"""Rules added after the read of rounds 384-387 for periods and quantities (branch evr388q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_since_mid_month_runs_from_the_fifteenth_even_with_a_trigger_in_the_middle_third():
    text = "Some 7,400 Sudanese have crossed into Chad at Adre since mid-April, when the fighting began, officials said."
    rows = rows_of(7400, text, published=date(2023, 5, 10), trigger=date(2023, 4, 17), origin="Sudan")
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 4, 15), date(2023, 5, 10))]


def test_a_crowd_standing_at_a_post_after_a_window_is_seen_on_the_windows_last_day():
    text = (
        "The ministry says that since 21 September more than 41 000 Russian citizens have entered the country.\n\n"
        "At the crossing: drivers say that about 2 500 people on foot were standing at the Russian post at that moment."
    )
    rows = rows_of(2500, text, published=date(2022, 9, 30), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2022, 9, 30), date(2022, 9, 30))]


def test_a_figure_that_covers_the_period_up_to_a_day_at_the_sentences_end_runs_to_that_day():
    text = (
        "Since 21 September, 48 200 citizens of Russia have entered Kyrgyzstan, the border service said on Friday. The "
        "figure covers all checkpoints and the period up to 28 September."
    )
    rows = rows_of(48200, text, published=date(2022, 9, 30), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 9, 28))]


def test_a_wait_with_no_time_after_the_crowd_waiting_in_its_paragraph_is_the_crowds_day():
    text = (
        "Between 1 March and midnight on Monday, 52,400 people had entered Tunisia through Ras Jedir.\n\n"
        "Aid workers estimate that about 6,000 of them are waiting on the Libyan side of the post. Some of them said "
        "they had been there for up to two days."
    )
    rows = rows_of(48, text, published=date(2011, 3, 9), trigger=date(2011, 2, 20), origin="Libya")
    assert [(r[0], r[3], r[4]) for r in rows] == [("wait_hours", date(2011, 3, 9), date(2011, 3, 9))]
