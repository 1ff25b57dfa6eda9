"""Rules added after the read of rounds 348-351 for figures not read and distractors (branch evr352r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

PUBLISHED = date(2011, 3, 10)  # a Thursday


def _rows(text, origin="Libya"):
    return [row(f) for f in figures(text, published=PUBLISHED, origin=origin)]


def test_money_after_an_iso_currency_code_is_no_count():
    rows = _rows("On Tuesday police at Dehiba arrested 6 drivers who were asking migrants between TND 300 and TND 450 a seat.")
    assert [row[:2] for row in rows] == [("arrests", 6)], rows


def test_a_part_of_the_people_arrested_is_no_row_of_its_own():
    rows = _rows("On Sunday the National Guard detained 23 persons near Dehiba, among them 5 Libyan nationals, for smuggling.")
    assert [row[:2] for row in rows] == [("arrests", 23)], rows
    rows = _rows("On Sunday the National Guard arrested 23 persons near Dehiba, 5 of them Libyan drivers.")
    assert [row[:2] for row in rows] == [("arrests", 23)], rows


def test_an_arrest_whose_count_is_the_only_number_keeps_it():
    rows = _rows("On Sunday the National Guard arrested about 40 of them near Dehiba.")
    assert [row[:2] for row in rows] == [("arrests", 40)], rows


def test_things_seized_with_the_people_arrested_are_no_arrests():
    rows = _rows("On Sunday the National Guard detained 9 persons at Dehiba who carried 14 rifles and 300 rounds of ammunition.")
    assert [row[:2] for row in rows] == [("arrests", 9)], rows


def test_a_closing_information_line_holds_no_count():
    rows = _rows("Some 2,640 Egyptians crossed at Ras Jedir on Tuesday.\nInformation for relatives: Red Crescent line 75 64 21 90.")
    assert [row[:2] for row in rows] == [("entries", 2640)], rows
    rows = _rows("Some 2,640 Egyptians crossed at Ras Jedir on Tuesday.\nInformation for families: the consulate's line 4410-8800.")
    assert [row[:2] for row in rows] == [("entries", 2640)], rows


def test_a_figure_in_brackets_after_its_word_is_not_read_twice():
    rows = _rows("The new arrivals are being sheltered at four (4) schools in Ben Gardane.")
    assert rows == [], rows


def test_the_children_among_a_count_are_no_row_of_their_own():
    rows = _rows("Some 2,640 people crossed at Ras Jedir on Tuesday. The figure includes about 900 children, most of them with their mothers.")
    assert [row[:2] for row in rows] == [("entries", 2640)], rows
    rows = _rows("About 2,640 people crossed at Ras Jedir on Tuesday, including 900 unaccompanied minors.")
    assert [row[:2] for row in rows] == [("entries", 2640)], rows


def test_a_dotted_thousand_of_people_in_a_report_with_comma_thousands():
    rows = _rows(
        "More than 8,000 people crossed at Ras Jedir since Monday. Since Monday, 2.640 of those who crossed have been sent back to Libya.",
    )
    assert ("exits", 2640) in [row[:2] for row in rows], rows


def test_the_figures_were_told_of_two_crossings_after_a_counting_sentence():
    rows = _rows(
        "On Monday 2 640 people entered Tunisia at Ras Jedir and 1 200 at Dehiba. Yesterday the figures were 2 310 at Ras Jedir"
        " and 980 at Dehiba."
    )
    assert ("entries", 2310) in [row[:2] for row in rows] and ("entries", 980) in [row[:2] for row in rows], rows


def test_an_airport_that_handled_passengers_from_somewhere_counts_entries():
    rows = _rows("Djerba airport handled 2,640 passengers from Libyan cities on Tuesday and about 3,100 on Wednesday.")
    assert [row[:2] for row in rows] == [("entries", 2640), ("entries", 3100)], rows
