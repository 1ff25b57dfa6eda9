"""Rules added after the read of rounds 592-595 for places (branch evr592p; sentences written for these tests)."""

from datetime import date

from exodus.evidence import infer_origin, parse_document
from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_27 = dict(published=date(2022, 9, 27), origin="Russia")
FAR_NORTH_2015 = dict(published=date(2015, 3, 18), origin="Nigeria")
CHIAPAS_2021 = dict(published=date(2021, 11, 23), origin="Haiti")


def test_people_police_held_as_they_tried_to_go_round_the_checkpoint_were_held_on_the_side_they_left():
    text = (
        "Thousands of Russians have driven into Kazakhstan at Mashtakovo since the decree.\n\n"
        "On Sunday police detained five men from Saratov who tried to go round the checkpoint on foot across the fields."
    )
    assert placed(text, **SEPTEMBER_27) == [("arrests", 5, "Russia")]


def test_people_held_bypassing_the_checkpoint_into_the_country_they_made_for_were_held_on_the_side_they_left():
    text = (
        "Thousands of Russians have driven into Kazakhstan at Mashtakovo since the decree.\n\n"
        "District police: on Sunday night 4 men were detained who tried to walk into Kazakhstan across the fields, "
        "bypassing the checkpoint."
    )
    assert placed(text, **SEPTEMBER_27) == [("arrests", 4, "Russia")]


def test_entry_points_of_cameroons_far_north_in_a_table_are_places_of_their_own():
    text = (
        "NIGERIAN REFUGEES IN CAMEROON\n\n"
        "Table 2. New arrivals by entry point, 1 - 15 March 2015\n\n"
        "Entry point (department)     Arrivals    Of whom women\n"
        "Kerawa (Mayo-Sava)              410            220\n"
        "Tourou (Mayo-Tsanaga)           275            150\n"
        "Mabass (Mayo-Tsanaga)           130             70\n"
        "Kolofata (Mayo-Sava)            920            500\n"
    )
    assert placed(text, **FAR_NORTH_2015) == [
        ("entries", 410, "Kerawa"),
        ("entries", 275, "Tourou"),
        ("entries", 130, "Mabass"),
        ("entries", 920, "Kolofata"),
    ]


def test_people_who_went_back_through_a_far_north_entry_point_went_through_it():
    text = "In the first half of March about 95 refugees went back to Nigeria through Tourou."
    assert placed(text, **FAR_NORTH_2015) == [("exits", 95, "Tourou")]


def test_tuxtla_gutierrez_is_a_city_of_its_own_and_tuxtla_chico_is_not_it():
    text = "About 3,500 migrants are now staying in Tuxtla Gutiérrez, city officials said on Tuesday."
    assert placed(text, **CHIAPAS_2021) == [("net_arrivals", 3500, "Tuxtla Gutierrez")]
    text = "About 3,500 migrants are now staying in Tuxtla Chico, city officials said on Tuesday."
    assert placed(text, **CHIAPAS_2021)[0][2] != "Tuxtla Gutierrez"


def test_a_place_a_reader_writes_from_is_no_place_people_left():
    text = (
        "LIVE | Call-up in Novosibirsk region: day six\n\n"
        "Across the country, 300 thousand reservists are to be called up. Some 40 thousand Russian citizens have "
        "entered Kazakhstan since the decree.\n\n"
        "Readers who have left write from Almaty that rooms there are rented out for weeks.\n\n"
        "Reader Oleg, 29, writes from Almaty: \"I flew out on Sunday.\""
    )
    assert infer_origin(parse_document(text.encode("utf-8"), "inline.txt")) == "Russia"
