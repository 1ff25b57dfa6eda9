"""Rules added after the read of rounds 484-487 for periods and quantities (branch evr488q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_new_arrivals_still_in_a_place_are_those_who_stayed():
    text = "By Tuesday night about 3 400 new arrivals were still in Kidal, sheltering with families in the town."
    rows = rows_of(3400, text, published=date(2012, 2, 8))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_newcomers_currently_in_a_town_are_those_who_stayed():
    text = "An estimated 8,700 new arrivals are currently in Kosti town, outside the reception centre, officials said."
    rows = rows_of(8700, text, published=date(2023, 6, 2))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_new_arrivals_counted_at_a_place_are_still_entries():
    text = "On Monday 1,250 new arrivals were recorded at Kidal, most of them women and children."
    rows = rows_of(1250, text, published=date(2012, 2, 8))
    assert [r[0] for r in rows] == ["entries"]


def test_those_remaining_in_national_territory_stayed_in_the_country():
    text = (
        "Since Monday some 4,200 Salvadorans have entered Guatemala at Pedro de Alvarado. Of those, the institute "
        "estimates that about 2,600 remain in national territory, heading north."
    )
    rows = rows_of(2600, text, published=date(2020, 10, 8))
    assert [(r[0], r[2]) for r in rows] == [("net_arrivals", "Guatemala")]


def test_those_still_in_the_national_territory_stayed_in_the_country():
    text = (
        "Since 3 November more than 5 100 Cubans have entered Panama at Paso Canoas; of them about 3 900 are still "
        "in the national territory, the directorate said."
    )
    rows = rows_of(3900, text, published=date(2015, 11, 20))
    assert [(r[0], r[2]) for r in rows] == [("net_arrivals", "Panama")]


def test_figures_running_to_a_day_in_the_counts_sentence_close_its_window():
    text = (
        "More than 27,500 Russian citizens have entered Kazakhstan since 21 September and about 9,000 have left, "
        "with the figures running to Sunday."
    )
    rows = rows_of(27500, text, published=date(2022, 10, 5), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 2))]


def test_data_running_to_a_day_in_the_sentence_before_close_the_windows_after():
    text = (
        "The bulletin draws on border service data, which run to 6 October. Since 21 September about 64,000 citizens "
        "of Russia have entered Kazakhstan."
    )
    rows = rows_of(64000, text, published=date(2022, 10, 8), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 6))]


def test_a_count_with_no_figures_running_to_a_day_runs_to_publication():
    text = (
        "The road to the border runs to Petropavl. Since 21 September about 64,000 citizens of Russia have entered "
        "Kazakhstan."
    )
    rows = rows_of(64000, text, published=date(2022, 10, 8), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 8))]
