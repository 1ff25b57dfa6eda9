"""Rules added after the read of rounds 608-611 for places (branch evr608p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28))
KILIS_2016 = dict(published=date(2016, 6, 3), trigger=date(2016, 2, 1), origin="Syria")


def test_a_table_row_naming_no_place_is_at_the_one_crossing_its_title_names():
    text = (
        "In May more Syrians came into Turkey than in April, and fewer went back to Syria.\n\n"
        "Table 2. Syrians registered at the Oncupinar post, May 2016\n\n"
        "Period          Entries   Exits\n"
        "1-15 May          2,310     140\n"
        "16-31 May         2,870     165\n"
    )
    assert placed(text, **KILIS_2016) == [
        ("entries", 2310, "Oncupinar"),
        ("exits", 140, "Oncupinar"),
        ("entries", 2870, "Oncupinar"),
        ("exits", 165, "Oncupinar"),
    ]


def test_a_name_written_with_turkish_dotted_capital_i_is_read():
    text = (
        "Russians keep landing in İzmir, Turkey's third city. Since 21 September some 3,400 Russian citizens have "
        "settled in İzmir, the provincial migration office says."
    )
    assert [row[2] for row in placed(text, published=date(2022, 10, 12))] == ["Izmir"]


def test_tomsks_airport_named_alone_is_tomsk():
    text = "Yesterday 180 passengers flew abroad from Bogashevo, the airport says."
    assert placed(text, **SEPTEMBER_28) == [("exits", 180, "Tomsk")]


def test_a_count_on_the_whole_border_after_a_crossings_count_is_the_countrys():
    text = (
        "The Finnish Border Guard says 1 950 Russian citizens entered Finland through Vaalimaa on Tuesday. "
        "On the whole eastern border there were about 6 400."
    )
    assert placed(text, **SEPTEMBER_28) == [("entries", 1950, "Vaalimaa"), ("entries", 6400, "Finland")]


def test_a_count_on_the_whole_eastern_land_border_is_the_countrys():
    text = (
        "Yesterday 1 950 Russian citizens entered Finland through Vaalimaa. On the whole eastern land border, some 5,100 "
        "Russians came in."
    )
    assert placed(text, **SEPTEMBER_28) == [("entries", 1950, "Vaalimaa"), ("entries", 5100, "Finland")]


def test_people_who_left_through_all_the_posts_for_a_country_are_the_country_lefts():
    text = (
        "Yesterday 1 870 people left Russia through Sol-Iletsk. Across the region, through all its checkpoints, about 12 "
        "thousand have left for Kazakhstan since the 21st."
    )
    assert [row[2] for row in placed(text, **SEPTEMBER_28)] == ["Sol-Iletsk", "Russia"]


def test_a_count_that_entered_the_region_of_the_body_that_gives_it_is_at_its_seat_town():
    text = (
        "The akimat of Kostanay region said that more than 12,000 citizens of Russia have entered the region since "
        "Wednesday."
    )
    assert placed(text, **SEPTEMBER_28) == [("entries", 12000, "Kostanay")]
