"""Place rules added after reading rounds 200-203 (branch evr200p; sentences written for these tests).

Each case: what it shows, the report, its origin (None: inferred), and a row (quantity, value, place) the
extractor must give."""

import pytest

from exodus.evidence.gazetteer import scan
from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a city an older dispatch names by a spelling since given up: by today's name, as the labels write it
    ("Dutch nationals leave" + N + "Some 1,500 Dutch nationals sailed from Djakarta this week. A berth on the liner from Djakarta to Rotterdam now costs 3,500 guilders, about $900, shipping agents said.", "Indonesia", ("flights_price_usd", 900, "Jakarta - Rotterdam")),
    ("Refugees from the coast" + N + "Some 4,000 refugees reached Chios from the mainland this week. Caique owners at Smyrna were asking 300 drachmas, about $6, a head for the crossing to Chios.", "Turkey", ("flights_price_usd", 6, "Izmir - Chios")),
    ("Flights from Angola" + N + "Another 900 people landed at Oporto on Tuesday on two chartered flights from Luanda, the airlift office said.", "Angola", ("entries", 900, "Porto")),
    # "Hongkong" written as one word, as dispatches of the 1950s and 1960s did
    # an airport of those years named by its own name: its city, as the labels write an airport's figures
    ("Evacuation flights" + N + "Immigration officers said about 900 people had landed at Kai Tak on Friday on charter flights from Manila.", "Philippines", ("entries", 900, "Hong Kong")),
    ("Leaving by air" + N + "Some 700 Dutch residents flew out of Kemajoran on Monday and Tuesday, and about 300 more had seats booked for the weekend. Passengers said they had waited up to 20 hours at Kemajoran for a seat.", "Indonesia", ("wait_hours", 20, "Jakarta")),
    # a sentence opening "From <town>," names where its fare starts, over a start an earlier sentence named
    ("Getting out" + N + "A shared taxi from Pskov to Narva costs 6,000 roubles, about $100. From Narva, a bus ticket to Tallinn on Friday cost 40 euros, or about $39, the operator's website showed.", "Russia", ("flights_price_usd", 39, "Narva - Tallinn")),
    ("Fares climb" + N + "A one-way seat from Novosibirsk to Almaty cost $600 on Monday. From Kazan, seats to Tashkent now sell for 70,000 roubles ($1,200), agents say.", "Russia", ("flights_price_usd", 1200, "Kazan - Tashkent")),
    ("Aliens leave" + N + "About 2,000 Chinese residents left the country this month. A deck passage from Djakarta to Hongkong costs Rp 7,000, about $150, agents said.", "Indonesia", ("flights_price_usd", 150, "Jakarta - Hong Kong")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


@pytest.mark.parametrize("written, name", [("Djakarta", "Jakarta"), ("Kemajoran", "Jakarta"), ("Hongkong", "Hong Kong"), ("Kai Tak", "Hong Kong"), ("Smyrna", "Izmir"), ("Oporto", "Porto")])
def test_older_name_is_todays_city(written, name):
    assert [m.place.name for m in scan(f"They came from {written} yesterday.")] == [name]


def test_a_country_opening_the_sentence_is_no_start_of_a_ride():
    text = "Fares climb" + N + "A seat from Moscow to Yerevan cost $700 on Monday. From Russia, seats to Yerevan now sell for $900, agents say."
    assert ("flights_price_usd", 900, "Russia - Yerevan") not in placed(text, origin="Russia")


@pytest.mark.parametrize("written", ["Porto Alegre", "Porto-Novo"])
def test_other_portos_stay_apart(written):
    assert "Porto" not in [m.place.name for m in scan(f"They came from {written} yesterday.")]
