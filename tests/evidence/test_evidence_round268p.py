"""Place rules added after the first read of rounds 264-267 (branch evr268p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a stop told as a change or a connection is no end of the fare's route: the route its paragraph named before
    ("Russians fly out" + N + "Direct flights from Kazan to Bishkek are sold out. The last seats, with a connection through Almaty or Osh, went for as much as $1,700 on Thursday.", "Russia", ("flights_price_usd", 1700, "Kazan - Bishkek")),
    ("Russians fly out" + N + "Direct flights from Samara to Yerevan are full until Sunday. A seat with a change in Minsk costs about $1,250.", "Russia", ("flights_price_usd", 1250, "Samara - Yerevan")),
    # (and a stop after "via", which was dropped before only where the sentence named another place)
    ("Russians fly out" + N + "Direct flights from Omsk to Tashkent are sold out. One-way seats via Almaty were listed at $1,100.", "Russia", ("flights_price_usd", 1100, "Omsk - Tashkent")),
    # a ride's end named by three words the gazetteer knows, not by its first two
    ("Chinese cross into Hong Kong" + N + "Fishermen at Yantian are asking about US$20 a head for the passage to Sha Tau Kok.", "China", ("flights_price_usd", 20, "Yantian - Sha Tau Kok")),
    # a dateline set as its own paragraph with no dash ("LISBON, Friday, July 12, 1940."): the fare "to" a town from there
    ("SHIPS SCARCE AT THE PORT" + N + "From Our Own Correspondent" + N + "MARSEILLE, Tuesday, June 4, 1940." + N + "Ships are scarce. A deck passage to Algiers is now quoted at $90.", "France", ("flights_price_usd", 90, "Marseille - Algiers")),
]
KEPT = [
    # (a stop after "via" was dropped before, by branch evr236p's rule)
    ("Russians fly out" + N + "From St. Petersburg, one-way tickets via Yerevan or Baku were listed at $1,100.", "Russia", ("flights_price_usd", 1100, "St Petersburg")),
    # a two-word name the gazetteer knows keeps its two words
    ("Tajiks flee south" + N + "Boatmen at Nizhny Pyanj are charging about $12 a head for the crossing to Sher Khan on the Afghan bank.", "Tajikistan", ("flights_price_usd", 12, "Nizhny Pyanj - Sher Khan")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
