"""Place rules added after the first read of rounds 248-251 (branch evr252p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a force named by its country after "of", past people of another country opening the sentence: that country's arrests
    ("Volunteers at the border" + N + "Since Wednesday more than 19 000 citizens of Russia entered the region. Russian drivers on the other side take people through for 40 000 roubles a seat, and the police of Kazakhstan detained on Monday 6 such drivers at the post.", "Russia", ("arrests", 6, "Kazakhstan")),
    # a force whose title holds its city's name, "Police" capitalised: the city's country
    ("Russians in Dubai" + N + "More than 9,000 Russians have landed at Dubai International since the decree, officials said. Dubai Police said on Thursday they had arrested seven people for selling fake visas to Russians.", "Russia", ("arrests", 7, "United Arab Emirates")),
    # the old names of the Manchurian railway's frontier stations: Manchuli and Otpor (Zabaykalsk), Taheiho (Heihe)
    ("Refugees" + N + "On the evening of the 5th some 1,800 persons were gathered about the Manchuli station, awaiting leave to pass the frontier.", "China", ("other", 1800, "Zabaykalsk")),
    ("Refugees" + N + "The Soviet authorities at Otpor are said to have admitted 640 civilians on the 6th.", "China", ("entries", 640, "Zabaykalsk")),
    ("Refugees" + N + "At Taheiho, the magistrate says that about 230 Chinese crossed the frozen Amur between the 2nd and the 9th.", "China", ("entries", 230, "Blagoveshchensk")),
    # a city's airport by its own name: Zanderij is Paramaribo's
    ("Departures" + N + "Since Monday, 3,150 persons departed from Zanderij Airport for Amsterdam on the scheduled services.", "Suriname", ("exits", 3150, "Paramaribo")),
    # the town a road to the post comes from, named after the post: not where they were counted
    ('Border service' + N + '1. Through the checkpoint "Kairak" (Kostanay region) on the road from the town of Troitsk yesterday entered more than 2 thousand citizens of RF.', None, ("entries", 2000, "Kairak")),
    # a digest's items each headed by its crossing in capitals after the item's number: the item's counts are its; the
    # road or the town in brackets after it is not
    ("Volunteers' summary for the night, crossings of West-Kazakhstan region." + N + "1) SYRYM (road Samara - Uralsk). At 22:00 yesterday the column was around 1 400 cars, about 9 km.", None, ("queue_vehicles", 1400, "Mashtakovo")),
    ("Volunteers' summary for the night." + N + "1) KARAKOGA. At 22:00 yesterday the column was around 1 400 cars." + N + "2) ZHANA ZHOL (from Isilkul, Omsk). Queue is smaller, about 500 cars in the evening.", None, ("queue_vehicles", 500, "Petukhovo")),
    ("Volunteers' summary for the night." + N + "3) KAIRAK (Troitsk - Kostanay) - our friends report the queue of 1 210 cars at 02:00.", None, ("queue_vehicles", 1210, "Kairak")),
    # people waiting "on the river bank at" a town, "on the Niger side": that town's, not the crossing's other side
    ("Expelled from Niger" + N + "Some 6,000 persons crossed the river into Dahomey at Malanville this week. On Tuesday the prefect reported that about 2,500 persons were waiting on the river bank at Gaya, on the Niger side, for the ferry.", "Benin", ("other", 2500, "Gaya")),
    # a wait whose own words name its town: there, not where the people waiting counted before it were
    ("Expelled from Niger" + N + "About 900 persons were waiting at Malanville on Tuesday. Families arriving there said they had waited up to two days at Gaya.", "Benin", ("wait_hours", 48, "Gaya")),
    # a river's ford or ferry named by its place, as the gazetteer's crossings are ("the X crossing"): a post of its own
    ("Refugees" + N + "Some 3,000 Armenians have come in at Igdir since Monday. I stood on the bank of the river at the Dorut ferry on Friday and counted some 900 persons carried across in five hours.", "Turkey", ("entries", 900, "Dorut")),
    ("Refugees" + N + "Some 1,200 Montagnards have crossed into Cambodia at Bu Prang since Monday. Families said they had waited up to 10 hours at the Dak Mil ford for the water to fall.", "South Vietnam", ("wait_hours", 10, "Dak Mil")),
    # "landed here" in a transcript with no dateline: the airport the presenter put the correspondent at
    ("Transcript" + N + "PRESENTER (DILNOZA): Good evening. Our main story again tonight: the Russians who keep arriving in Kazakhstan. Our correspondent Aidar spent the day at Almaty International Airport. Aidar, what did you see? AIDAR: Dilnoza, the arrivals hall was full from the first Moscow flight. The airport press office told me that some four thousand two hundred passengers from Russia landed here yesterday, that is Monday.", None, ("entries", 4200, "Almaty")),
]
# the same shapes that keep their place: a force's title with no town in it, a checkpoint named alone, a post named
# where they entered
KEPT = [
    ("Ferries" + N + "Some 1,450 islanders came in on the Big Sista ferry at Luganville on Saturday.", "Vanuatu", ("entries", 1450, "Luganville")),
    ("Australia" + N + "Some 900 displaced persons landed at Melbourne on Tuesday. Commonwealth Police at Sydney detained three men of the party on Thursday.", "Germany", ("arrests", 3, "Australia")),
    ('Border service' + N + '1. Through the checkpoint "Kairak" yesterday entered more than 2 thousand citizens of RF.', None, ("entries", 2000, "Kairak")),
    ("Border service" + N + "Cars come on the road from Troitsk; yesterday more than 2 thousand citizens of RF entered at Troitsk.", None, ("entries", 2000, "Troitsk")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
