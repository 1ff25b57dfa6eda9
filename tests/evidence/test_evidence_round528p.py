"""Rules added after the read of rounds 528-531 for places (branch evr528p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SOMALIA = dict(published=date(2011, 8, 3), trigger=date(2011, 7, 1), origin="Somalia")
CZECHOSLOVAKIA = dict(published=date(1968, 8, 31), trigger=date(1968, 8, 21), origin="Czechoslovakia")
AFGHANISTAN = dict(published=date(2021, 8, 25), trigger=date(2021, 8, 15), origin="Afghanistan")


def test_a_count_crossing_from_the_far_side_of_a_crossing_into_the_country_is_the_crossings():
    text = "On Monday, border officers counted 2,140 people crossing from Dhobley into Kenya on foot."
    assert placed(text, **SOMALIA) == [("entries", 2140, "Liboi")]


def test_a_count_crossed_from_a_crossings_side_into_the_country_through_a_gate_it_does_not_know():
    text = "On Tuesday, 6,300 persons crossed from Spin Boldak into Pakistan through the main gate."
    assert placed(text, **AFGHANISTAN) == [("entries", 6300, "Spin Boldak")]


def test_a_post_named_after_the_country_is_still_the_counts():
    text = "On Tuesday, 6,300 persons crossed from Spin Boldak into Pakistan at Torkham, officials said."
    assert placed(text, **AFGHANISTAN) == [("entries", 6300, "Torkham")]


def test_a_count_opening_on_the_whole_land_border_is_the_countrys_not_the_post_named_among_it():
    text = "Across the whole land border, including Koidula, 1 870 Russian citizens entered Estonia on Sunday."
    assert placed(text, published=date(2022, 9, 26)) == [("entries", 1870, "Estonia")]


def test_a_count_through_two_posts_named_after_it_is_the_countrys_not_a_post_named_before():
    text = (
        "On Friday, 1,300 Czechoslovaks crossed at Berg, officials said. "
        "Since Sunday, about 4,000 have entered through Berg and Kleinhaugsdorf."
    )
    assert placed(text, **CZECHOSLOVAKIA) == [("entries", 1300, "Berg"), ("entries", 4000, "Austria")]


def test_an_airport_listed_by_its_name_in_quotes_with_its_city_in_brackets_is_the_city():
    text = (
        "By checkpoints, from 21 to 26 September:\n"
        '- "Manas" international airport (Bishkek): 8 310 persons entered;\n'
        '- "Kairak" automobile checkpoint: 4 020 persons entered.\n\n'
        "On Monday, 26 September, 1 940 persons entered through Manas."
    )
    assert placed(text, published=date(2022, 9, 27)) == [
        ("entries", 8310, "Bishkek"),
        ("entries", 4020, "Kairak"),
        ("entries", 1940, "Bishkek"),
    ]


def test_a_wait_its_sentence_puts_at_a_crossing_is_there_not_at_the_queue_told_before():
    text = (
        "At 07:00 this morning about 900 cars stood in line in front of Kairak. According to travellers who reached "
        "Zhaisan at dawn, the waiting time was 10-14 hours."
    )
    assert placed(text, published=date(2022, 9, 27)) == [("queue_vehicles", 900, "Kairak"), ("wait_hours", 14, "Sagarchin")]


def test_a_wait_at_the_far_sides_post_of_a_named_crossing_is_the_crossings():
    text = (
        "On Monday, 1 260 Russian citizens entered Kyrgyzstan through Ak-Tilek. On the Kazakh side of Ak-Tilek, at the "
        "Sarybel checkpoint, the waiting time did not exceed 5 hours yesterday."
    )
    assert placed(text, published=date(2022, 9, 27)) == [("entries", 1260, "Ak-Tilek"), ("wait_hours", 5, "Ak-Tilek")]


def test_jaber_alone_is_the_jordanian_side_of_the_nasib_crossing():
    text = "In the past week, 280 Syrians went back to Syria through the Jaber border centre at their own request."
    assert placed(text, published=date(2013, 3, 2), trigger=date(2011, 3, 15), origin="Syria") == [("exits", 280, "Nasib")]


def test_russians_still_in_goa_are_goas_not_the_airport_town_named_before():
    text = (
        "Some 3,100 Russians have landed at Dabolim since September 21. Officials estimate that about 2,600 of those "
        "who came after September 21 are still in Goa."
    )
    assert placed(text, published=date(2022, 10, 12)) == [("entries", 3100, "Dabolim"), ("net_arrivals", 2600, "Goa")]
