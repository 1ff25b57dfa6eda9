"""Rules added after the read of rounds 624-627 for periods and quantities (branch evr624q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

OCTOBER_3 = dict(published=date(2022, 10, 3), trigger=date(2022, 9, 21))  # a Monday


def dated(text, **kwargs):
    return [(f.quantity, f.value or f.value_high or f.value_low, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_a_queue_after_a_paragraph_on_the_call_up_is_the_day_reported_not_the_decrees():
    text = (
        "PRESENTER: Good evening. Twelve days ago the president announced the mobilisation, and the ministry named "
        "three hundred thousand reservists to be called up.\n\n"
        "REPORTER: At seven o'clock the traffic police put the line at the checkpoint of Verkhny Lars at six "
        "kilometres."
    )
    rows = dated(text, **OCTOBER_3)
    assert ("queue_length_km", 6, date(2022, 10, 3), date(2022, 10, 3)) in rows


def test_since_an_event_with_its_day_set_off_by_commas_runs_to_publication():
    text = "Since the night of the flood, 20 September, 640 persons have arrived in Nukus from the south."
    rows = dated(text, published=date(2022, 9, 30), trigger=None, origin="Afghanistan")
    assert rows == [("entries", 640, date(2022, 9, 20), date(2022, 9, 30))]


def test_a_day_told_for_itself_after_since_and_commas_stays_that_day():
    text = "Crossings have slowed since the busiest day, 20 September, when 1,210 people crossed into Nukus."
    rows = dated(text, published=date(2022, 9, 30), trigger=None, origin="Afghanistan")
    assert rows == [("entries", 1210, date(2022, 9, 20), date(2022, 9, 20))]


BULLETIN = (
    "SITUATION REPORT No. 7\n"
    "Reporting period: 10 - 16 October 2022\n"
    "{issued}\n\n"
    "Since the fighting began on 2 September 2022, Chad has received over 41,000 refugees from the Central African "
    "Republic.\n"
)


def test_a_running_count_in_a_bulletin_that_gives_its_issue_day_runs_to_that_day():
    text = BULLETIN.format(issued="Issued: N'Djamena, 18 October 2022")
    rows = dated(text, published=date(2022, 10, 18), trigger=date(2022, 9, 2), origin="Central African Republic")
    assert rows == [("entries", 41000, date(2022, 9, 2), date(2022, 10, 18))]


def test_a_running_count_in_a_bulletin_with_no_issue_line_runs_to_the_periods_end():
    text = BULLETIN.format(issued="Prepared by the field office")
    rows = dated(text, published=date(2022, 10, 18), trigger=date(2022, 9, 2), origin="Central African Republic")
    assert rows == [("entries", 41000, date(2022, 9, 2), date(2022, 10, 16))]


def test_a_column_dated_on_the_line_under_the_header_is_that_columns():
    text = (
        "Table 2. Arrivals and returns by crossing, 3 - 5 October 2022\n\n"
        "Crossing           Arrivals         Returned home\n"
        "                   3-5 October      5 October\n"
        "Bunagana              4,320            610\n"
        "Total                 4,320            610\n"
    )
    rows = dated(text, published=date(2022, 10, 6), trigger=date(2022, 10, 3), origin="Democratic Republic of the Congo")
    assert ("exits", 610, date(2022, 10, 5), date(2022, 10, 5)) in rows
    assert ("entries", 4320, date(2022, 10, 3), date(2022, 10, 5)) in rows


def test_left_russia_through_the_republics_checkpoints_are_exits():
    text = "In the past 24 hours 3 140 people left Russia through the republic's checkpoints."
    assert [row[:2] for row in dated(text, **OCTOBER_3)] == [("exits", 3140)]


def test_an_earlier_fare_after_a_semicolon_keeps_its_own_day():
    text = (
        "A one-way Moscow - Tashkent ticket now costs about 520 dollars; on 24 September the same seat was sold for "
        "1,650 dollars."
    )
    rows = dated(text, **OCTOBER_3)
    assert ("flights_price_usd", 1650, date(2022, 9, 24), date(2022, 9, 24)) in rows
    assert ("flights_price_usd", 520, date(2022, 10, 3), date(2022, 10, 3)) in rows
