"""Rules added after the read of rounds 404-407 for figures not read and distractors (branch evr408r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_a_size_written_before_its_noun_is_no_count():
    text = (
        "On Tuesday 1,900 refugees crossed into Zambia at Kasumbalesa. Many of them came on foot over the 250-metre "
        "bridge from the Congolese side; others came across a 3-foot ditch."
    )
    rows = quantities(text, published=date(2016, 5, 4), origin="DR Congo")
    assert ("entries", 1900.0) in rows and 250 not in values(rows) and 3 not in values(rows), rows


def test_traffic_in_both_directions_is_no_entry():
    text = (
        "On Sunday 4,300 Ukrainians entered Hungary at Zahony. Across the whole border, 12.400 persons crossed in "
        "both directions with about 3.900 vehicles."
    )
    rows = quantities(text, published=date(2022, 3, 1), origin="Ukraine")
    assert ("entries", 4300.0) in rows and 12400 not in values(rows) and 3900 not in values(rows), rows


def test_a_list_by_crossing_under_a_lead_in_with_no_count_shares_out_the_count_before():
    text = (
        "Over the past day, 9.870 Ukrainian citizens entered Hungary.\n\n"
        "The busiest border crossing points were the following:\n"
        "- Zahony (Szabolcs county): 5.120 Ukrainian citizens;\n"
        "- Beregsurany: 2.040 Ukrainian citizens;\n"
        "• Tiszabecs — 1.310 persons\n"
    )
    rows = quantities(text, published=date(2022, 3, 2), origin="Ukraine")
    assert ("entries", 5120.0) in rows and ("entries", 2040.0) in rows and ("entries", 1310.0) in rows, rows


def test_a_part_named_by_its_nationality_and_noun_then_left_is_an_exit():
    text = (
        "Since 24 February, 88.300 Ukrainian citizens have entered Hungary. Of these, 61.500 Ukrainian citizens have "
        "left Hungary, most of them for Austria."
    )
    rows = quantities(text, published=date(2022, 3, 3), origin="Ukraine")
    assert ("exits", 61500.0) in rows, rows


def test_a_year_in_the_name_of_a_plan_or_a_law_is_no_count():
    text = (
        "Some 3,100 Malians crossed into Mauritania at Fassala on Monday.\n\n"
        "Funding: The 2013 Regional Refugee Response Plan has received 9 per cent of what it seeks by 20 January."
    )
    rows = quantities(text, published=date(2013, 1, 22), origin="Mali")
    assert ("entries", 3100.0) in rows and 2013 not in values(rows), rows


def test_subscribers_and_signatures_are_no_people():
    text = (
        "On Tuesday 2 700 Russians crossed into Georgia at Verkhny Lars. Since Friday the volunteers' channel has grown "
        "from 1 200 to 15 000 subscribers, and their petition has collected 40 000 signatures."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert ("entries", 2700.0) in rows and 15000 not in values(rows) and 1200 not in values(rows) and 40000 not in values(rows), rows


def test_people_who_registered_with_the_migration_authorities_in_the_simple_past_are_no_figure():
    text = (
        "Some 4 100 Russians crossed into Kyrgyzstan at Ak-Zhol on Monday. Since 21 September, 6 200 Russian citizens "
        "registered with the migration authorities in Kyrgyzstan."
    )
    rows = quantities(text, published=date(2022, 10, 4), origin="Russia")
    assert ("entries", 4100.0) in rows and 6200 not in values(rows), rows
