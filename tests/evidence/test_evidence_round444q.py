"""Rules added after the read of rounds 440-443 for periods and quantities (branch evr444q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_a_capitals_heading_closed_by_its_window_without_a_year_dates_the_week():
    text = (
        "STEPPE BORDER MONITOR\n"
        "Weekly bulletin No. 5, Uralsk, Wednesday, 12 October 2022\n\n"
        "CROSSINGS INTO WESTERN KAZAKHSTAN, 4 OCTOBER - 10 OCTOBER\n\n"
        "On Saturday our volunteers at the post handed out water to the drivers.\n\n"
        "The Kazakh post at Syrym registered 2,700 Russian citizens entering in the week."
    )
    rows = rows_of(2700, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 4), date(2022, 10, 10))]


def test_a_day_after_a_comma_with_a_count_of_its_own_is_not_the_count_befores():
    text = (
        "On Tuesday 4,100 Russians crossed into Finland at Nuijamaa. On Wednesday the figure climbed to 4,900, "
        "on Thursday to 5,300."
    )
    rows = rows_of(4900, text, published=date(2022, 9, 30), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 28), date(2022, 9, 28))]


def test_the_day_opening_the_sentence_dates_its_count_not_a_day_in_a_clause_after():
    text = (
        "Two days earlier, on Friday March 4, about 12,000 crossed into Moldova at Palanca in a rush that began "
        "after the first buses were let through on March 2."
    )
    rows = rows_of(12000, text, published=date(2022, 3, 7), trigger=date(2022, 2, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 3, 4), date(2022, 3, 4))]


def test_entering_the_origin_from_another_country_is_leaving_that_one():
    text = "Over the weekend 3,900 people entered Russia from Kazakhstan through the Mashtakovo checkpoint, officials said."
    rows = rows_of(3900, text, published=date(2022, 11, 21), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["exits"]


def test_the_part_still_there_of_those_who_came_is_net_arrivals():
    text = (
        "Armenia's migration service said on Monday that of about 70,000 Russians who had entered the country since "
        "the decree, some 31,000 were still there."
    )
    rows = rows_of(31000, text, published=date(2022, 11, 22), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_the_frame_of_a_superlative_is_no_time_of_the_part_after_it():
    text = (
        "The border guard said that on Sunday 6 310 Russians had entered Estonia at Narva, the highest this year, "
        "and that about 2 100 of them came on foot."
    )
    rows = rows_of(2100, text, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 25), date(2022, 9, 25))]


def test_a_window_told_by_its_dates_is_not_the_open_window_of_the_event_beside_it():
    text = (
        "Between 21 and 28 September, after the announcement of the call-up, 41 300 Russian citizens entered "
        "Kazakhstan, the border service reported."
    )
    rows = rows_of(41300, text, published=date(2022, 10, 5), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 9, 28))]
