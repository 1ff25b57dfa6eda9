"""Rules added after the read of rounds 604-607 for figures not read and distractors (branch evr604r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of

GAMBELLA_2016 = dict(published=date(2016, 9, 9), trigger=date(2016, 7, 8), origin="South Sudan")
TIJUANA_2023 = dict(published=date(2023, 5, 20), trigger=None, origin="Haiti")
GEORGIA_2022 = dict(published=date(2022, 10, 4), trigger=date(2022, 9, 21), origin="Russia")
TURKEY_2022 = dict(published=date(2022, 10, 8), trigger=date(2022, 9, 21), origin="Russia")
CEUTA_2021 = dict(published=date(2021, 5, 20), trigger=None, origin="Morocco")


def test_a_share_column_and_a_relocation_column_of_an_aligned_table_are_no_figures():
    text = (
        "Table 2. New arrivals and relocations by entry point, 2 - 8 September 2016\n\n"
        "Entry point   Woreda     New arrivals   Relocated to camps   Women (%)\n"
        "Burubiey      Jikawo            1,930                1,610          64\n"
        "Pagak         Jikawo              720                  580          61\n"
    )
    assert [value for _quantity, value in quantities(text, **GAMBELLA_2016)] == [1930, 720]


def test_a_capacity_with_its_kind_between_is_no_figure():
    planned = "Kule camp now hosts 51,200 refugees and has passed its planned capacity of 50,000."
    installed = "The 28 shelters of the city currently house 5,310 people, against an installed capacity of 4,200."
    assert rows_of(50000, planned, **GAMBELLA_2016) == []
    assert rows_of(4200, installed, **TIJUANA_2023) == []


def test_people_moved_on_to_a_camp_of_the_host_are_no_figure():
    text = "Since August, more than 9,300 refugees have been moved on by truck to the new camp, 40 kilometres inland."
    assert rows_of(9300, text, **GAMBELLA_2016) == []


def test_a_laws_title_is_no_count():
    text = "Since 12 May, U.S. authorities have sent 2,140 people back to Tijuana through San Ysidro under Title 8."
    assert rows_of(8, text, **TIJUANA_2023) == []


def test_the_passengers_named_by_who_they_are_are_a_part():
    text = (
        "From 22 September to 3 October, 12,910 passengers departed from Batumi airport on international flights. "
        "According to the airlines, about 8,400 of the departing passengers were citizens of the Russian Federation."
    )
    assert rows_of(8400, text, **GEORGIA_2022) == []


def test_a_districts_people_are_no_figure():
    text = "Manavgat, a district of about 240,000 residents, had many Russian visitors before the mobilisation."
    assert rows_of(240000, text, **TURKEY_2022) == []


def test_people_with_residence_permits_are_residents():
    text = "Antalya had some 12,400 Russians with residence permits before the mobilisation, the governor's office said."
    assert rows_of(12400, text, **TURKEY_2022) == []


def test_people_who_walked_back_through_a_posts_gate_went_out():
    text = "At the Tarajal border post, between 07:00 and 10:00 this morning, another 365 adults walked back through the gate."
    assert [r[:3] for r in rows_of(365, text, **CEUTA_2021)] == [("exits", 365, "Tarajal")]
