"""Place rules added after the full read of rounds 216-219 (branch evr220p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a crossing's post named by the town on one side of it (the world's towns lack it): that side's arrests
    ("Cars back up on the Georgian road" + N + "About 7,000 Russians crossed into Georgia at Verkhny Lars on Monday." + N + "Patrol police arrested 5 men in Kazbegi on Tuesday for selling places in the line.", "Russia", ("arrests", 5, "Georgia")),
    # the town set before the forces as the frame of the clause: "in the settlement/village/town (of) X the police"
    ("Cars back up on the Georgian road" + N + "About 7,000 Russians crossed into Georgia at Verkhny Lars on Monday." + N + "On 3 October in the village of Stepantsminda the local police detained 2 citizens of the Russian Federation for a brawl.", "Russia", ("arrests", 2, "Georgia")),
    # a fare for a place on a ship naming no place, in a dispatch from a port: from the shore named before to the port
    ("Ferry full again" + N + "CONSTANTA, Oct 4 (Wire) - The night ferry from Batumi brought 640 Georgians and Russians here on Monday." + N + "Prices have climbed. A cabin berth that cost 4,000 roubles last month now goes for 19,000 roubles, about $330.", "Russia", ("flights_price_usd", 330, "Batumi - Constanta")),
    ("Boats to Italy" + N + "BARI, Aug 9 - Two trawlers that sailed from Vlore put 900 people ashore at the harbour on Thursday." + N + "Several said they had paid the crew 3,000 leks, about $40, for a space on deck.", "Albania", ("flights_price_usd", 40, "Vlore - Bari")),
    # a town written after what it is, as translations write it: "at the station X", "in the airport X"
    ("Russians keep coming to Kazakhstan" + N + "About 11,000 citizens of Russia entered Kazakhstan on Tuesday." + N + "3. On 29.09.2022 at the station Kostanay the transport police detained 4 persons for selling forged tickets.", "Russia", ("arrests", 4, "Kazakhstan")),
    ("Arrivals in Tajikistan" + N + "About 2,500 Russians landed in Tajikistan this week." + N + "5. On 2 October officers of internal affairs in the airport Khujand detained 3 persons for reselling seats.", "Russia", ("arrests", 3, "Tajikistan")),
    # the people held named as the origin's citizens: the arrests of the country they are in
    ("Russians keep coming to Kazakhstan" + N + "About 11,000 citizens of Russia entered Kazakhstan on Tuesday." + N + "On 2 October the police of the district detained 5 citizens of the Russian Federation for a fight in a hostel.", "Russia", ("arrests", 5, "Kazakhstan")),
    ("Georgia's border" + N + "About 6,000 Russians entered Georgia on Monday, the ministry said." + N + "Since Thursday the patrol police have detained 12 citizens of Russia for drunk driving.", "Russia", ("arrests", 12, "Georgia")),
    # forces of a town or district no table holds, in a report that leads with the country reached: that country's
    ("Refugees reach Nepal" + N + "About 900 people crossed into Nepal from Bhutan this week, officials in Kathmandu said." + N + "Police in Ilamkhola said they detained 9 men after a fight at the camp on Sunday.", "Bhutan", ("arrests", 9, "Nepal")),
    ("Iraqis cross into Jordan" + N + "Some 4,000 people crossed into Jordan on Monday, Jordanian officials said." + N + "The gendarmerie of Khanasri arrested 6 men on Tuesday for selling bottled water at ten times its price.", "Iraq", ("arrests", 6, "Jordan")),
    # the people held named as the origin's boatmen or fishermen, after "persons,": the arrests of the country reached
    ("Boats reach India" + N + "About 300 Sri Lankans landed in India this week, officials in Chennai said." + N + "On 3 May the coast guard arrested 4 persons, Sri Lankan fishermen, for carrying passengers.", "Sri Lanka", ("arrests", 4, "India")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
