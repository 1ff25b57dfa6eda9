"""Rules added after the read of rounds 616-619 for places (branch evr616p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

MALAWI_2019 = dict(published=date(2019, 3, 12), trigger=date(2019, 3, 1), origin="Mozambique")


def test_a_spaced_table_of_border_posts_names_each_rows_post():
    text = (
        "Movements at the border posts of Mwanza District, 4-10 March 2019\n\n"
        "Border post             Arrivals from Mozambique    Returns\n"
        "Chiponde                        2,310                  85\n"
        "Nkhwazi                           940                  12\n\n"
        "Source: Department of Immigration.\n"
    )
    assert sorted(placed(text, **MALAWI_2019)) == [
        ("entries", 940, "Nkhwazi"), ("entries", 2310, "Chiponde"), ("exits", 12, "Nkhwazi"), ("exits", 85, "Chiponde")
    ]


def test_gronowo_is_the_polish_side_of_the_mamonovo_crossing():
    text = (
        "The Polish Border Guard said that from Monday to Wednesday 1,220 Russian citizens entered Poland through the "
        "road crossings with the Kaliningrad region; 480 of them were cleared at Gronowo."
    )
    # (the gazetteer's name for the Mamonovo crossing, which the labels write "Mamonovo")
    assert ("entries", 480, "Grzechotki") in placed(text, published=date(2022, 9, 29))


def test_a_spaced_table_of_landing_places_names_each_rows_place():
    text = (
        "Landings in the past 24 hours\n\n"
        "Place of landing      Boats    Persons landed\n"
        "Crotone                 3           248\n"
        "Roccella Ionica         1            77\n\n"
        "Most boats left from Libya.\n"
    )
    assert ("entries", 77, "Roccella Ionica") in placed(text, published=date(2023, 9, 15))


def test_a_towns_name_with_its_posts_in_brackets_is_at_the_post():
    text = (
        "In the past 24 hours 7 120 citizens of Ukraine entered the Russian Federation through the checkpoints of the "
        "region:\n\n"
        "Checkpoint                Entered from Ukraine\n"
        "Donetsk (Izvarino)             4 380\n"
        "Gukovo                         2 740\n\n"
        "The largest flow continues at the Donetsk checkpoint.\n"
    )
    assert ("entries", 4380, "Izvaryne") in placed(text, published=date(2014, 8, 19), origin="Ukraine")


def test_a_fare_to_ras_al_khaimah_ends_at_its_three_words():
    text = "Agents said a one-way seat from Kazan to Ras al-Khaimah sold for up to 1,100 dollars on Tuesday."
    assert placed(text, published=date(2022, 10, 5)) == [("flights_price_usd", 1100, "Kazan - Ras Al Khaimah")]


def test_a_landing_table_total_stays_the_country_of_its_towns():
    text = (
        "Landings in the past 24 hours\n\n"
        "Place of landing      Boats    Persons landed\n"
        "Pozzallo                3           310\n"
        "Roccella Ionica         1            77\n"
        "Total                   4           387\n\n"
        "Most boats left from Sfax (Tunisia), the others from Zuwara (Libya).\n"
    )
    assert ("entries", 387, "Italy") in placed(text, published=date(2023, 9, 15), origin="Tunisia")
