"""Rules added after the read of rounds 540-543 for places (branch evr540p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_12 = dict(published=date(2022, 10, 12))
HUNGARY_2015 = dict(published=date(2015, 9, 16), trigger=date(2015, 6, 1), origin="Syria")
PERU_2018 = dict(published=date(2018, 8, 20), trigger=date(2018, 1, 1), origin="Venezuela")
KEY_WEST_1980 = dict(published=date(1980, 5, 8), trigger=date(1980, 4, 21), origin="Cuba")
HONG_KONG_1979 = dict(published=date(1979, 7, 5), trigger=date(1978, 3, 23), origin="Vietnam")


def test_roszke_written_with_its_accent_is_the_crossing():
    text = "Since Saturday, 8.240 migrants have entered Hungary from Serbia in the area of Röszke."
    assert placed(text, **HUNGARY_2015) == [("entries", 8240, "Roszke")]


def test_a_figure_after_a_part_told_by_its_own_crossing_is_the_wholes():
    text = (
        "On Friday, 11 September, police recorded 4.120 migrants who entered Hungary illegally from Serbia. Of these, "
        "3.050 crossed in the area of Röszke. On Thursday the figure had been 3.870.\n\n"
        "On Saturday, 12 September, the number of illegal entrants rose to 4.410."
    )
    assert placed(text, **HUNGARY_2015) == [
        ("entries", 4120, "Hungary"),
        ("entries", 3050, "Roszke"),
        ("entries", 3870, "Hungary"),
        ("entries", 4410, "Hungary"),
    ]


def test_frankfurt_airport_is_frankfurt_not_frankfurt_hahn():
    text = "Federal Police at Frankfurt airport counted 1,940 Russian nationals arriving on flights from Yerevan since 21 September."
    assert placed(text, **OCTOBER_12) == [("entries", 1940, "Frankfurt")]


def test_frankfurt_an_der_oder_stays_the_crossing_at_slubice():
    text = "Since 21 September 520 people have crossed into Poland at Frankfurt an der Oder."
    assert placed(text, **OCTOBER_12) == [("entries", 520, "Slubice")]


def test_a_town_naming_the_flights_it_stands_before_is_not_where_people_arrived():
    text = (
        "Across all Italian airports, some 3,100 Russian citizens have arrived by air since 21 September. At Milan, the "
        "second hub for the Istanbul flights, police recorded 640."
    )
    assert placed(text, **OCTOBER_12) == [("entries", 3100, "Italy"), ("entries", 640, "Milan")]


def test_people_going_back_through_it_go_through_the_crossing_named_before():
    text = (
        "In the past 24 hours 2 210 people left through the Kyakhta checkpoint, and 420 came back from Mongolia "
        "through it."
    )
    assert placed(text, **OCTOBER_12) == [("exits", 2210, "Altanbulag"), ("exits", 420, "Altanbulag")]


def test_a_border_control_complex_named_by_its_town_is_a_crossing():
    text = "Since 1 August, 3 480 Venezuelan citizens have left Peru for Chile through the Santa Rosa Border Control Complex in Tacna."
    assert placed(text, **PERU_2018) == [("exits", 3480, "Santa Rosa")]


def test_a_fare_to_another_town_after_a_route_in_its_sentence_starts_where_the_route_does():
    text = (
        "Flights out of St Petersburg are full. A one-way ticket Minsk - Istanbul cost between $520 and $700 on "
        "Tuesday, and a seat to Baku up to $810."
    )
    assert placed(text, **OCTOBER_12) == [("flights_price_usd", 700, "Minsk - Istanbul"), ("flights_price_usd", 810, "Minsk - Baku")]


def test_us_customs_agents_make_their_arrests_in_the_united_states():
    text = (
        "Some 3,100 Cuban refugees landed at Key West yesterday from the port of Mariel.\n\n"
        "U.S. Customs agents arrested 9 boat captains yesterday on charges of bringing in undocumented aliens."
    )
    assert placed(text, **KEY_WEST_1980) == [("entries", 3100, "Key West"), ("arrests", 9, "United States")]


def test_the_us_embassy_near_where_people_were_flown_out_is_no_place_of_theirs():
    text = (
        "In Tirana, where looters emptied the army depots, German military helicopters flew out some 740 foreigners on "
        "Sunday from a school yard near the U.S. embassy residence."
    )
    rows = placed(text, published=date(1997, 3, 17), trigger=date(1997, 3, 1), origin="Albania")
    assert rows == [("exits", 740, "Tirana")]


def test_a_marine_police_arrest_with_no_place_is_the_reporting_hosts():
    text = (
        "HONG KONG\n\n"
        "Since January 1 this year, 48,200 Vietnamese boat people have landed in Hong Kong.\n\n"
        "Marine Police yesterday arrested four crew members of one of the newly arrived boats."
    )
    assert placed(text, **HONG_KONG_1979) == [("entries", 48200, "Hong Kong"), ("arrests", 4, "Hong Kong")]


def test_every_row_of_a_table_takes_the_place_its_head_names():
    text = (
        "Border police at Vienna airport counted 2,310 Russian nationals arriving on flights from Belgrade since 21 "
        "September.\n"
        "| Russian nationals arriving at Vienna airport on flights from Belgrade |  |\n"
        "|---|---|\n"
        "| Week | Arrivals |\n"
        "|---|---|\n"
        "| 21.09. - 27.09. | 640 |\n"
        "| 28.09. - 04.10. | 910 |\n"
        "| 05.10. - 11.10. | 760 |\n"
    )
    assert [place for _q, _v, place in placed(text, **OCTOBER_12)] == ["Vienna"] * 4
