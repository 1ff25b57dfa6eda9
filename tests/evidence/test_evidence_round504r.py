"""Rules added after the read of rounds 504-507 for figures not read and distractors (branch evr504r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_unbulleted_items_with_a_dash_to_their_count_are_read_under_their_lead_in():
    text = (
        "On Saturday, 1 October, the number of Russian citizens who entered Finland by road was as follows:\n\n"
        "Vaalimaa (Virolahti) - 2 310\n"
        "Nuijamaa (Lappeenranta) - 1 045 persons\n"
        "Imatra - 690\n\n"
        "The Border Guard will publish the next figures on Monday."
    )
    assert placed(text, published=date(2022, 10, 2)) == [
        ("entries", 2310, "Vaalimaa"),
        ("entries", 1045, "Nuijamaa"),
        ("entries", 690, "Imatra"),
    ]


def test_unbulleted_items_with_a_colon_to_their_count_are_read_under_their_lead_in():
    text = (
        "During the past week, Russian citizens entered Finland through the road crossing points as follows:\n"
        "Vaalimaa: 9 120\n"
        "Nuijamaa: 4 305\n"
        "Imatra: 2 270\n"
    )
    assert placed(text, published=date(2022, 10, 2)) == [
        ("entries", 9120, "Vaalimaa"),
        ("entries", 4305, "Nuijamaa"),
        ("entries", 2270, "Imatra"),
    ]


def test_an_unbulleted_line_naming_no_place_stays_a_heading():
    text = (
        "During the past week, Russian citizens entered Finland through the road crossing points as follows:\n"
        "Visa applications: 3 480\n"
        "Residence permits: 1 210\n"
    )
    assert placed(text, published=date(2022, 10, 2)) == []
