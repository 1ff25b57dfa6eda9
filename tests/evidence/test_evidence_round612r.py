"""Rules added after the read of rounds 612-615 for figures not read and distractors (branch evr612r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

RWANDA_2015 = dict(published=date(2015, 5, 25), trigger=date(2015, 4, 1), origin="Burundi")
MEXICALI_2018 = dict(published=date(2018, 12, 5), trigger=None, origin="Honduras")
SOUTH_SUDAN_2023 = dict(published=date(2023, 9, 2), trigger=None, origin="Sudan")
NORWAY_2022 = dict(published=date(2022, 9, 28))
GAZA_2023 = dict(published=date(2023, 11, 9), trigger=None, origin="Palestine")
BANGLADESH_2017 = dict(published=date(2017, 9, 26), trigger=None, origin="Myanmar")


def test_a_usual_day_after_the_count_of_a_sentence_opening_before_a_month_is_no_figure():
    text = (
        "During the week 900 persons entered Rwanda through Kobero. Before March, some 1,800 herders and traders "
        "crossed at Kobero on an ordinary day."
    )
    assert placed(text, **RWANDA_2015) == [("entries", 900, "Kobero")]


def test_the_extension_after_a_telephone_number_is_no_count():
    text = (
        "Since Monday 900 Hondurans entered Mexico.\n"
        "Donations: Office for Migrant Attention, telephone 686 331 2200, extension 3150.\n"
    )
    assert placed(text, **MEXICALI_2018) == [("entries", 900, "Mexico")]


def test_what_each_of_the_boats_carries_is_no_count():
    text = (
        "During the week 2,410 South Sudanese entered at Renk. Three ferries, each carrying up to 450 passengers, "
        "make the trip down the river."
    )
    assert placed(text, **SOUTH_SUDAN_2023) == [("entries", 2410, "Renk")]


def test_a_cars_model_year_is_no_count():
    text = (
        "On Tuesday 118 Russians came in at Polmak. Oleg, 31, crossed the bridge on Monday night with his cousins in "
        "a 2016 Volvo."
    )
    assert placed(text, **NORWAY_2022) == [("entries", 118, "Polmak")]


def test_the_wounded_who_crossed_are_counted():
    text = (
        "Since 1 November 3,262 foreign nationals crossed into Egypt at Rafah. On Wednesday the crossing received "
        "52 wounded and sick Palestinians, who were taken to Al-Arish."
    )
    assert placed(text, **GAZA_2023) == [("entries", 3262, "Rafah"), ("entries", 52, "Rafah")]


def test_the_wounded_treated_at_a_hospital_stay_no_figure():
    text = (
        "Since 1 November 3,262 foreign nationals crossed into Egypt at Rafah. The hospital has received 52 wounded "
        "persons since Saturday."
    )
    assert placed(text, **GAZA_2023) == [("entries", 3262, "Rafah")]


def test_a_table_column_of_people_moved_on_inside_the_host_is_no_figure():
    text = (
        "Table 2. New arrivals by entry point, 19 - 25 September 2017\n\n"
        "Entry point                  Upazila   New arrivals   Moved to transit point\n"
        "Anjuman Para (Palongkhali)   Ukhia            6,140        5,900\n"
        "Sabrang                      Teknaf           1,720        1,530\n"
    )
    assert [value for _quantity, value, _place in placed(text, **BANGLADESH_2017)] == [6140, 1720]


def test_cars_heading_south_counted_by_the_traffic_police_are_no_queue():
    text = (
        "On Monday 4,300 Russians left through Sagarchin. The traffic police post on the Orenburg road counted some "
        "2,600 cars heading south on Sunday."
    )
    assert placed(text, **NORWAY_2022) == [("exits", 4300, "Sagarchin")]
