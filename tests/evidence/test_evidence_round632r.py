"""Rules added after the read of rounds 632-635 for figures not read and distractors (branch evr632r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

JORDAN_2013 = dict(published=date(2013, 6, 14), trigger=date(2013, 6, 1), origin="Syria")


def test_a_headers_indented_second_line_does_not_hide_the_tables_rows():
    text = (
        "Table 2. New arrivals by border point, 3 - 9 June 2013\n\n"
        "Border point      New arrivals      In the camp\n"
        "                  3-9 Jun           on 9 June\n"
        "Ramtha               2,410             7,320\n"
        "Jaber                1,175             1,980\n"
    )
    assert [row[:2] for row in placed(text, **JORDAN_2013)] == [("entries", 2410), ("entries", 1175)]


def test_a_column_of_people_in_a_site_or_registered_is_no_count_of_arrivals():
    text = (
        "Table 2. New arrivals by border point, 3 - 9 June 2013\n\n"
        "Border point      Arrivals      Registered      In the camp\n"
        "Ramtha               2,410             905            7,320\n"
    )
    assert placed(text, **JORDAN_2013) == [("entries", 2410, "Ramtha")]


def test_a_dash_alone_in_a_cell_of_aligned_columns_is_an_empty_cell_not_a_range():
    text = (
        "Table 2. New arrivals by border point, 3 - 9 June 2013\n\n"
        "Border point      Arrivals      Relocated      Returned\n"
        "Ramtha               2,410              -           7,320\n"
    )
    assert placed(text, **JORDAN_2013)[:1] == [("entries", 2410, "Ramtha")]


def test_a_queues_earlier_length_with_its_unit_is_dated_a_week_back():
    text = "On Friday the line of cars at the Karaozek post was about 2 km long, down from 9 km a week earlier."
    assert placed(text, published=date(2022, 10, 8)) == [
        ("queue_length_km", 2, "Karaozek"),
        ("queue_length_km", 9, "Karaozek"),
    ]


def test_a_column_of_trains_counts_no_people():
    text = (
        "Table 3. Passengers leaving Przemysl station by train, 12 - 13 March 2022\n\n"
        "Date          Trains     Passengers\n"
        "12 March           11          6,240\n"
        "13 March           12          5,180\n"
    )
    assert [row[1] for row in placed(text, published=date(2022, 3, 14), trigger=date(2022, 2, 24))] == [6240, 5180]


def test_people_turned_back_told_with_no_were_are_no_figure():
    text = "At Terehova 205 Russians were let in on Monday and 61 turned back."
    assert placed(text, published=date(2022, 9, 28)) == [("entries", 205, "Terehova")]
