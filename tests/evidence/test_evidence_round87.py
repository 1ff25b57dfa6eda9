"""Rules added after reading round 87 (branch evr87b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday


def periods(text, **kwargs):
    return [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_numeric_dates_with_a_leading_zero_close_a_window():
    text = "In the period from 23.09. until 05.10.2022 through the Varnek crossing entered 1 thous. 240 citizens of Russia."
    assert periods(text, published=date(2022, 10, 7)) == [("entries", 1240, date(2022, 9, 23), date(2022, 10, 5))]


def test_two_numeric_dates_without_from_are_a_window_in_the_later_ones_year():
    text = "In the same week of the year before (24.09. until 30.09.2021) entered 610 citizens of Russia through Varnek."
    assert periods(text, published=date(2022, 10, 7)) == [("entries", 610, date(2021, 9, 24), date(2021, 9, 30))]


def test_a_window_from_a_day_to_a_day_holds_an_aside_between():
    text = "From 22 September, when the decree took effect, until 4 October, in Latvia entered 3,300 citizens of Russia."
    assert periods(text, published=date(2022, 10, 7)) == [("entries", 3300, date(2022, 9, 22), date(2022, 10, 4))]


def test_a_night_from_one_weekday_on_the_next_is_both_days():
    text = "In the night from Monday on Tuesday the border guards detained 6 persons near the Varnek crossing."
    assert periods(text) == [("arrests", 6, date(2022, 9, 26), date(2022, 9, 27))]


def test_a_crossing_named_with_the_arabic_article_in_lower_case_keeps_it():
    text = "The queue for the al-Qarn border post stretched 7 kilometres on Thursday, drivers said."
    assert placed(text, published=date(1991, 3, 8), trigger=None, origin="Iraq") == [("queue_length_km", 7, "Al-Qarn")]


def test_a_length_followed_by_high_or_wide_is_a_size_not_a_queue():
    text = "Cars lined up at the Varnek crossing on Thursday. The fence along this stretch is about 4 metres high."
    assert placed(text) == []


def test_what_a_post_was_built_to_let_through_is_a_capacity():
    text = "Cars lined up at the Varnek crossing on Thursday; the post was designed for the passage of 600 vehicles per day."
    assert placed(text) == []


def test_a_country_named_by_an_older_name_is_that_country():
    text = "The Formosa garrison said it had arrested 47 persons who came ashore without permits since Sunday."
    assert placed(text, published=date(1949, 5, 20), trigger=None, origin="China") == [("arrests", 47, "Taiwan")]


def test_people_who_landed_here_landed_in_the_datelines_town():
    text = "ROSSLARE, Ireland, May 20 (Reuter) - More than 600 passengers landed here from Wales on Thursday, officials said."
    assert placed(text, published=date(1949, 5, 20), trigger=None, origin="United Kingdom") == [("entries", 600, "Rosslare")]


def test_the_last_days_of_a_month_named_again_are_those_days():
    text = "Over those same last ten days of September about 4,300 Russians flew out of Varnek airport, officials said."
    assert periods(text, published=date(2022, 10, 28)) == [("exits", 4300, date(2022, 9, 21), date(2022, 9, 30))]


def test_a_town_right_after_the_airport_names_it():
    text = "On Saturday, 24 September, at the airport Ostrava arrived 96 citizens of Russia by the flights from Istanbul."
    assert placed(text, published=date(2022, 9, 30)) == [("entries", 96, "Ostrava")]


def test_companies_phones_and_accounts_are_no_people():
    text = (
        "In September 1,200 Russians entered Latvia through Varnek. The register took 310 new companies with Russian owners, "
        "and operators say 9,400 phones were registered with Russian passports in the same month."
    )
    assert placed(text) == [("entries", 1200, "Varnek")]


def test_people_who_hold_permits_with_no_who_are_a_stock():
    text = (
        "The migration office says 41,000 Russians held residence permits in Latvia at the end of September, "
        "counting some who arrived long ago."
    )
    assert placed(text) == []


def test_an_amount_in_a_countrys_own_dollars_is_no_count():
    text = (
        "Riga is struggling to absorb the newcomers. Hotels are full, and the price of rice in Riga rose to 3.6 million "
        "old Latvian dollars this week."
    )
    assert placed(text) == []


def test_a_level_the_sentence_after_says_the_count_is_slightly_above_is_a_baseline():
    text = (
        "Border guards recorded 41,300 arrivals of Russian citizens in Latvia in September. "
        "That is only slightly above the 39,800 they recorded in September 2021."
    )
    assert periods(text, published=date(2022, 10, 28)) == [
        ("entries", 41300, date(2022, 9, 1), date(2022, 9, 30)),
        ("entries", 39800, date(2021, 9, 1), date(2021, 9, 30)),
    ]
