"""Place rules added after reading rounds 197-199 (branch evr197p; sentences written for these tests).

Each case: what it shows, the report, its origin (None: inferred), and a row (quantity, value, place) the
extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # people counted as "citizens of the RF" (statements translated from Russian): the report's people are Russians,
    # so a crossing of the country they came into is where they came
    ("Arrivals in Kostanay region" + N + 'According to the border service of Kazakhstan across the region, from 21.09.2022 until 02.10.2022 through the checkpoint "Kairak" entered the territory of the Republic of Kazakhstan 38 thousand 100 citizens of the RF. In the same period through the checkpoint "Kairak" exited from Kazakhstan to the Russian Federation 12 400 persons. The difference made 25 700 persons.' + N + 'Only in the day of 01.10.2022 (Saturday) through "Kairak" entered 3 thousand 200 citizens of the RF.', None, ("entries", 3200, "Kairak")),
    # a net count given as "the difference" of the counts before it: at the place of the arrivals counted
    ("Movement at Narva" + N + "From 21.09.2022 until 27.09.2022 through the checkpoint Narva entered Estonia 8 400 citizens of the Russian Federation. In the same period exited from Estonia in direction of Russia 2 100 persons. The difference made 6 300 persons.", "Russia", ("net_arrivals", 6300, "Narva")),
    # arrests the clause puts on a country's side or bank of the border, after the count: that country's
    ("Refugees cross the Naf" + N + "About 5,000 Rohingyas landed at Teknaf this week, officials said. On Friday the Bangladesh Rifles arrested 9 boatmen on the Bangladesh side accused of robbing the refugees.", "Myanmar", ("arrests", 9, "Bangladesh")),
    ("Flight over the river" + N + "More than 2,000 Afghans crossed into Tajikistan this week. Russian border troops, who guard the river, said they had detained 30 people trying to cross on the Tajik bank on Tuesday.", "Afghanistan", ("arrests", 30, "Tajikistan")),
    # people held named right after the count as the people of the country the report is about: held at home
    ("Haitians in Jamaica" + N + "About 300 Haitians landed in Jamaica on Sunday, and more Haitians are expected. Police arrested 4 Jamaicans on Monday suspected of selling fuel for the boats.", "Haiti", ("arrests", 4, "Jamaica")),
    ("Boat people in Hong Kong" + N + "Some 2,000 Vietnamese landed in Hong Kong this week. Marine Police arrested six Hong Kong fishermen on suspicion of carrying refugees.", "Vietnam", ("arrests", 6, "Hong Kong")),
    ("Rafters reach Key West" + N + "More than 900 Cubans reached Key West on Monday, the Coast Guard said. The Coast Guard detained 4 Florida boat owners on Tuesday who were bringing Cubans over for money.", "Cuba", ("arrests", 4, "United States")),
    # (not where the report's people are that country's, sent home: held where they were sent from)
    ("Haitians expelled" + N + "More than 2,000 Haitians were put over the border into Haiti this week. Dominican soldiers detained 40 Haitians without papers near Dajabon on Monday, and other Haitians said they had been beaten.", "Dominican Republic", ("arrests", 40, "Dominican Republic")),
    # the origin's soldiers held after they came across: held by the country they came into
    ("Kurds reach Iran" + N + "More than 40,000 Iraqis crossed into Iran this week, Iranian officials said. On Sunday Iranian police disarmed and detained 9 Iraqi soldiers who had come over the pass in uniform.", "Iraq", ("arrests", 9, "Iran")),
    # exits through a crossing named before the country left, as statements translated from Russian write them
    ("Movement at the border" + N + 'According to the Revenue Service, from 21.09.2022 until 27.09.2022 through "Sarpi" exited from Georgia in direction of Turkey 2 140 citizens of the Russian Federation.', "Russia", ("exits", 2140, "Sarpi")),
    ("Movement at the border" + N + 'According to the Revenue Service, from 21.09.2022 until 27.09.2022 through the customs checkpoint "Kazbegi" entered into Georgia 30 100 persons. In the same period through the same checkpoint exited from Georgia in direction of the Russian Federation 9 800 persons.', "Russia", ("exits", 9800, "Verkhny Lars")),
    # "crossed into <country> there": the crossing "there" stands for, the country only whose side it is
    ("Crossings into Moldova" + N + "Most people now come through Otaci, opposite the Ukrainian town of Mohyliv-Podilskyi; on Tuesday alone some 5,100 people crossed into Moldova there.", "Ukraine", ("entries", 5100, "Otaci")),
    # "Guantanamo" alone: the naval base people picked up at sea are taken to, as the labels write it
    ("Rafters picked up at sea" + N + "The Coast Guard said on Tuesday that about 800 of the Cubans picked up since Sunday had been taken to Guantanamo, where the Navy is putting up tents.", "Cuba", ("entries", 800, "Guantanamo Bay")),
    # a count that crossed "over this bridge" after it: the crossing the report stands at
    ("At the Narva bridge" + N + "CORRESPONDENT: The old bridge at Narva is the only way out tonight. Estonian guards here say some 3,000 people have crossed into Estonia over this bridge since Monday.", "Russia", ("entries", 3000, "Narva")),
    # "here" after a count, in a report whose opening names no one crossing: the crossing its paragraph names before
    ("SITUATION REPORT No. 4\nPrepared by the field team\nDate: 2 March 2022" + N + "1. OVERVIEW" + N + "The flow of people across the border has not slowed. More than 60,000 people had crossed into Moldova by this morning." + N + "2. ENTRY POINTS" + N + "Palanca. Palanca, in the south-east of Moldova on the road from Odesa, remains the main crossing. Border police registered over 4,000 new arrivals here on Sunday alone.", "Ukraine", ("entries", 4000, "Palanca")),
    # "Boatmen there": the ride starts in the town the paragraph named before
    ("Crossing the river" + N + "In Mocimboa, the last town before the river, about 800 people were waiting on Tuesday. Boatmen there were asking 2,000 meticais, about $30, for a place to Kilambo.", "Mozambique", ("flights_price_usd", 30, "Mocimboa - Kilambo")),
    # "Taxi drivers in Beirut": the fare's own sentence names its start, over a place people came from named before
    ("The road to Damascus" + N + "Officials say more than 90,000 people have crossed into Syria from Lebanon since Wednesday. Taxi drivers in Beirut now ask 400,000 Lebanese pounds, about 260 dollars, for the ride to Damascus.", "Lebanon", ("flights_price_usd", 260, "Beirut - Damascus")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
