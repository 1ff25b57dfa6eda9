"""Rules added after the read of rounds 400-403 for periods and quantities (branch evr404q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_the_preceding_week_is_the_week_before_the_figure_befores():
    text = (
        "At Kasumbalesa the district's figures show that 1,480 people crossed into Zambia in the week ended Sunday "
        "9 March, against 1,120 in the preceding week."
    )
    rows = rows_of(1120, text, published=date(2014, 3, 12), trigger=None)
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(2014, 2, 24), date(2014, 3, 2))]


def test_since_an_event_broke_out_in_a_region_in_mid_month_starts_on_the_fifteenth():
    text = "Since clashes broke out in eastern Chad in mid-October, more than 9,000 Chadians have crossed into Sudan."
    rows = rows_of(9000, text, published=date(2006, 11, 20), trigger=date(2006, 10, 18))
    assert [(r[3], r[4]) for r in rows] == [(date(2006, 10, 15), date(2006, 11, 20))]


def test_through_a_past_weekday_set_off_before_the_count_closes_the_running_count():
    text = "Since the decree, through Monday, more than 12,000 people have landed in Tbilisi, the ministry said."
    rows = rows_of(12000, text, published=date(2022, 10, 5), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 3))]


def test_the_same_day_after_a_night_in_the_figure_befores_sentence_is_that_figures_day():
    text = (
        "On Tuesday 2,100 people reached Goma in boats that crossed the lake during the night. "
        "On the same day, 640 people walked across the border at Gisenyi."
    )
    rows = rows_of(640, text, published=date(2008, 11, 7), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2008, 11, 4), date(2008, 11, 4))]


def test_crossing_into_the_next_country_from_the_reports_side_is_an_exit():
    text = (
        "DUSHANBE, October 4, 2022 -- On Monday, 540 Russian citizens crossed into Uzbekistan through the Tursunzoda "
        "checkpoint, the border troops said."
    )
    rows = rows_of(540, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert [(r[0], r[2]) for r in rows] == [("exits", "Tursunzoda")]


def test_crossing_into_the_next_country_told_by_that_countrys_ministry_stays_an_entry():
    text = (
        "DUSHANBE, October 4, 2022 -- On Monday, 540 Russian citizens crossed into Uzbekistan through the Tursunzoda "
        "checkpoint, the Uzbek border committee said."
    )
    rows = rows_of(540, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["entries"]
