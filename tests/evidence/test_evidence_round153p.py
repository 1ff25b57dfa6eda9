"""Place rules added after reading rounds 153-156 (branch evr153p; sentences written for these tests).

Each case: what it shows, the report, its origin, and a row (quantity, value, place) the
extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a fare from "the city" or to "the river": the town named before, the crossing named before
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Drivers in Pskov now ask 9,000 roubles, about $150, for a ride from the city to the checkpoint, villagers said.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Boats on the Rovuma at Kilambo" + N + "People have crossed the river into Tanzania at Kilambo since Friday." + N + "Motorbike taxis from Mocimboa to the river now charge about $9 a trip.", "Mozambique", ("flights_price_usd", 9, "Mocimboa - Kilambo")),
    # people who came into a town's region, not the town: the region's country
    ("Refugees reach Belgorod" + N + "Over the past day 3,100 persons arrived to the territory of the Belgorod region from Ukraine, the administration said.", "Ukraine", ("entries", 3100, "Russia")),
    ("Arrivals in the north" + N + "Kostanay region police said on Monday that more than 12,000 Russian citizens had entered the region since the decree.", "Russia", ("entries", 12000, "Kazakhstan")),
    ("Arrivals in the north" + N + "Kostanay police said on Monday that more than 12,000 Russian citizens had entered Kostanay since the decree.", "Russia", ("entries", 12000, "Kostanay")),
    # the town of the office that gave the count is not where people came
    ("Arrivals by road" + N + "Georgia's border service gives no daily figures, but an official in Tbilisi said that about 20,000 Russian citizens had entered the country since the decree.", "Russia", ("entries", 20000, "Georgia")),
    ("Arrivals by road" + N + "An official in Tbilisi said that about 20,000 Russian citizens had entered the country since the decree.", "Russia", ("entries", 20000, "Georgia")),
    # a crossing set off before its name, with a count of its own, is not the crossing of later figures naming none
    ("Crowds at the Narva bridge" + N + "Guards at Narva said 2,000 people crossed into Estonia on Monday. Farther south, guards at Koidula reported about 300 arrivals." + N + "On the Russian side the line of cars stretched for 5 km on Tuesday.", "Russia", ("queue_length_km", 5, "Narva")),
    ("Crowds at the Narva bridge" + N + "Guards at Narva said 2,000 people crossed into Estonia on Monday. Officials at the smaller post of Koidula reported about 300 arrivals." + N + "On the Russian side the line of cars stretched for 5 km on Tuesday.", "Russia", ("queue_length_km", 5, "Narva")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_round153_place(text, origin, row):
    assert row in placed(text, origin=origin)
