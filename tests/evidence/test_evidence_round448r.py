"""Rules added after the read of rounds 444-447 for figures not read and distractors (branch evr448r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_spaced_thousands_right_after_a_dotted_day_are_one_number():
    text = (
        "Border traffic: on Wednesday 14.9. 6 240 Russian citizens arrived in Finland. On Sunday 18.9. 9 015 "
        "Russian citizens entered Finland at the eastern border."
    )
    rows = quantities(text, published=date(2022, 9, 20), origin="Russia")
    got = values(rows)
    for value in (6240, 9015):
        assert value in got, rows
    for value in (6, 240, 9, 15):
        assert value not in got, rows


def test_a_part_named_by_two_words_for_children_or_by_its_share_is_no_figure():
    text = (
        "Some 5,300 refugees arrived at Gambella this week. Of the new arrivals at the reception point, 2,140 were "
        "unaccompanied or separated children. Of the arrived citizens, 3 910 persons or 73.8 percent are male "
        "citizens of working age."
    )
    rows = quantities(text, published=date(2014, 3, 1), origin="South Sudan")
    got = values(rows)
    assert 5300 in got, rows
    for value in (2140, 3910):
        assert value not in got, rows


def test_people_per_bus_or_per_trip_are_a_load_not_a_count():
    text = (
        "On Tuesday 3,200 people crossed into Georgia at Upper Lars. Coaches from the waiting area will take the "
        "travellers over in turn, 36 people per coach. A train of 22 wagons arrived at Passau with an average of 45 "
        "persons per wagon."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    got = values(rows)
    assert 3200 in got, rows
    for value in (36, 45):
        assert value not in got, rows


def test_the_second_part_by_nationality_after_a_first_with_its_verb_is_no_figure():
    text = (
        "About 64,000 people have crossed into Tunisia at Ras Jedir since Sunday. Of these, some 29,000 are "
        "Egyptians and about 17,000 Tunisians going home."
    )
    rows = quantities(text, published=date(2011, 3, 2), origin="Libya")
    got = values(rows)
    assert 64000 in got, rows
    assert 17000 not in got, rows


def test_a_whole_charter_priced_is_no_fare():
    text = (
        "A seat on a bus from Ras Jedir to Djerba costs $15. Hiring a charter plane from Djerba to Cairo comes to "
        "about USD 55,000 for around 170 passengers, and a businessman paid $8,000 to charter a small jet to Tunis. "
        "Each charter costs the Red Crescent around US$ 120,000, while a seat on a charter now costs families around $900."
    )
    rows = quantities(text, published=date(2011, 3, 2), origin="Libya")
    got = list(rows)
    assert ("flights_price_usd", 15) in got, rows
    assert ("flights_price_usd", 900) in got, rows
    for value in (55000, 8000, 120000):
        assert ("flights_price_usd", value) not in got, rows


def test_what_a_ship_can_carry_is_its_size():
    text = (
        "The passenger ferry Tanjung, which can carry 1,800 passengers, docked at Kupang on Tuesday with about "
        "2,400 refugees from East Timor."
    )
    rows = quantities(text, published=date(1999, 9, 15), origin="Timor-Leste")
    got = values(rows)
    assert 2400 in got, rows
    assert 1800 not in got, rows
