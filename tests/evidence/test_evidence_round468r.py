"""Rules added after the read of rounds 464-467 for figures not read and distractors (branch evr468r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def dated(text, published):
    return [(f.quantity, f.value, f.place, f.period.start, f.period.end) for f in figures(text, published=published)]


def test_items_by_day_with_leader_dots_are_read_with_their_own_days():
    text = (
        "Weekly update\n\n"
        "The commission gave its figures for the week.\n\n"
        "New arrivals in Chad this week:\n\n"
        "  Tuesday 11 July ........ 1,480\n"
        "  Wednesday 12 July ...... 1,105\n"
    )
    assert dated(text, date(2023, 7, 14)) == [
        ("entries", 1480, "Chad", date(2023, 7, 11), date(2023, 7, 11)),
        ("entries", 1105, "Chad", date(2023, 7, 12), date(2023, 7, 12)),
    ]


def test_items_by_day_with_a_stop_after_the_month_are_read():
    text = (
        "Weekly update\n\n"
        "The police gave the following figures.\n\n"
        "Russian citizens who have entered Finland this week:\n"
        "   Tuesday 04.10.: 2 215\n"
        "   Wednesday 05.10.: 1 960\n"
    )
    assert dated(text, date(2022, 10, 6)) == [
        ("entries", 2215, "Finland", date(2022, 10, 4), date(2022, 10, 4)),
        ("entries", 1960, "Finland", date(2022, 10, 5), date(2022, 10, 5)),
    ]


def test_bulleted_items_by_day_are_at_the_crossing_their_lead_in_counts_through():
    text = (
        "Weekly update\n\n"
        "The ministry gave the following figures.\n\n"
        "Venezuelans who entered Brazil through Pacaraima, by day:\n"
        "   - Monday 06.03.2023 ........ 640\n"
        "   - Tuesday 07.03.2023 - 712\n"
    )
    assert dated(text, date(2023, 3, 8)) == [
        ("entries", 640, "Pacaraima", date(2023, 3, 6), date(2023, 3, 6)),
        ("entries", 712, "Pacaraima", date(2023, 3, 7), date(2023, 3, 7)),
    ]


def test_a_numbered_item_with_a_note_in_brackets_is_a_list_item():
    text = (
        "Daily statement\n\n"
        "Yesterday 61 300 persons crossed from Ukraine into Romania, the border police said.\n\n"
        "Persons who crossed yesterday at the two busiest crossing points:\n"
        "1. Siret (road crossing, Suceava county): 8 400 persons;\n"
        "2. Isaccea (ferry, Tulcea county): 2 150 persons.\n"
    )
    assert placed(text, published=date(2022, 3, 2), trigger=date(2022, 2, 24), origin="Ukraine") == [
        ("entries", 61300, "Romania"),
        ("entries", 8400, "Siret"),
        ("entries", 2150, "Isaccea"),
    ]


def test_a_settlement_named_by_its_number_is_no_count():
    text = "About 1,900 refugees crossed from Ethiopia into Sudan on Monday, UNHCR said, most of them at Lugdi (Village 8)."
    assert placed(text, published=date(2020, 11, 25), trigger=date(2020, 11, 4), origin="Ethiopia") == [
        ("entries", 1900, "Sudan")
    ]
