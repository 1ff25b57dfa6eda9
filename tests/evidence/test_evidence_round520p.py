"""Rules added after the read of rounds 520-523 for places (branch evr520p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_an_airport_named_for_a_city_of_its_own_is_that_city_not_the_capital_it_serves():
    text = (
        "Since the decree, 1,310 Russian citizens have landed at Narita airport, the immigration bureau said. "
        "Last week alone 640 Russian nationals arrived at Narita."
    )
    assert placed(text) == [("entries", 1310, "Narita"), ("entries", 640, "Narita")]


def test_a_region_entered_named_for_its_seat_town_is_that_town_though_through_several_posts():
    text = "Since 21 September, more than 41 thousand people have entered Kostanay region through the three road posts."
    assert [r[2] for r in rows_of(41000, text)] == ["Kostanay"]


def test_a_host_named_as_left_once_and_entered_more_often_is_no_origin():
    text = (
        "Between 22 and 28 September, 58 410 persons entered Georgia through Dariali, the ministry said.\n\n"
        "In the same days 6 120 persons left Georgia for the Russian Federation through Dariali. "
        "On 29 September a further 9 100 persons entered Georgia."
    )
    rows = [(r[0], r[2]) for r in rows_of(58410, text, origin=None) + rows_of(6120, text, origin=None)]
    assert rows == [("entries", "Verkhny Lars"), ("exits", "Verkhny Lars")]


def test_exits_gone_on_to_a_country_named_again_by_its_adjective_are_the_hosts():
    text = (
        "Some 9.400 refugees from Hungary have entered Austria since Sunday. "
        "Since Tuesday, 1.730 refugees have gone on to Italy in buses sent to Graz by the Italian Red Cross."
    )
    rows = rows_of(1730, text, published=date(1956, 11, 9), trigger=date(1956, 11, 4), origin="Hungary")
    assert [(r[0], r[2]) for r in rows] == [("exits", "Austria")]


def test_exits_gone_on_to_countries_listed_among_them_are_the_hosts():
    text = (
        "About 6,200 of the refugees are still in Yugoslavia, officials said. "
        "Some 2,300 have already been moved on to Western countries, among them Belgium, Sweden and Norway."
    )
    rows = rows_of(2300, text, published=date(1956, 12, 20), trigger=date(1956, 11, 4), origin="Hungary")
    assert [(r[0], r[2]) for r in rows] == [("exits", "Yugoslavia")]


def test_a_count_through_our_crossing_is_the_crossing_the_report_is_about():
    text = (
        "On Monday 3 120 people entered Finland at Nuijamaa, the border guard said. "
        "Since Wednesday, 12 400 people in all entered Finland through our crossing."
    )
    assert [r[2] for r in rows_of(12400, text)] == ["Nuijamaa"]
