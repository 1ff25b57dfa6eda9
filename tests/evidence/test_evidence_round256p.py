"""Place rules added after the first read of rounds 252-255 (branch evr256p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # an airport by its own name alone, in words of flying, as a figure's place or a route's end: the city it serves
    ("Russians fly south" + N + "From Kazan, seats on the few remaining flights to Sabiha Gokcen were going for 1,500 to 2,000 dollars on Wednesday.", None, ("flights_price_usd", 2000, "Kazan - Istanbul")),
    ("Removals" + N + "A charter flight carrying 34 Nigerian nationals left Stansted for Lagos last night, the Home Office said.", None, ("exits", 34, "London")),
]
CASES += [
    # a port or town by the name reports of its time wrote: today's name (Mersina, Alexandretta, Beyrouth; Wirballen)
    ("Refugees" + N + "The French authorities say that some 14,000 Armenians have embarked at Mersina since the 20th of November.", "Turkey", ("exits", 14000, "Mersin")),
    ("Refugees" + N + "About 5,200 have been landed at Alexandretta in the same fortnight.", "Turkey", ("entries", 5200, "Iskenderun")),
    ("Refugees" + N + "The mission pays the steamers 4 dollars a head for deck passage from Mersina to Beyrouth.", "Turkey", ("flights_price_usd", 4, "Mersin - Beirut")),
    ("Emigrants" + N + "At Wirballen, the station master says, some 450 more are waiting in the yard for their passports.", "Russia", ("other", 450, "Kybartai")),
]
CASES += [
    # arrests by a force named by its country's adjective right before the verb, after a time opening the sentence
    ("Migrants stranded" + N + "Some 2,000 Haitians are stranded in Costa Rica. On Tuesday the Nicaraguan Army detained 63 migrants near Cardenas, on the shore of the lake.", "Haiti", ("arrests", 63, "Nicaragua")),
    ("Refugees" + N + "Some 3,000 Salvadorans have crossed the river since Friday. On the 6th Honduran soldiers detained 14 refugees at the ford, among them a priest.", "El Salvador", ("arrests", 14, "Honduras")),
]
KEPT = []


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_an_airport_named_for_a_town_of_its_own_keeps_it():
    from exodus.evidence.gazetteer import airport_written_city

    # Entebbe's airport serves Kampala in the dataset, but Entebbe is a town of its own; "London Stansted" is London's
    assert airport_written_city("Entebbe") is None and airport_written_city("Zanzibar") is None
    assert airport_written_city("Stansted") == "London" and airport_written_city("Sabiha Gokcen") == "Istanbul"
