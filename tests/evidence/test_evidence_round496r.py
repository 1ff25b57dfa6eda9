"""Rules added after the read of rounds 492-495 for figures not read and distractors (branch evr496r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_table_cell_with_thousands_after_a_space_is_one_number():
    text = (
        "Press centre\n\n"
        "From 5 May to 12 May the airport at Osh received 18 300 passengers arriving on flights from Russia. By route:\n"
        "| Route | Passengers |\n|---|---|\n| Moscow - Osh | 12 640 |\n| Kazan - Osh | 3 210 |\n| Samara - Osh | 2 450 |\n"
    )
    values = [value for _, value, _ in placed(text, published=date(2022, 5, 13))]
    assert values == [18300, 12640, 3210, 2450]
