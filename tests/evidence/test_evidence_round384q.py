"""Rules added after the read of rounds 380-383 for periods and quantities (branch evr384q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_day_opening_the_sentence_before_who_said_it_closes_a_window_since_a_day():
    text = (
        "The count matters more than the rumours. On 14 March the border guard said that 48 000 people had entered "
        "Moldova since 24 February."
    )
    rows = rows_of(48000, text, published=date(2022, 4, 2), trigger=date(2022, 2, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 2, 24), date(2022, 3, 14))]


def test_a_running_total_that_stood_at_a_number_on_a_day_runs_to_that_day():
    text = (
        "The number of refugees who have crossed into Tunisia since February 20 stood at 140,000 on March 6, the "
        "ministry's note says."
    )
    rows = rows_of(140000, text, published=date(2011, 3, 9), trigger=date(2011, 2, 20))
    assert [(r[3], r[4]) for r in rows] == [(date(2011, 2, 20), date(2011, 3, 6))]


def test_since_fighting_broke_out_in_a_place_in_mid_month_is_the_trigger():
    text = (
        "Since the fighting broke out in Bor in mid-December, some 25,000 people have crossed into Uganda at Elegu, "
        "the agency said."
    )
    rows = rows_of(25000, text, published=date(2014, 2, 20), trigger=date(2013, 12, 15))
    assert [(r[3], r[4]) for r in rows] == [(date(2013, 12, 15), date(2014, 2, 20))]


def test_the_first_semester_of_a_year_is_january_to_june():
    text = "In the first semester of 2019, a total of 82,300 Venezuelans entered Colombia at Cucuta, officials said."
    rows = rows_of(82300, text, published=date(2019, 7, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 1, 1), date(2019, 6, 30))]


def test_since_an_event_led_by_an_initialism_began_on_a_day_runs_from_that_day():
    text = "About 9,000 Iraqis have crossed into Jordan at Ruweished since the U.S.-led strikes began on March 20, officials said."
    rows = rows_of(9000, text, published=date(2003, 4, 2), trigger=date(2003, 3, 20))
    assert [(r[3], r[4]) for r in rows] == [(date(2003, 3, 20), date(2003, 4, 2))]


def test_the_same_day_after_a_count_told_a_day_later_is_the_counts_day_not_the_telling():
    text = (
        "A record 5,200 travellers entered Finland through Vaalimaa on Saturday, the Border Guard said on Sunday. On "
        "the same day 1,900 Finns left Finland through the same crossing."
    )
    rows = rows_of(1900, text, published=date(2022, 9, 26), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 24), date(2022, 9, 24))]
