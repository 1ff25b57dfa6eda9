"""Rules added after the read of rounds 548-551 for places (branch evr548p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_3 = dict(published=date(2022, 10, 3))
PAKISTAN_1980 = dict(published=date(1980, 1, 20), trigger=date(1979, 12, 27), origin="Afghanistan")
SUDAN_1984 = dict(published=date(1984, 12, 20), trigger=date(1984, 11, 1), origin="Ethiopia")
EGYPT_2011 = dict(published=date(2011, 3, 3), trigger=date(2011, 2, 17), origin="Libya")
LESVOS_2015 = dict(published=date(2015, 10, 25), trigger=date(2015, 1, 1), origin="Syria")


def test_a_tribal_agency_people_came_into_is_its_country():
    text = (
        "Refugees continue to enter Pakistan from Afghanistan. In Mohmand Agency, between 4,000 and 6,000 persons have "
        "crossed since 27th December. Over 1,300 of them arrived during the past week."
    )
    assert placed(text, **PAKISTAN_1980) == [("entries", 6000, "Pakistan"), ("entries", 1300, "Pakistan")]


def test_a_body_named_agency_is_no_region():
    text = "The UN Refugee Agency said 2,400 Afghans entered Pakistan at Torkham since 27th December."
    assert placed(text, **PAKISTAN_1980) == [("entries", 2400, "Torkham")]


def test_wad_kowli_and_tukulubab_are_reception_points_even_in_a_telex_in_capitals():
    text = (
        "1. ARRIVALS OF ETHIOPIANS FROM TIGRAY CONTINUE AT BOTH ENTRY POINTS IN EASTERN SUDAN. FIGURES FROM COMMISSIONER "
        "FOR REFUGEES OFFICES AS OF 0800 HRS TODAY. THE SITUATION REMAINS SERIOUS AND MORE FAMILIES ARE EXPECTED TO COME "
        "OVER THE NEXT DAYS FROM THE WESTERN AND CENTRAL DISTRICTS OF THE PROVINCE.\n\n"
        "2. WAD KOWLI: SINCE 1 NOVEMBER TOTAL ARRIVED AT WAD KOWLI NOW 36,000.\n\n"
        "3. TUKULBAB: SINCE 1 NOVEMBER TOTAL ARRIVED AT TUKULBAB NOW 9,200."
    )
    assert placed(text, **SUDAN_1984) == [("entries", 36000, "Wad Kowli"), ("entries", 9200, "Tukulubab")]


def test_numbers_told_respectively_are_each_the_place_listed_at_their_rank():
    text = "At Vaalimaa and Nuijamaa, 2 640 and 1 385 Russian citizens respectively entered Finland on Sunday."
    assert placed(text, **OCTOBER_3) == [("entries", 2640, "Vaalimaa"), ("entries", 1385, "Nuijamaa")]


def test_numbers_told_respectively_for_the_two_posts_named_before():
    text = (
        "On Friday, 1,020 Russian citizens entered Finland at Vaalimaa and about 540 at Nuijamaa, the Border Guard said.\n\n"
        "On Sunday the two posts recorded 3,210 and 1,470 Russian entries respectively."
    )
    assert placed(text, **OCTOBER_3)[-2:] == [("entries", 3210, "Vaalimaa"), ("entries", 1470, "Nuijamaa")]


def test_people_crossing_through_the_port_cross_at_the_land_port_named_before():
    text = (
        "The number of people who have entered Egypt through the Salloum land port since 19 February has reached 52,300, "
        "the director of the port said.\n\n"
        "In the past 24 hours, 5,140 people crossed into Egypt through the port, most of them Egyptians."
    )
    assert placed(text, **EGYPT_2011) == [("entries", 52300, "Salloum"), ("entries", 5140, "Salloum")]


def test_the_country_of_an_earlier_since_when_aside_is_not_where_later_arrivals_came():
    text = (
        "Since 21 September, when partial mobilisation was announced in Russia, Osh International Airport has received "
        "7 810 citizens of the Russian Federation, the airport said.\n\n"
        "Yesterday alone, two flights from Moscow and one each from Kazan and Samara brought 860 passengers, almost all of "
        "them Russian citizens."
    )
    assert placed(text, **OCTOBER_3) == [("entries", 7810, "Osh"), ("entries", 860, "Osh")]


def test_a_fare_of_smugglers_on_the_coast_near_a_town_runs_from_it_to_where_the_crossing_goes():
    text = "Refugees said that smugglers on the Turkish coast near Ayvalik charged US$1,100 per person for the crossing to Lesvos."
    assert placed(text, **LESVOS_2015) == [("flights_price_usd", 1100, "Ayvalik - Lesbos")]


def test_a_fare_for_the_crossing_with_no_end_goes_where_the_report_said_people_arrived():
    text = (
        "Since Monday, the number of persons who arrived on Lesvos amounts to 14.200.\n\n"
        "According to the rescued persons, the traffickers on the coast near Ayvalik received 1.000 US dollars per person "
        "for the crossing."
    )
    assert placed(text, **LESVOS_2015)[-1] == ("flights_price_usd", 1000, "Ayvalik - Lesbos")
