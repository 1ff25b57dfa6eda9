"""Rules added after the read of rounds 460-463 for figures not read and distractors (branch evr464r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, quantities


def test_a_number_to_call_after_a_body_named_in_small_letters_is_no_figure():
    text = (
        "About 2,300 people crossed at Kairak on Sunday, border guards said. "
        "Drivers stuck in the line can call the roadside volunteers on 8 701 552 40 19."
    )
    assert quantities(text, published=date(2022, 9, 26)) == [("entries", 2300)]



def test_a_bulleted_crossing_with_an_aside_after_a_comma_is_a_list_item():
    text = (
        "Arrivals of Russian citizens on Sunday by crossing point:\n"
        "- Vaalimaa: 3 150\n"
        "- Vainikkala railway station, two evening trains from Vyborg (Viipuri): 742\n"
        "- Imatra: 1 020\n"
    )
    assert placed(text, published=date(2022, 9, 26)) == [
        ("entries", 3150, "Vaalimaa"),
        ("entries", 742, "Vainikkala"),
        ("entries", 1020, "Imatra"),
    ]


def test_a_count_set_against_the_same_month_of_an_earlier_year_is_no_figure():
    text = "In October 2022, 31 480 Russian citizens entered Armenia, against 12 905 in October 2021, the committee said."
    assert quantities(text, published=date(2022, 11, 10)) == [("entries", 31480)]


def test_an_earlier_years_count_with_by_comparison_between_commas_is_no_figure():
    text = (
        "The ministry said 18 700 Russians entered Montenegro in October. "
        "In October 2021, by comparison, some 4 300 Russians entered Montenegro."
    )
    assert quantities(text, published=date(2022, 11, 10)) == [("entries", 18700)]


def test_an_agencys_planning_figure_is_no_count():
    text = (
        "Some 41,500 refugees have crossed into Uganda since 1 July. "
        "The inter-agency planning figure for the year is 60,000 new arrivals."
    )
    assert quantities(text, published=date(2016, 7, 20)) == [("entries", 41500)]
