"""Rules added after the read of rounds 492-495 for places (branch evr496p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_passengers_in_an_airports_own_statement_come_in_at_its_city():
    text = (
        "ALMATY INTERNATIONAL AIRPORT\nPress Office\n\n"
        "Almaty International Airport reports that traffic on flights from Russia has risen sharply since 21 September.\n\n"
        "Some passengers came for work; the others were students and families.\n\n"
        "Airlines added extra flights and larger aircraft on the busiest routes.\n\n"
        "Check-in desks now open four hours before each departure.\n\n"
        "On Monday, 3 October, 1,940 passengers arrived on flights from Russian cities."
    )
    assert ("entries", 1940, "Almaty") in placed(text)


def test_passengers_in_an_airports_statement_are_not_at_a_country_named_for_who_they_were():
    text = (
        "Tashkent International Airport\nNews\n\n"
        "The press office of \"Tashkent International Airport\" informs that flights from Russia are full.\n\n"
        "Many arrivals were citizens of the Republic of Uzbekistan returning from work in Russia.\n\n"
        "On Sunday, 2 October, 1 310 passengers arrived from Russia on nine flights."
    )
    assert ("entries", 1310, "Tashkent") in placed(text)


def test_passengers_in_a_report_naming_no_airport_at_its_head_stay_in_the_country():
    text = (
        "STEPPE NEWS WIRE\n\n"
        "Russians keep coming to Kazakhstan, officials in Almaty said.\n\n"
        "On Monday, 3 October, 1,940 passengers arrived on flights from Russian cities."
    )
    assert ("entries", 1940, "Kazakhstan") in placed(text)


def test_a_name_in_capitals_before_airport_is_an_operator_not_a_town():
    text = (
        "Flights from Moscow to Antalya Airport have been full all week.\n\n"
        "\"We received 3,150 passengers from Russia on Friday,\" a TAV airport official said."
    )
    assert ("entries", 3150, "Antalya") in placed(text)
