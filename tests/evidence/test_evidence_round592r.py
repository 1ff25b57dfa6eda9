"""Rules added after the read of rounds 592-595 for figures not read and distractors (branch evr592r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

GEORGIA_2022 = dict(published=date(2022, 10, 27), trigger=date(2022, 9, 21), origin="Russia")
SEPTEMBER_27 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21), origin="Russia")
ITALY_2023 = dict(published=date(2023, 9, 18), trigger=None, origin="Tunisia")


def rows(text, **kwargs):
    return [row(f) for f in figures(text, **kwargs)]


def test_a_row_of_aligned_columns_opening_on_a_span_of_days_is_read():
    text = (
        "Crossings of citizens of the Russian Federation into Armenia, persons\n\n"
        "  Week               Entered       Left\n"
        "  12-18 Sep           2,310        1,150\n"
        "  19-25 Sep           4,920        1,780\n"
    )
    assert [r[:2] + r[3:] for r in rows(text, **GEORGIA_2022)] == [
        ("entries", 2310, date(2022, 9, 12), date(2022, 9, 18)),
        ("exits", 1150, date(2022, 9, 12), date(2022, 9, 18)),
        ("entries", 4920, date(2022, 9, 19), date(2022, 9, 25)),
        ("exits", 1780, date(2022, 9, 19), date(2022, 9, 25)),
    ]


def test_thousands_after_a_space_before_the_next_aligned_cell_are_one_number():
    text = (
        "Crossings of citizens of the Russian Federation into Armenia, persons\n\n"
        "Month                Entered       Left\n"
        "September             34 310      12 150\n"
    )
    assert [r[:2] for r in rows(text, **GEORGIA_2022)] == [("entries", 34310), ("exits", 12150)]


def test_a_count_after_a_table_carries_the_period_of_the_sentence_before_the_table():
    text = (
        "Between 21 September and 20 October 2022, citizens of the Russian Federation made 82,400 entries into "
        "Armenia.\n\n"
        "Table 2. Entries of citizens of the Russian Federation, Armenia, persons\n\n"
        "Period                       Entries\n"
        "21-30 September 2022          41 300\n"
        "1-20 October 2022             41 100\n\n"
        "Source: National Security Service\n\n"
        "Of all entries, 51 200 were recorded at the Bagratashen road crossing point on the border with Georgia.\n"
    )
    assert [r for r in rows(text, **GEORGIA_2022) if r[1] == 51200] == [
        ("entries", 51200, "Bagratashen", date(2022, 9, 21), date(2022, 10, 20))
    ]


def test_a_year_alone_in_brackets_is_no_count():
    text = "Migrants landed by declared nationality (2023): see the table below.\n\nSince 1 January, 98.400 migrants have landed in Italy."
    assert [r[:2] for r in rows(text, **ITALY_2023)] == [("entries", 98400)]


def test_a_price_told_without_its_currency_after_cost_is_no_count():
    text = (
        "Drivers ask $300 for the car to Uralsk, a seat costs 35 000 roubles.\n\n"
        "Before the call-up a seat to Uralsk cost 2 700.\n\n"
        "Since Wednesday 8,200 Russians have entered Kazakhstan through Sherbakty.\n"
    )
    assert [r[:2] for r in rows(text, **SEPTEMBER_27)] == [("flights_price_usd", 300), ("entries", 8200)]


def test_the_wait_for_an_appointment_at_an_office_is_no_wait_at_the_border():
    text = (
        "Appointments for residence permits at the provincial office are given with a waiting time of about two weeks. "
        "At the Sarpi crossing drivers waited about five hours."
    )
    assert [r[:3] for r in rows(text, published=date(2022, 10, 14), trigger=date(2022, 9, 21), origin="Russia")] == [
        ("wait_hours", 5, "Sarpi")
    ]


def test_the_number_of_a_table_referred_to_is_no_count():
    text = (
        "Between 21 September and 20 October, citizens of the Russian Federation made 82,400 entries into Armenia "
        "(Table 2). Table 3 shows the entries by crossing point."
    )
    assert [r[:2] for r in rows(text, **GEORGIA_2022)] == [("entries", 82400)]


def test_the_same_period_of_an_earlier_year_in_brackets_is_no_count():
    text = "Since 1 January 2023, 6,210 migrants have landed on Lampedusa (same period of 2022: 2,380)."
    assert [r[:2] for r in rows(text, **ITALY_2023)] == [("entries", 6210)]


def test_a_sentence_opening_on_the_same_period_of_an_earlier_year_with_no_comma_is_no_count():
    text = (
        "Since 21 September 4 120 citizens of Tajikistan have returned through Dushanbe airport. In the same period "
        "of 2021 this indicator made 2 215 persons."
    )
    assert [r[:2] for r in rows(text, published=date(2022, 10, 2), trigger=date(2022, 9, 21), origin="Russia")] == [
        ("exits", 4120)
    ]
