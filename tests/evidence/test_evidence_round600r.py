"""Rules added after the read of rounds 600-603 for figures not read and distractors (branch evr600r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of

ROHINGYA_2017 = dict(published=date(2017, 10, 5), trigger=date(2017, 8, 25), origin="Myanmar")
ITALY_2023 = dict(published=date(2023, 9, 2), trigger=None, origin="Libya")
ESTONIA_2022 = dict(published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
SUDAN_2023 = dict(published=date(2023, 7, 7), trigger=date(2023, 4, 15), origin="Sudan")


def test_a_word_in_the_cell_after_a_rows_count_is_no_unit_of_it():
    text = (
        "Situation report No. 5\n\n"
        "2. ARRIVALS BY LANDING POINT\n\n"
        "Table 2. New arrivals counted by flow monitors, 28 September - 4 October 2017\n\n"
        "Landing point        Upazila      Arrivals    Way\n"
        "Shah Porir Dwip      Teknaf          4,310    boat\n"
        "Anjuman Para         Ukhia           1,205    foot\n"
    )
    assert [value for _quantity, value in quantities(text, **ROHINGYA_2017)] == [4310, 1205]


def test_a_count_opening_its_line_keeps_its_words_after_the_spaces():
    text = "KEY FIGURES\n\n12 450     people crossed at Joda since 15 April\n"
    assert [r[:2] for r in rows_of(12450, text, **SUDAN_2023)] == [("entries", 12450)]


def test_events_counted_beside_migrants_are_no_people():
    table = (
        "Landings at the port of Lampedusa, last three days.\n\n"
        "Date            Events    Migrants\n"
        "Mon 28 Aug        4          233\n"
        "Tue 29 Aug        6          512\n"
    )
    sentence = "In the past 24 hours 2.104 migrants landed in Italy in 41 events."
    assert [value for _quantity, value in quantities(table, **ITALY_2023)] == [233, 512]
    assert rows_of(41, sentence, **ITALY_2023) == []


def test_a_vessels_pennant_is_no_count():
    text = "On Monday 318 migrants were brought ashore at Crotone by patrol boat CP 2107 of the Coast Guard."
    assert [value for _quantity, value in quantities(text, **ITALY_2023)] == [318]


def test_a_tables_cells_before_its_total_cell_named_by_who_the_people_are_are_parts():
    text = (
        "TABLE 2. New arrivals by entry point, 15 April - 5 July 2023\n\n"
        "Entry point   County   South Sudanese returnees   Sudanese refugees   Others    Total\n"
        "Joda          Renk              70 120                 9 410          1 020    80 550\n"
    )
    assert [value for _quantity, value in quantities(text, **SUDAN_2023)] == [80550]


def test_one_person_detained_with_the_article_is_one_arrest():
    first = "On Monday, border guards detained a Russian citizen who had crossed the Narva river by boat near Permisküla."
    second = "On Tuesday, the border guard apprehended a man who tried to cross on foot through the forest near Värska."
    assert [r[:2] for r in rows_of(1, first, **ESTONIA_2022)] == [("arrests", 1)]
    assert [r[:2] for r in rows_of(1, second, **ESTONIA_2022)] == [("arrests", 1)]


def test_a_count_of_people_with_a_fraction_is_no_figure():
    text = "New arrivals reached Teknaf all week. Average family size among new arrivals is 4.8 persons, the survey found."
    assert quantities(text, **ROHINGYA_2017) == []
