"""Rules added after the read of rounds 508-511 for figures not read and distractors (branch evr508r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_a_bracketed_area_code_and_two_groups_ending_in_four_digits_is_a_phone():
    text = (
        "Since 2 March, some 8,400 people have crossed from Libya into Tunisia at Ras Jedir, the governorate said.\n\n"
        "Crisis cell of the governorate: (075) 640 2215 and (071) 3381 9040, day and night."
    )
    assert placed(text, published=date(2011, 3, 6)) == [("entries", 8400, "Ras Ajdir")]


def test_a_bracketed_area_code_and_a_hyphened_mobile_number_is_a_phone():
    text = (
        "Yesterday 1,250 Venezuelans entered Brazil at Pacaraima, the task force said.\n\n"
        "Press office of the task force: (95) 4410-2276 / (95) 98812-4431."
    )
    assert placed(text, published=date(2018, 8, 21)) == [("entries", 1250, "Pacaraima")]


def test_a_count_in_thousands_after_a_bracketed_year_stays_a_count():
    text = "Last year (2017) 12 400 people crossed into Brazil at Pacaraima, the police said."
    assert ("entries", 12400, "Pacaraima") in placed(text, published=date(2018, 8, 21))


def test_a_fare_tables_column_in_roubles_counts_no_people():
    text = (
        "Since the call-up was announced on Wednesday, our offices have received more requests for one-way tickets "
        "than in the whole of July. The fares are below.\n"
        "| Route | Fare, roubles | Seats from |\n"
        "|---|---|---|\n"
        "| Moscow - Bishkek | 84 200 | 2 October |\n"
        "| Moscow - Tbilisi | 121 000 | 29 September |\n"
    )
    assert placed(text, published=date(2022, 9, 24)) == []


def test_a_fare_tables_column_in_dollars_holds_the_fares():
    text = (
        "One-way fares we confirmed this morning for direct flights:\n\n"
        "| Route | Fare, tenge | Fare, USD |\n"
        "|---|---|---|\n"
        "| Moscow - Bishkek | 610 000 | about 1,280 |\n"
        "| Moscow - Tbilisi | 880 000 | 1,850 |\n"
    )
    assert placed(text, published=date(2022, 9, 24)) == [
        ("flights_price_usd", 1280, "Moscow - Bishkek"),
        ("flights_price_usd", 1850, "Moscow - Tbilisi"),
    ]
    assert {f.unit for f in figures(text, published=date(2022, 9, 24))} == {"USD"}


def test_a_tables_column_of_people_beside_no_currency_stays_a_count():
    text = (
        "Russian citizens who entered Kazakhstan, by crossing:\n\n"
        "| Crossing | Entered | Left |\n"
        "|---|---|---|\n"
        "| Kairak | 4 210 | 380 |\n"
    )
    assert ("entries", 4210, "Kairak") in placed(text, published=date(2022, 9, 24))


def test_a_queue_of_cars_with_dotted_thousands_is_a_count_not_a_fraction():
    text = (
        "On Sunday night the border police counted about 2.360 cars waiting before Kairak, the line running for 11 km "
        "along the highway."
    )
    assert ("queue_vehicles", 2360, "Kairak") in placed(text, published=date(2022, 9, 26))
