"""Rules added after the read of rounds 544-547 for figures not read and distractors (branch evr544r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

RUSSIA_OCT = dict(published=date(2022, 10, 6), trigger=date(2022, 9, 21), origin="")


# parts named only by how their people came (LABELLING.md: a part named by who its people are, no figure; the labels
# say "named only by how the people came")


def test_parts_in_cars_on_foot_and_on_bicycles_after_a_colon_are_no_figures():
    text = (
        "The border service says 8,215 people entered Georgia through Upper Lars on Tuesday: 5,940 in cars, 1,870 on "
        "foot and about 400 on bicycles and scooters."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 8215, "Verkhny Lars")]


def test_parts_of_them_by_car_and_by_train_are_no_figures():
    text = (
        "Since 21 September, 21 400 citizens of the Russian Federation have arrived in Belarus, of them 17 800 by car "
        "and 3 600 by train."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 21400, "Belarus")]


def test_a_part_by_air_and_a_sentence_opening_by_land_are_no_figures_but_their_crossings_are():
    text = (
        "Since 21 September, 64 150 citizens of the Russian Federation have entered Kyrgyzstan. Of these, 38 900 persons "
        "arrived by air, including 31 260 persons through Manas International Airport. By land, 25 250 persons entered, "
        "of whom 19 840 through the checkpoint Ak-Zhol."
    )
    values = [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)]
    assert 38900 not in values and 25250 not in values
    assert 64150 in values and 31260 in values and 19840 in values


def test_a_tables_rows_by_way_of_travel_above_its_total_are_no_figures():
    text = (
        "Citizens of the Russian Federation who entered Georgia since 21 September:\n\n"
        "| Border | Entries | Exits |\n"
        "|---|---:|---:|\n"
        "| Land | 40 150 | 12 230 |\n"
        "| Air | 9 970 | 14 740 |\n"
        "| Total | 50 120 | 26 970 |\n\n"
        "The data run to 4 October."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 50120, "Georgia"), ("exits", 26970, "Georgia")]


def test_a_part_by_air_through_its_own_airport_stays_a_figure():
    text = (
        "Since 21 September, 41,300 people have entered Armenia. Of them, 28,100 persons arrived by air, through "
        "Zvartnots International Airport."
    )
    assert 28100 in [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)]


def test_counts_by_way_of_travel_with_no_whole_before_them_stay_figures():
    text = "On Monday 640 Russian citizens arrived in Aktau by sea and 2 310 by road, the port authority said."
    values = [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)]
    assert 640 in values and 2310 in values


# a ship "moored" at a quay with its people on board (as "docked" and "berthed" are read)

ALBANIA = dict(published=date(1991, 3, 10), trigger=date(1991, 3, 6), origin="Albania")


def test_a_ship_moored_at_a_quay_with_people_on_board_landed_them():
    text = (
        "Yesterday, Saturday 9 March, the motor ship Durresi moored at the outer quay in Brindisi with about 1.450 "
        "persons on board."
    )
    assert placed(text, **ALBANIA) == [("entries", 1450, "Brindisi")]


# a country that "now has" people "on its territory" (as "now hosts": LABELLING.md's people still in the country)

RWANDA = dict(published=date(1994, 4, 29), trigger=date(1994, 4, 6), origin="Rwanda")


def test_a_country_of_many_millions_that_now_has_refugees_on_its_territory_holds_them():
    text = "Burundi, a country of 6 million people, now has more than 210,000 Rwandan refugees on its territory."
    assert placed(text, **RWANDA) == [("net_arrivals", 210000, "Burundi")]


def test_a_country_that_now_has_refugees_on_its_soil_holds_them():
    text = "Burundi now has some 210,000 Rwandans on its soil, the government said on Friday."
    assert placed(text, **RWANDA) == [("net_arrivals", 210000, "Burundi")]


def test_a_country_that_now_has_more_policemen_holds_no_people():
    assert placed("Burundi now has 300 more policemen at the border with Rwanda.", **RWANDA) == []


# a count told in round figures of three digits beside its exact telling (LABELLING.md: a figure told twice, once)

SUDAN = dict(published=date(2023, 5, 24), trigger=date(2023, 4, 15), origin="Sudan")


def test_more_than_a_three_digit_round_count_beside_its_exact_telling_is_no_second_figure():
    text = (
        "More than 132,000 people have crossed from Sudan into Egypt since 15 April, the update says.\n\n"
        "According to the Government of Egypt, 132,350 people had crossed from Sudan into Egypt between 15 April and 23 May."
    )
    assert [value for _quantity, value, _place in placed(text, **SUDAN)] == [132350]


def test_a_three_digit_round_count_further_than_a_hundredth_from_the_exact_one_stays_a_figure():
    text = (
        "More than 128,000 people have crossed from Sudan into Egypt since 15 April, the update says.\n\n"
        "According to the Government of Egypt, 132,350 people had crossed from Sudan into Egypt between 15 April and 23 May."
    )
    assert 128000 in [value for _quantity, value, _place in placed(text, **SUDAN)]
