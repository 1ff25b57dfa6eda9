"""Rules added after the read of rounds 412-415 for figures not read and distractors (branch evr416r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, quantities, values


def test_a_kinsman_with_no_name_then_his_age_ends_the_clause():
    text = (
        "\"We sold the car in a day,\" said Oleg, a driver from Omsk, who crossed at Sherbakty on Monday with his "
        "son, 23. On Monday 2,140 Russians crossed at Sherbakty, the border service said."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert 23 not in values(rows), rows
    assert ("entries", 2140.0) in rows, rows


def test_buildings_counted_are_no_people():
    text = (
        "Kostanay, a town of about 250 000 people, has some 35 hotels and 12 hostels, all of them full. On Tuesday "
        "3,100 Russians entered Kazakhstan at Kairak, the border service said."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert not {35, 12} & set(values(rows)), rows
    assert ("entries", 3100.0) in rows, rows


def test_a_sum_paid_by_the_month_or_the_night_is_a_rent_no_fare():
    text = (
        "The bus from Osh to Bishkek costs 1 500 som, about $18. A flat near the bazaar rents for 20 000 som a day. "
        "Some landlords want 60 000 som a month, or about $710, in cash. A bed on the night bus is $25 a night."
    )
    rows = quantities(text, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
    assert 710 not in values(rows), rows
    assert [v for q, v in rows if q == "flights_price_usd"] == [18.0], rows


def test_people_now_living_in_a_place_named_are_still_there():
    text = (
        "The town of Karakol has become a refuge. Officials said on Tuesday that some 1,200 Russian citizens are now "
        "living in the town. About 800 Russians are still living in Cholpon-Ata, the lake resort."
    )
    rows = quantities(text, published=date(2022, 10, 5), trigger=date(2022, 9, 21), origin="Russia")
    assert ("net_arrivals", 1200.0) in rows, rows
    assert ("net_arrivals", 800.0) in rows, rows


def test_the_speakers_of_a_language_are_a_community():
    text = (
        "Cyprus already has some 40,000 Russian speakers, most of whom came in the 2000s. On Sunday 620 Russians "
        "landed at Larnaca, the airport said."
    )
    rows = quantities(text, published=date(2022, 9, 27), trigger=date(2022, 9, 21), origin="Russia")
    assert 40000 not in values(rows), rows
    assert ("entries", 620.0) in rows, rows


def test_a_carrier_and_a_verb_with_its_particle_carry_people_in():
    text = (
        "The evacuation went on through the week. On Friday the railway brought in 3,400 refugees to Zagreb, and "
        "the state airline carried 1,150 passengers to Zagreb on Saturday."
    )
    rows = quantities(text, published=date(1991, 10, 7), origin="Bosnia and Herzegovina")
    assert ("entries", 3400.0) in rows, rows
    assert ("entries", 1150.0) in rows, rows
