"""Place rules added after the first read of rounds 228-231 (branch evr232p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # people counted as leaving a town the clause names right after a verb of leaving ("left X", "fled X", "departed
    # from X"): that town's exits, not a total out of the country (a town the gazetteer lacks only where the clause
    # tells how they left)
    ("Workers head home" + N + "Railway officials said about 7,400 people left Pune by train on Friday.", "India", ("exits", 7400, "Pune")),
    ("Riots in the capital" + N + "Airline staff say about 640 passengers left Honiara on Saturday.", "Solomon Islands", ("exits", 640, "Honiara")),
    ("Shelling of the city" + N + "The mayor puts the number who have fled Sao Paulo since Sunday at 90,000.", "Brazil", ("exits", 90000, "Sao Paulo")),
    # a town a carrier took people from ("an aircraft carried 210 people from X"): its exits
    ("Evacuation" + N + "On Monday an aircraft chartered by the Chinese government carried 210 people from Honiara to Brisbane.", "Solomon Islands", ("exits", 210, "Honiara")),
    # "there" after a count of people moving ("crossed into Finland there"): the crossing named before it, not the
    # country the clause names
    ("Russians at the border" + N + "At the Vaalimaa road crossing the line grew through the day. On Friday 2,870 Russian citizens crossed into Finland there, the guards said.", "Russia", ("entries", 2870, "Vaalimaa")),
    ("Russians in Norway" + N + "On Monday 300 Russians crossed into Norway at Storskog. Since the decree, more than 1,400 Russians have entered Norway there.", "Russia", ("entries", 1400, "Storskog")),
    # a part of a count "through all checkpoints" that names its own crossing ("..., 5,100 of them through Kazbegi"): that
    # crossing, not the country of the whole
    ("Georgia" + N + "The ministry says 8,950 Russian citizens entered Georgia on Monday through all checkpoints, 5,100 of them through Kazbegi.", "Russia", ("entries", 5100, "Verkhny Lars")),
    # a fare whose clause names a corridor by its country ("between Russia and Almaty") and then the ticket's own route
    # written town-to-town ("a Kazan-Almaty ticket"): the town-to-town route
    ("Russians in Almaty" + N + "Airlines run about 20 flights a day between Russia and Almaty, yet a one-way Kazan-Almaty ticket bought on Monday cost about $940.", "Russia", ("flights_price_usd", 940, "Kazan - Almaty")),
    # Honiara's airport, Henderson, is Honiara (named so before "airport"); Santa Isabel, Equatorial Guinea's capital
    # to 1973, is a town of its own
    ("Evacuation" + N + "Volunteers were at Henderson airport during the departures. Families waited up to seven hours in the terminal on Monday.", "Solomon Islands", ("wait_hours", 7, "Honiara")),
    ("Evacuation" + N + "The authorities permitted 1,400 Nigerians to leave through the port of Santa Isabel on Monday.", "Equatorial Guinea", ("exits", 1400, "Santa Isabel")),
    # a crossing named after a date or window and before the verb ("For the past day, 27 September, through the
    # checkpoint X departed ..."): the crossing's exits, the date being no earlier count
    ("Orenburg region" + N + "For the past day, 27 September, through the checkpoint \"Sagarchin\" departed from the Russian Federation 4 870 persons.", "Russia", ("exits", 4870, "Sagarchin")),
    ("Orenburg region" + N + "According to the border department, for the past 3 days through Sagarchin went out of Russia 6 thousand 400 people.", "Russia", ("exits", 6400, "Sagarchin")),
    # a list of fares, each after its own route: the route right before the fare, not the list's first
    ("Fares" + N + "The cost of a one-way ticket makes: Moscow - Baku - 71 000 rubles (about 1 220 US dollars); Moscow - Bishkek - 52 500 rubles (about 900 US dollars).", "Russia", ("flights_price_usd", 900, "Moscow - Bishkek")),
    # a town the sentence measures a distance from ("located 40 kilometers from the city of X") is not where the count
    # was made, when the sentence names the crossing
    ("Information of the border service" + N + "Through the checkpoint \"Karakoga\", which is located 40 kilometers from the city of Petropavlovsk, on 28.09.2022 passed 1 270 persons.", "Russia", ("entries", 1270, "Isilkul")),
]
KEPT_THERE = [
    # ("there" in another count's words is not this one's)
    ("Refugees in Niger" + N + "Some 2,100 Nigerians have crossed into Niger's Diffa region over the past week, the agency said on Tuesday, bringing the number of refugees who have arrived there since May to about 90,000.", "Nigeria", ("entries", 2100, "Niger")),
]
# the same shapes that stay a total out of the country: a region left, a crossing gone through, people told as flown out
KEPT = [
    ("Flight from the republic" + N + "Activists estimated that about 3,000 people had left Buryatia since the decree.", "Russia", ("departures_total", 3000, "Russia")),
    ("Flight from the province" + N + "Diplomats estimate that some 40,000 people have left Kandahar province since March.", "Afghanistan", ("departures_total", 40000, "Afghanistan")),
    ("Airlift" + N + "The ministry says about 9,000 people were flown out of Kabul in the 24 hours to Monday morning.", "Afghanistan", ("departures_total", 9000, "Afghanistan")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT + KEPT_THERE)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
