"""Place rules added after the first read of rounds 220-227 (branch evr228p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # an acronym read where a crossing's or town's name stands (a force's or an airport's code) is no place: the crossing
    # named before, or the city the airport serves
    ("Lines at the Georgian border" + N + "About 5,000 Russians crossed into Georgia at Verkhny Lars on Monday." + N + "08:00 - the end of the line is at the post of DPS near Kobi, about 15 km from the checkpoint." + N + "11:00 - DPS: about 4 200 cars stand in the queue.", "Russia", ("queue_vehicles", 4200, "Verkhny Lars")),
    ("Albanians flee to Kosovo" + N + "About 900 people crossed into Kosovo at Konculj on Monday." + N + "At Konculj on Tuesday, cars stood on the Serbian side of the UNMIK checkpoint, and families said they had waited up to 7 hours.", "Serbia", ("wait_hours", 7, "Konculj")),
    ("Russians land at IST" + N + "About 9,000 Russians landed at IST this week, airport officials in Istanbul said.", "Russia", ("entries", 9000, "Istanbul")),
    # a wait whose own words put it at a town right after its hours ("on the quay at X", "in the hall at X", "at the
    # island's airport in X"): that town, not the one another clause names
    ("Flights out" + N + "About 300 people were flown from Paphos to Athens on Monday. Flights were held up by wind at Athens, and families waited up to five hours in the hall at Paphos.", "Cyprus", ("wait_hours", 5, "Paphos")),
    ("Ferry from Tangier" + N + "The ferry brought 200 passengers to Algeciras on Monday. Passengers said they had waited as long as eight hours on the quay at Tangier before boarding.", "Morocco", ("wait_hours", 8, "Tangier")),
    ("Medical transfers" + N + "Since May, 90 people have been flown from Manus to Australia. On Friday a family waited up to seven hours at the island's airport in Momote for a plane.", "Papua New Guinea", ("wait_hours", 7, "Momote")),
    # a count its sentence calls the whole country's ("in total", "as a whole", "through all checkpoints"), naming no
    # crossing, after counts at crossings: the country's, not the crossing named last
    ("Information of the railway" + N + "1. On 2 October through the station Kostanay were passed 1 200 passengers, through the station Semey - 700 passengers." + N + "2. In total for the period from 28 September to 3 October by railway transport from the Russian Federation arrived 12 400 passengers.", "Russia", ("entries", 12400, "Kazakhstan")),
    ("Russians pour into Georgia" + N + "About 6,000 Russians reached Georgia on Sunday, officials said. Of those arriving, 4,100 came through Kazbegi. Since the 21st, 38,000 Russians have entered the country in total.", "Russia", ("entries", 38000, "Georgia")),
    ("Statement of the migration office" + N + "On 1 October through Istanbul airport entered 2 100 citizens of the RF." + N + "From 26.09.2022 until 02.10.2022 in total entered our country 40 210 citizens of the RF.", "Russia", ("entries", 40210, "Turkey")),
    # people going home who "left <the host>" or "departed from <the host>" back to their country: the host's exits, not
    # those of the crossing the entries before were counted at
    ("Information of the border service" + N + "1. On 3 October through the checkpoint Tsagaannuur entered 900 persons, through the checkpoint Ereentsav entered 300 persons." + N + "2. For the period from 1 until 3 October inclusive, departed from Mongolia back to the Russian Federation 1 450 citizens of the Russian Federation.", "Russia", ("exits", 1450, "Mongolia")),
    ("Russians reach Finland" + N + "On Saturday 8,100 Russians came in through Vaalimaa, the border guard said." + N + "In the same days 3 900 Russian citizens left Finland back to Russia.", "Russia", ("exits", 3900, "Finland")),
    # West Berlin (with its reception camp, Marienfelde) is a place of its own, not Berlin, nor the camp as written
    ("Flight from the Soviet Zone" + N + "On Monday 1,450 East Germans registered at the Marienfelde camp, a Senate spokesman said.", None, ("entries", 1450, "West Berlin")),
    ("Flight from the Soviet Zone" + N + "Senate officials said 2,260 refugees from the zone arrived in West Berlin on Tuesday.", None, ("entries", 2260, "West Berlin")),
    # a fare from one city of the country people leave, naming no end: to the city the report opens with
    ("Russians fly into Dubai" + N + "About 8,000 Russians landed in Dubai last week, officials said." + N + "One passenger said a one-way seat from Kazan had cost him $1,500 on Friday.", "Russia", ("flights_price_usd", 1500, "Kazan - Dubai")),
    # arrests of the host's own people in a city the clause names: that city's country, not the host's
    ("Americans leave Cuba" + N + "About 1,200 American citizens left Cuba for Key West on Sunday." + N + "Two American citizens were detained by rebel soldiers in Havana on Saturday and released the next day.", "Cuba", ("arrests", 2, "Cuba")),
    # the post set after a crossing's name as facing a town: that town is the crossing's other side
    ("Czechs reach Austria" + N + "Some 2,600 came through Kleinhaugsdorf, the Austrian post facing Zvonek, on Tuesday." + N + "Buses were held up by fog at Vienna, and families waited seven to eight hours at Zvonek.", "Czechoslovakia", ("wait_hours", 8, "Kleinhaugsdorf")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
