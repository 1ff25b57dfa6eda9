"""Place rules added after the first read of rounds 244-247 (branch evr248p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # the Kyrgyz Republic, as its border service writes its own name: Kyrgyzstan, not a country named after it
    ("Border service" + N + "In the period from 21.09.2022 till 02.10.2022 into the territory of the Kyrgyz Republic entered more than 31 thousand citizens of the Russian Federation, many by transit through the territory of the Republic of Kazakhstan.", "Russia", ("entries", 31000, "Kyrgyzstan")),
    ("Border service" + N + "On 2 October at the checkpoint of the Kyrgyz Republic were detained 4 citizens of the Russian Federation with forged passports, travelling on to Kazakhstan.", "Russia", ("arrests", 4, "Kyrgyzstan")),
    # people gone on "from" towns of the host "to" third countries: a later count naming no place is not of those
    ("Uzbekistan takes in Russians" + N + "About 41,000 Russians left the country again, many of them flying on from Tashkent and Samarkand to Dubai, the United Arab Emirates and Georgia, officials said." + N + "Arrivals rose through the week. Some 6,300 Russians came in on Saturday, the ministry said.", "Russia", ("entries", 6300, "Uzbekistan")),
    # a city's port by its own name (as Tejgaon is Dhaka's airport): Hakata is Fukuoka's
    ("Repatriation" + N + "Since 1 September, 96,000 Koreans have embarked at Hakata for Pusan.", "Japan", ("exits", 96000, "Fukuoka")),
    # Gevgelija as older reports spell it: the crossing at Idomeni (whose other name the labels write)
    ("Refugees" + N + "Some 4,000 persons have passed the Greek frontier at Ghevgheli since Sunday.", "Serbia", ("entries", 4000, "Idomeni")),
    # a bridge named by the river whose valley the report names is no crossing: a wait told later is at the post named
    ("Refugees" + N + "Some 4,000 persons have passed the Greek frontier at Gevgelija since Sunday, most of them peasants from the Vardar valley. Others come on foot by the Vardar road, and our people at the Vardar bridge are busy." + N + "The families who came through on Monday had waited for 20 hours at the frontier station.", "Serbia", ("wait_hours", 20, "Idomeni")),
    # a sentence opening "At X," then an aside on where X lies: the count is X's, not the town of the aside
    ("Arrivals" + N + "At Kairak, on the main road from Troitsk in Kostanay region, the line of cars had grown to about 320 on Tuesday evening.", "Russia", ("queue_vehicles", 320, "Kairak")),
    ("Arrivals" + N + "At Kairak, on the main road from Troitsk in Kostanay region, the line of cars had grown to about 320 on Tuesday evening. Drivers said they had waited about six hours.", "Russia", ("wait_hours", 6, "Kairak")),
    # a fare naming one end, whose paragraph named before where the people were brought: the route between the two
    ("Departures" + N + "Of those who reached Salonica, some 250 have taken passage to Brindisi this month. The deck passage to Brindisi costs 25 drachmas, or about $4.80.", "Serbia", ("flights_price_usd", 4.8, "Thessaloniki - Brindisi")),
    # a force named by its title alone, in a report that leads with the country reached: that country's arrests
    ("Exiles enter Costa Rica" + N + "Some 300 Nicaraguans have crossed into Costa Rica at Penas Blancas since Monday, the Government said. On Friday the Civil Guard detained nine persons in the canton of Upala who carried arms.", "Nicaragua", ("arrests", 9, "Costa Rica")),
    ("Sea crossings" + N + "More than 5,100 people reached Lampedusa in the week to Sunday. Boat owners in Tunis now ask 3,000 dinars for a seat, about $950, migrants said.", None, ("flights_price_usd", 950, "Tunis - Lampedusa")),
]
# the same shapes that keep their place: flying on to a list, a sentence opening "At X," with no aside, a force named
# with its country's adjective, a fare sold in a town with no other town reached before
KEPT = [
    ("Uzbekistan takes in Russians" + N + "About 41,000 Russians left the country again, many of them flying on to Dubai and Georgia, officials said." + N + "Arrivals rose through the week. Some 6,300 Russians came in on Saturday, the ministry said.", "Russia", ("entries", 6300, "Uzbekistan")),
    ("Arrivals" + N + "At Kairak, the line of cars had grown to about 320 on Tuesday evening.", "Russia", ("queue_vehicles", 320, "Kairak")),
    ("Exiles enter Costa Rica" + N + "Some 300 Nicaraguans have crossed into Costa Rica at Penas Blancas since Monday, the Government said. On Friday the Nicaraguan National Guard detained nine persons near Rivas who carried arms.", "Nicaragua", ("arrests", 9, "Nicaragua")),
    ("Sea crossings" + N + "Boat owners in Tunis now ask 3,000 dinars for a seat, about $950, migrants said.", None, ("flights_price_usd", 950, "Tunis")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
