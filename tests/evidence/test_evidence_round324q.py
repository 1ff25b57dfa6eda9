"""Rules added after the read of rounds 320-323 for periods and quantities (branch evr324q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 3, 11)  # a Friday
INVASION = date(2022, 2, 24)


def _found(text, value=2640, origin="Ukraine", published=PUBLISHED, trigger=INVASION):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


def test_crossing_from_a_neighbour_into_the_origin_is_leaving_that_neighbour():
    found = _found("Romanian police said 2,640 people crossed from Romania into Ukraine on Wednesday.")
    assert found == [("exits", 2640, "Romania", date(2022, 3, 9), date(2022, 3, 9))], found


def test_crossing_from_the_origin_into_a_neighbour_stays_entries_into_it():
    found = _found("Romanian police said 2,640 people crossed from Ukraine into Romania on Wednesday.")
    assert found == [("entries", 2640, "Romania", date(2022, 3, 9), date(2022, 3, 9))], found


def test_a_count_out_naming_no_place_after_exits_at_a_crossing_is_more_of_that_crossings():
    text = (
        "Georgian officials said 3,150 people left through Verkhny Lars on Tuesday, most of them back to Russia. "
        "On Monday 2 640 left."
    )
    found = _found(text, origin="Russia", published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert found == [("exits", 2640, "Verkhny Lars", date(2022, 9, 26), date(2022, 9, 26))], found


def test_a_total_out_after_exits_at_a_crossing_stays_a_total():
    text = (
        "Georgian officials said 3,150 people left through Verkhny Lars on Tuesday, most of them back to Russia. "
        "In all, 2 640 left on Monday."
    )
    found = _found(text, origin="Russia", published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert found and found[0][0] != "exits", found


def test_a_since_window_closed_by_a_clock_hour_on_a_day_in_brackets_runs_to_that_day():
    found = _found("Since 24.02.2022, officers have registered 2 640 persons arriving by rail (data to 24:00 on 8 March 2022).")
    assert found == [("entries", 2640, "", date(2022, 2, 24), date(2022, 3, 8))], found


def test_a_since_window_closed_by_up_to_a_clock_hour_on_a_weekday_runs_to_that_day():
    found = _found("Since 24 February, officers have registered 2 640 persons arriving by rail, up to 18:00 on Tuesday.")
    assert found == [("entries", 2640, "", date(2022, 2, 24), date(2022, 3, 8))], found


def test_a_since_window_closed_by_a_sources_figures_as_of_a_day_in_a_later_clause_runs_to_that_day():
    found = _found("Since 24 February, 2,640 people have reached Moldova, according to figures compiled as of 8 March.")
    assert found == [("entries", 2640, "Moldova", date(2022, 2, 24), date(2022, 3, 8))], found


def test_a_since_window_opened_after_a_sources_data_up_to_a_day_runs_to_that_day():
    found = _found("According to UNHCR data up to Tuesday evening, 2,640 people have reached Moldova since 24 February.")
    assert found == [("entries", 2640, "Moldova", date(2022, 2, 24), date(2022, 3, 8))], found
