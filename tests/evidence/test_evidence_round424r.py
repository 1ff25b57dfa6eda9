"""Rules added after the read of rounds 420-423 for figures not read and distractors (branch evr424r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, quantities, values


def test_an_earlier_years_count_told_for_comparison_is_no_figure():
    text = (
        "Since 21 September, 48,300 Russian citizens have entered Armenia, the border service said. For comparison, "
        "in October 2021 some 7,350 Russian citizens crossed into Armenia."
    )
    rows = quantities(text, published=date(2022, 10, 6), trigger=date(2022, 9, 21), origin="Russia")
    assert 7350 not in values(rows), rows
    assert ("entries", 48300.0) in rows, rows


def test_a_dated_count_of_the_reports_own_year_told_for_comparison_is_kept():
    text = (
        "On Sunday 3,900 Russians entered Finland. For comparison, on 22 September 2022, the last day before the "
        "ban, 8,572 Russians entered Finland."
    )
    rows = quantities(text, published=date(2022, 10, 3), trigger=date(2022, 9, 21), origin="Russia")
    assert 8572 in values(rows), rows


def test_people_who_drowned_are_no_figure():
    text = (
        "Boats carried 2,400 Tajiks across the Amu Darya to Afghanistan on Monday. Officials have received reports "
        "that at least 45 people have drowned since mid-December."
    )
    rows = quantities(text, published=date(1993, 1, 12), origin="Tajikistan")
    assert 45 not in values(rows), rows
    assert ("entries", 2400.0) in rows, rows


def test_the_most_a_hall_takes_is_no_count():
    text = (
        "On Tuesday 3,150 Russians crossed into Kazakhstan at Syrym. The school gym in Uralsk takes up to 450 "
        "people, the volunteers said."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert 450 not in values(rows), rows
    assert ("entries", 3150.0) in rows, rows


def test_an_unbulleted_list_by_day_under_its_lead_in_is_read():
    text = (
        "According to the border guards, the following number of Russian citizens entered Finland through Vaalimaa "
        "in the past four days:\n\n"
        "24 September - 4,211\n"
        "25 September - 4,876\n"
        "26 September - 5,102\n"
        "27 September - 4,950\n\n"
        "The queue at the post was about 2 km long on Tuesday evening."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    for value in (4211, 4876, 5102, 4950):
        assert ("entries", float(value)) in rows, rows


def test_a_weekdays_date_in_brackets_is_no_count():
    text = "On Thursday (15), 2.310 Venezuelans entered Brazil through Pacaraima, the Federal Police said."
    rows = quantities(text, published=date(2018, 3, 16), origin="Venezuela")
    assert 15 not in values(rows), rows
    assert ("entries", 2310.0) in rows, rows


def test_people_a_charity_is_feeding_are_no_movement():
    text = (
        "Some 4,300 Mozambicans crossed into Malawi at Mwanza last week, officials said. The Red Cross said it was "
        "feeding 38,000 of the refugees and that 30 lorries of maize had left Blantyre for the border camps."
    )
    rows = quantities(text, published=date(1987, 2, 10), origin="Mozambique")
    assert 38000 not in values(rows), rows
    assert ("entries", 4300.0) in rows, rows


def test_a_week_listed_by_day_is_no_appended_story():
    text = (
        "The following numbers of travellers arrived in the republic over the last seven days:\n\n"
        "14 May - 2,310\n\n15 May - 2,145\n\n16 May - 1,980\n\n17 May - 2,020\n\n18 May - 1,870\n\n"
        "19 May - 1,910\n\n20 May - 1,840\n\n"
        "Over the same week, 6,405 foreign citizens left the country through the Sarpi post."
    )
    values = {f.value for f in figures(text, published=date(2023, 5, 21))}
    assert {2310, 1870, 1840, 6405} <= values
