"""Place rules added after reading rounds 153-176 (branches evr153p, evr157p, evr169p and evr173p; sentences written for these
tests).

Each case: what it shows, the report, its origin, and a row (quantity, value, place) the
extractor must give."""

import pytest

from exodus.evidence import extract_figures, parse_document
from tests.evidence.test_evidence_round70 import DECREE, PUBLISHED, placed

N = "\n\n"
# branch evr153p (rounds 153-156)
ROUND153_CASES = [
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
# branch evr157p (rounds 157-168)
ROUND157_CASES = [
    # a fare from the town its sellers work in, to "the crossing", "the post" or the end of its queue: the crossing named
    # before
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Taxi drivers in Pskov are asking 9,000 roubles, about $150, for the 150 km to the crossing.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "A driver in Pskov took 9,000 roubles, about $150, for a seat to the post, a caller said.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Taxi drivers in Pskov now ask 9,000 roubles, about $150, to drive a family to the end of the line.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    # (a currency after "to" is no town)
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Bus operators in Pskov now charge up to RUB 9,000 (about USD 150) for a seat to the Narva crossing.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Private bus operators in Pskov are asking about $150 for a seat to Tallinn.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    # arrests by the forces of a crossing's town, or made at a crossing's post: the country of that town's side (a crossing
    # named by its other side's town is that side's); not where the sentence names other forces before the count
    ("Crowds at the Narva bridge" + N + "Estonians crossed into Russia at Ivangorod again on Monday." + N + "On Tuesday the police in Ivangorod arrested 12 men who were selling forged visas.", "Estonia", ("arrests", 12, "Russia")),
    ("Crowds at the Narva bridge" + N + "Estonians crossed into Russia at Ivangorod again on Monday." + N + "On Tuesday, gendarmes at Ivangorod detained 12 men who tried to cross with forged visas.", "Estonia", ("arrests", 12, "Russia")),
    ("Crowds at the Narva bridge" + N + "Estonians crossed into Russia at Ivangorod again on Monday." + N + "Guards detained 12 armed men at Ivangorod on Tuesday.", "Estonia", ("arrests", 12, "Russia")),
    ("Crowds at the Narva bridge" + N + "Russians crossed into Estonia at Narva again on Monday." + N + "Gendarmes detained 12 armed men at Narva on Tuesday.", "Russia", ("arrests", 12, "Estonia")),
    ("Crowds at the Narva bridge" + N + "Estonians crossed into Russia at Ivangorod again on Monday." + N + "Refugees arriving at Ivangorod said that Estonian police detained 12 men on Tuesday.", "Estonia", ("arrests", 12, "Estonia")),
    # exits "through the same point" or "by the same step" (translated): the crossing named before
    ("Movement at Narva" + N + "On Monday 2 150 citizens of Russia entered Estonia through the Narva border crossing point. In the same day from Estonia to Russia through the same point exited 640 persons.", "Russia", ("exits", 640, "Narva")),
    ("Movement at Narva" + N + "According to the border guard, only on this Monday entered by Narva 2.150 Russian citizens, the most in one day. In the same Monday some 640 returned to Russia by the same step, the most of them people who shop in Tallinn and go back the same day.", "Russia", ("exits", 640, "Narva")),
]
# branch evr169p (rounds 169-172): a fare sold by carriers or transporters of a town starts in their town ...
ROUND169_CASES = [
    # a fare sold by carriers or transporters of a town: the ride starts in their town
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Carriers in Pskov added buses on Monday; a seat on the night coach to Tallinn sold for 9,000 roubles, about $150.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "The transporters of Pskov now ask 9,000 roubles (about 150 dollars) to take one person as far as Tallinn.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "Transporters in Pskov ask 9,000 roubles (about US$150) per person for a seat on a lorry to the border.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
]
# branch evr173p (rounds 173-176)
ROUND173_CASES = [
    # arrests by the police of a town the gazetteer lacks (a world town in a country the report names, "of the region
    # of" it, or "The" before its name): the town's country, not the one people come from
    ("Boats on the lake" + N + "Burundians keep arriving in Tanzania by boat, officials said." + N + "The police of the district of Kasulu said on Friday they had arrested 6 men for overcharging boat passengers.", "Burundi", ("arrests", 6, "Tanzania")),
    ("Boats on the lake" + N + "Burundians keep arriving in Tanzania by boat, officials said." + N + "The Kibondo police detained 6 men on Friday for overcharging boat passengers.", "Burundi", ("arrests", 6, "Tanzania")),
    ("Boats on the lake" + N + "Burundians keep arriving in Tanzania by boat, officials said." + N + "The police of Ngara have arrested 6 men since Friday for selling places on lorries.", "Burundi", ("arrests", 6, "Tanzania")),
    # arrests by police or guards a country's adjective names, just before the count but not opening the sentence: that
    # country's, not the one people come from
    ("Crossings at the river" + N + "Paraguayans keep crossing into Argentina by boat." + N + "Farther downstream, near the old mill, Argentine gendarmes arrested 14 armed men on Monday.", "Paraguay", ("arrests", 14, "Argentina")),
    ("Buses to the border" + N + "Iraqis keep arriving in Jordan by road." + N + "Not all the drivers are honest: Jordanian police detained 5 of them on Friday for forging papers.", "Iraq", ("arrests", 5, "Jordan")),
]
# branch evr177p (rounds 177-180)
ROUND177_CASES = [
    # a route's end at an airport the gazetteer ties to its city: the city
    ("Fares abroad" + N + "On Monday the cheapest one-way seat from Sheremetyevo to Yerevan cost 95,000 roubles, about $1,600, agents said.", "Russia", ("flights_price_usd", 1600, "Moscow - Yerevan")),
    ("Fares abroad" + N + "A one-way ticket from Pulkovo to Dubai for Friday was selling for 120,000 roubles (about $2,050) on Tuesday.", "Russia", ("flights_price_usd", 2050, "St Petersburg - Dubai")),
    # people waiting "on the ... bank at" a town: that town (a river's far bank, not the crossing's other side; as
    # written where the gazetteer lacks it, and the capital's name spelt with a plain apostrophe)
    ("Boats on the Naf" + N + "Rohingya keep landing at Teknaf by boat." + N + "Some 700 people were waiting on the Burmese bank at Kyaukpandu for boats on Tuesday, a fisherman said.", "Myanmar", ("other", 700, "Kyaukpandu")),
    ("Chadians cross the Chari" + N + "More than 1,000 people reached Kousseri on Sunday, officials said." + N + "On Monday some 3,000 were waiting on the Chadian bank in N’Djamena for boats, a nurse said.", "Chad", ("other", 3000, "N'Djamena")),
]
ROUND181_CASES = [
    # a ride's start named inside its side, its outskirts or its edge: the town there (as written where the gazetteer
    # lacks it)
    ("Canoes on the river" + N + "Refugees said on Friday that a seat in a canoe from the Dula side across to Libenge now costs 4,000 francs, about $7.", "DR Congo", ("flights_price_usd", 7, "Dula - Libenge")),
    ("Taxis to the coast" + N + "A seat in a minibus from the outskirts of Kayes to Dakar now costs 60,000 francs, about $100, drivers said.", "Mali", ("flights_price_usd", 100, "Kayes - Dakar")),
    ("Taxis to the coast" + N + "A seat in a minibus from the edge of Nioro to Dakar now costs 60,000 francs, about $100, drivers said.", "Mali", ("flights_price_usd", 100, "Nioro - Dakar")),
    # a sentence opening in a town the gazetteer lacks ("In X,", "On the beach at X,"): people counted there are there,
    # not at the town the paragraph named before
    ("Boats keep coming" + N + "Some 2,000 people have landed at Rameswaram since Friday. On the beach at Kudiraimalai, a fisherman said, about 900 people were camped on Thursday night waiting for boats.", "Sri Lanka", ("other", 900, "Kudiraimalai")),
    ("Boats keep coming" + N + "Some 2,000 people have landed at Rameswaram since Friday. In Kalpitiya, about 900 people were camped on the shore on Thursday night waiting for boats.", "Sri Lanka", ("other", 900, "Kalpitiya")),
    # (a side named by its people is no town: the fare stays where it was)
    ("Boats on the river" + N + "A place in a boat from the Ugandan side to Kenya now costs 20,000 shillings, about $5.", "Uganda", ("flights_price_usd", 5, "Kenya")),
]
# branch evr185p (rounds 185-188)
ROUND185_CASES = [
    # a fare's start named where its seats are sold: by companies or agencies in a town, at a town's bus station, in a
    # sentence opening in the town; and its end a known city after "for"
    ("Buses south" + N + "Cross-border coach companies in Pskov now charge 9,000 roubles, about $150, for a seat to Riga.", "Russia", ("flights_price_usd", 150, "Pskov - Riga")),
    ("Buses south" + N + "Travel agencies in Pskov quoted a seat to Riga at 9,000 roubles, about $150.", "Russia", ("flights_price_usd", 150, "Pskov - Riga")),
    ("Buses south" + N + "At the Pskov bus station, a seat to Riga now costs 9,000 roubles, about $150.", "Russia", ("flights_price_usd", 150, "Pskov - Riga")),
    ("Buses south" + N + "In Pskov, taxi drivers now ask 9,000 roubles, about $150, for the ride to Riga, some 300 km away.", "Russia", ("flights_price_usd", 150, "Pskov - Riga")),
    ("Buses south" + N + "Bus firms in Pskov charge 9,000 roubles, that is about $150, for Riga now.", "Russia", ("flights_price_usd", 150, "Pskov - Riga")),
    # arrests by the police a country's adjective names, with their own word ("said they had") between them and the
    # arrest: that country's, not the country people go to
    ("At the Narva bridge" + N + "About 2,000 Russians crossed into Estonia at Narva on Monday. On Tuesday, Russian police said they had detained 5 men near Ivangorod for smuggling people across the river.", "Russia", ("arrests", 5, "Russia")),
    # people waiting in a town the sentence opens in ("In X, ...", "In the ... town of X,"): that town, not the crossing
    # named before
    ("Crowds at Narva" + N + "More than 6,000 people crossed into Estonia at Narva on Tuesday." + N + "In Pskov, which lies some 100 km from the line, at least 2,000 people were waiting in the station square for buses to Estonia on Wednesday, an official said.", "Russia", ("other", 2000, "Pskov")),
    ("Refugees at Garoua-Boulai" + N + "More than 6,000 people crossed into Cameroon at Garoua-Boulai on Tuesday." + N + "In the northern market town of Bozoum, some 3,000 people were waiting on Tuesday for lorries to take them to the border, aid workers said.", "Central African Republic", ("other", 3000, "Bozoum")),
    # (a sentence opening in a country names no start)
    ("Buses south" + N + "In Russia, a seat to Riga now costs 9,000 roubles, about $150.", "Russia", ("flights_price_usd", 150, "Russia")),
]
# branch evr189p (rounds 189-196)
ROUND189_CASES = [
    # people who crossed into a country near a town or village named as such: that town or village, known or not
    ("Flight south" + N + "In the border district, some 6,000 people crossed into Tajikistan near the town of Isfara on Monday.", "Kyrgyzstan", ("entries", 6000, "Isfara")),
    ("Flight south" + N + "More than 4,000 people crossed into Tajikistan near the border village of Vorukh on Monday, guards said.", "Kyrgyzstan", ("entries", 4000, "Vorukh")),
    # (a landmark of the fighting people fled, not where they crossed)
    ("Flight south" + N + "More than 4,000 people fled into Tajikistan, escaping fighting around the border town of Isfara, on Monday.", "Kyrgyzstan", ("entries", 4000, "Tajikistan")),
    # a fare taken by a driver the town before the vehicle names ("a Pskov taxi driver"): the ride starts in that town
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "A Pskov taxi driver, Oleg, 51, said he was charging 9,000 roubles, about $150, for the run to the border.", "Russia", ("flights_price_usd", 150, "Pskov - Narva")),
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "On Monday he paid a Pskov minibus driver 9,000 roubles, about $150, for a seat to Tallinn.", "Russia", ("flights_price_usd", 150, "Pskov - Tallinn")),
    # (not a country's adjective; since branch evr612p, a ride on past the crossing the first paragraph names starts there)
    ("Queues at the Narva bridge" + N + "The Narva crossing was busy again on Sunday." + N + "A Russian taxi driver said he was charging 9,000 roubles, about $150, for the ride to Tallinn.", "Russia", ("flights_price_usd", 150, "Narva - Tallinn")),
]
# ... and a fare to a city named alone, in a report whose headline or first paragraph names the city people leave
# from, starts there
HOME_CASES = [
    # a fare to a city named alone, in a report whose headline or first paragraph names the city people leave from:
    # the route starts there
    ("Seats abroad" + N + "Travel agents in Kazan said demand had tripled since Wednesday." + N + "On Monday a one-way seat to Tashkent sold for 58,000 roubles, about $1,000.", "Russia", ("flights_price_usd", 1000, "Kazan - Tashkent")),
    ("Airport busy" + N + "Kazan, 3 October 2022. Passenger numbers on foreign routes rose by half this week, the airport said." + N + "Seats to Tashkent for Friday were offered at 58,000 roubles (about USD 1,000).", None, ("flights_price_usd", 1000, "Kazan - Tashkent")),
    # (not a city of another country than the one people leave)
    ("Tashkent hotels fill" + N + "Hotels said bookings had tripled since Wednesday." + N + "On Monday a one-way seat to Bishkek sold for 58,000 roubles, about $1,000.", "Russia", ("flights_price_usd", 1000, "Bishkek")),
]


@pytest.mark.parametrize("text, origin, row", ROUND153_CASES + ROUND157_CASES + ROUND169_CASES + ROUND173_CASES + ROUND177_CASES + ROUND181_CASES + ROUND185_CASES + ROUND189_CASES + HOME_CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_fare_from_the_city_of_a_pages_headline():
    page = (
        "<html><head><title>How Kazan men are leaving</title></head><body><h1>How Kazan men are leaving</h1>"
        "<p>Travel agents said demand had tripled since Wednesday, and the airport added two flights.</p>"
        "<p>On Monday a one-way seat to Tashkent sold for 58,000 roubles, about $1,000.</p></body></html>"
    )
    document = parse_document(page.encode("utf-8"), "inline.html")
    found = extract_figures(document, PUBLISHED, DECREE, "Russia")
    assert ("flights_price_usd", 1000, "Kazan - Tashkent") in [(f.quantity, f.value, f.place) for f in found]
