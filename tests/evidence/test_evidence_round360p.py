"""Rules added after the read of rounds 356-359 for places (branch evr360p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import rows_of

CASES = {
    # a sentence opening on its crossing after a lead in ("Further north, at ..."), then a "where" clause naming the
    # town a road comes from and its region: the count is the crossing's, not the region's
    "a_where_clause_after_the_opening_crossing_is_not_the_place": (
        "Further north, at Karaozek, where the highway arrives from Ozinki in the Saratov region, about 7,400 people "
        "have crossed since Thursday.",
        (None, date(2022, 9, 27), date(2022, 9, 21)),
        ("entries", 7400, "Karaozek", date(2022, 9, 22), date(2022, 9, 27)),
    ),
    # the forces of a post's town, its name set before them: the arrests of that post's side, not of the country the
    # people held came from
    "the_forces_named_by_their_posts_town_are_that_sides": (
        "Teknaf police said they had detained fourteen boatmen overnight for ferrying Rohingya across the Naf.",
        ("Myanmar", date(2017, 9, 12), date(2017, 8, 25)),
        ("arrests", 14, "Bangladesh", date(2017, 9, 11), date(2017, 9, 11)),
    ),
    # an airport named by its own name right after the city set before it: the city it serves
    "an_airport_after_the_city_set_before_it_is_that_citys": (
        "In Athens, Hellinikon airport said it had received about 2,300 passengers from Beirut since Monday.",
        ("Lebanon", date(1976, 6, 10), date(1976, 6, 1)),
        ("entries", 2300, "Athens", date(1976, 6, 7), date(1976, 6, 10)),
    ),
    # people sent back through a list of the host's posts to their own country: out of the host
    "people_returned_through_the_hosts_posts_leave_the_host": (
        "Since Monday, 640 migrants have been returned to Honduras through the El Florido and Agua Caliente posts.",
        ("Honduras", date(2020, 10, 7), date(2020, 10, 1)),
        ("exits", 640, "Guatemala", date(2020, 10, 5), date(2020, 10, 7)),
    ),
    # a fare naming no place after flights named by their start alone, in a dispatch filed from a city abroad: from
    # the start to the dateline's city
    "a_fare_after_flights_from_a_city_goes_to_the_dateline": (
        "DUBAI, Oct 3 (GENS) - Russians kept landing in the emirate on Monday, airport officials said.\n\n"
        "Flights from Moscow are full for the week. A single economy seat cost 11,000 dirhams, about "
        "$3,000, on the airline's website.",
        (None, date(2022, 10, 3), date(2022, 9, 21)),
        ("flights_price_usd", 3000, "Moscow - Dubai", date(2022, 10, 3), date(2022, 10, 3)),
    ),
}


@pytest.mark.parametrize(("text", "document", "expected"), CASES.values(), ids=CASES.keys())
def test_the_place_of_the_row(text, document, expected):
    origin, published, trigger = document
    found = rows_of(expected[1], text, published=published, trigger=trigger, origin=origin)
    assert found and all(row == expected for row in found), found
