"""Rules added after the read of rounds 640-643 for figures not read and distractors (branch evr640r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

JORDAN_2003 = dict(published=date(2003, 4, 22), trigger=date(2003, 3, 20), origin="Iraq")


def test_a_contingency_plans_number_is_planned_for_no_figure():
    text = (
        "Contingency planning by the agencies still foresees up to 80,000 arrivals if the fighting spreads. "
        "Since 20 March, 9,450 persons have entered Jordan through the Karama border post."
    )
    assert [row(f)[:2] for f in figures(text, **JORDAN_2003)] == [("entries", 9450)]


def test_a_contingency_plan_with_an_apposition_before_its_number_is_planned_for():
    text = "The regional contingency plan, agreed with the host governments, provides for up to 300,000 refugees."
    assert figures(text, **JORDAN_2003) == []


def test_a_header_cell_wrapped_onto_a_second_line_keeps_the_tables_totals():
    text = (
        "Table 2. Arrivals at the Karama border post by week\n"
        "\n"
        "Week              Sudanese          Others    Total\n"
        "                  workers\n"
        "7 - 13 Apr              1,210          150    1,360\n"
        "14 - 20 Apr             1,940          310    2,250\n"
    )
    assert [row(f)[:2] for f in figures(text, **JORDAN_2003)] == [("entries", 1360), ("entries", 2250)]


def test_a_place_some_kilometres_on_along_the_road_is_no_queues_length():
    text = (
        "The line at the post was quiet this morning. Drivers on the Kazakh side now wait there and ask 80 dollars a seat "
        "from the barrier to Karabalyk, the district centre, about 45 km on; to the city it is some 200 km."
    )
    assert [q for q, _v in (row(f)[:2] for f in figures(text))] == ["flights_price_usd"]


def test_a_house_number_after_a_spanish_avenue_is_no_count():
    text = (
        "4. Since 1 July, 2.350 Venezuelans have entered Argentina through the La Quiaca crossing.\n\n"
        "5. Enquiries: migration office, Av. San Martín 1.240, telephone 42-2210, Monday to Friday."
    )
    assert [row(f)[:2] for f in figures(text, published=date(2019, 7, 5), trigger=None, origin="Venezuela")] == [
        ("entries", 2350)
    ]


def test_those_who_came_and_are_still_living_in_the_emirate_are_net_arrivals():
    text = (
        "Estate agents estimate that some 3,100 Russians who arrived after the decree of September 21 are still living "
        "in the emirate, most of them in rented flats."
    )
    assert [row(f)[:2] for f in figures(text, published=date(2022, 10, 10))] == [("net_arrivals", 3100)]


def test_a_count_set_against_the_same_period_last_year_is_no_figure():
    text = (
        "The airport handled 2,910 passengers from Russia between September 22 and October 6, against about 1,150 in "
        "the same period last year."
    )
    assert [row(f)[:2] for f in figures(text, published=date(2022, 10, 10))] == [("entries", 2910)]
