"""Rules added after the read of rounds 608-611 for figures not read and distractors (branch evr608r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, quantities

RORAIMA_2019 = dict(published=date(2019, 6, 8), trigger=None, origin="Venezuela")
AEGEAN_2019 = dict(published=date(2019, 10, 9), trigger=None, origin="Turkey")
OUADDAI_2023 = dict(published=date(2023, 7, 8), trigger=date(2023, 4, 15), origin="Sudan")
HUNGARY_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
CALAIS_2021 = dict(published=date(2021, 11, 18), trigger=None, origin="Iraq")
DEL_RIO_2023 = dict(published=date(2023, 12, 20), trigger=None, origin="Mexico")
ORENBURG_2022 = dict(published=date(2022, 9, 27), trigger=date(2022, 9, 21), origin="Russia")
NORWAY_2022 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")


def test_screened_and_vaccinated_columns_of_an_aligned_table_are_no_figures():
    text = (
        "Table 1. Venezuelans at the Pacaraima post, May 2019\n\n"
        "Period          Entries   Exits   Screened   Vaccinated\n"
        "1-15 May          2,130     345      1,512          960\n"
        "16-31 May         2,290     365      1,704        1,218\n"
    )
    assert quantities(text, **RORAIMA_2019) == [("entries", 2130), ("exits", 345), ("entries", 2290), ("exits", 365)]


def test_people_present_and_a_capacity_column_of_an_aligned_table_are_no_figures():
    text = (
        "1. FLOWS IN THE PAST 24 HOURS\n\n"
        "Island      Arrivals    Present in RIC / facilities    Nominal capacity\n"
        "Lesvos          312          11.215                        3.100\n"
        "Chios            67           2.460                        1.014\n"
    )
    assert quantities(text, **AEGEAN_2019) == [("entries", 312), ("entries", 67)]


def test_an_awaiting_relocation_column_of_an_aligned_table_is_no_figure():
    text = (
        "Table 1. New arrivals by entry point, 1 - 7 July 2023\n\n"
        "Entry point   Department   New arrivals   Awaiting relocation\n"
        "Koufroun      Assoungha          4,860                 2,620\n"
        "Borota        Assoungha            990                   260\n"
    )
    assert quantities(text, **OUADDAI_2023) == [("entries", 4860), ("entries", 990)]


def test_people_taken_into_custody_are_arrests():
    took = "On Tuesday officers of the Nyirbator police station took 3 Hungarian citizens into custody on suspicion of smuggling."
    placed_in = "During the evacuation of the camp 14 people were placed in police custody, including three for violence."
    took_into = "The gendarmerie took into custody 12 armed men who crossed near the bridge on Friday."
    assert quantities(took, **HUNGARY_2022) == [("arrests", 3)]
    assert quantities(placed_in, **CALAIS_2021) == [("arrests", 14)]
    assert quantities(took_into, **HUNGARY_2022) == [("arrests", 12)]


def test_border_agents_taking_migrants_into_custody_count_entries():
    text = (
        "Border Patrol agents in Del Rio took some 1,800 migrants into custody on Monday alone, and more than 14,000 "
        "since 1 December."
    )
    assert quantities(text, **DEL_RIO_2023) == [("entries", 1800), ("entries", 14000)]


def test_a_regions_code_on_number_plates_is_no_count():
    two = "On Monday the line before the post was about 9 km long, with some 1,200 cars, many of them with the region's 56 and 156 plates."
    ours = "This morning about 300 cars, most with our 05 plates, stood in line before the checkpoint."
    assert quantities(two, **ORENBURG_2022) == [("queue_length_km", 9), ("queue_vehicles", 1200)]
    assert quantities(ours, **ORENBURG_2022) == [("queue_vehicles", 300)]


def test_people_who_travelled_from_the_host_into_the_origin_went_out():
    hungary = "On 7 March, 410 persons travelled from Hungary to Ukraine through Barabás."
    norway = "About 650 people travelled from Norway into Russia through Storskog between Wednesday and Sunday."
    inside = "On 28 February, 1 850 persons travelled from Zahony to Budapest by the special trains."
    assert placed(hungary, **HUNGARY_2022) == [("exits", 410, "Barabas")]
    assert placed(norway, **NORWAY_2022) == [("exits", 650, "Storskog")]
    assert placed(inside, **HUNGARY_2022) == []
