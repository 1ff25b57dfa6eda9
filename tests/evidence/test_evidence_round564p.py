"""Rules added after the read of rounds 564-567 for places (branch evr564p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_14 = dict(published=date(2022, 10, 14))
SEPTEMBER_26 = dict(published=date(2022, 9, 26))
SLOVAKIA_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
TAMIL_NADU_1990 = dict(published=date(1990, 8, 20), trigger=date(1990, 6, 1), origin="Sri Lanka")


def test_an_airport_named_for_a_town_of_its_own_is_at_that_town():
    text = "Between 21 September and 13 October, 6,420 Russian tourists arrived through Cam Ranh International Airport."
    assert placed(text, **OCTOBER_14) == [("entries", 6420, "Cam Ranh")]


def test_an_airport_of_a_city_the_report_named_before_is_that_citys():
    text = (
        "The tourism office of Nha Trang said on Thursday that since 21 September 6,420 Russians have arrived in the "
        "city through Cam Ranh International Airport."
    )
    assert placed(text, **OCTOBER_14) == [("entries", 6420, "Nha Trang")]


def test_ercan_is_a_town_of_its_own_not_nicosia():
    text = "Airport officials said 1,730 Russian nationals landed at Ercan Airport between 21 September and 13 October."
    assert placed(text, **OCTOBER_14) == [("entries", 1730, "Ercan")]


def test_a_fare_after_a_route_to_a_crossing_named_before_its_kind_is_on_that_route():
    text = (
        "Our partner now runs a minibus from Vladikavkaz to the Upper Lars crossing every morning. The ride takes "
        "four hours and a seat costs 9 000 roubles, about $155."
    )
    assert placed(text, **SEPTEMBER_26) == [("flights_price_usd", 155, "Vladikavkaz - Verkhny Lars")]


def test_a_count_in_a_list_names_its_own_crossing_by_its_kind():
    text = (
        "In the past 24 hours, 6 310 persons crossed at Vyšné Nemecké, 1 870 at the pedestrian crossing Veľké "
        "Slemence and 1 205 at Ubla."
    )
    assert placed(text, **SLOVAKIA_2022) == [
        ("entries", 6310, "Vysne Nemecke"),
        ("entries", 1870, "Velke Slemence"),
        ("entries", 1205, "Ubla"),
    ]


def test_a_count_after_another_through_the_checkpoint_named_after_it_is_that_checkpoints():
    text = "Yesterday 6 310 persons entered Slovakia at Vyšné Nemecké and 1 205 through the checkpoint Ubla."
    assert placed(text, **SLOVAKIA_2022) == [("entries", 6310, "Vysne Nemecke"), ("entries", 1205, "Ubla")]


def test_a_state_of_a_federal_country_people_arrived_in_is_that_country():
    text = (
        "Since 1 July, 2,140 persons have landed at Rameswaram. In all, 41,300 Sri Lankan refugees have arrived in "
        "Tamil Nadu since June."
    )
    assert placed(text, **TAMIL_NADU_1990) == [("entries", 2140, "Rameswaram"), ("entries", 41300, "India")]
