"""Place rules added after the first read of rounds 240-243 (branch evr244p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # "departed <town>" without "from": the town's exits, as "left <town>", not a total out of the country
    ("Evacuation" + N + "Since the airport reopened on Monday, about 2,300 passengers have departed Nadi on relief and commercial flights.", "Fiji", ("exits", 2300, "Nadi")),
    ("Exodus" + N + "Between 3 and 9 October, 640 Russian nationals departed Tbilisi, most of them for Dubai.", "Russia", ("exits", 640, "Tbilisi")),
    # a town of the host left, on the way to a third country: out through that town, not into the country gone to
    ("Onward" + N + "The railway said 2,150 passengers with Russian passports had left Aktobe on the trains to Tashkent since Monday.", "Russia", ("exits", 2150, "Aktobe")),
    ("Onward" + N + "Airport officials said 870 Russians had left Yerevan on flights to Dubai over the weekend.", "Russia", ("exits", 870, "Yerevan")),
    # people waiting "in" a town the clause names: there, not at a crossing named before (Francistown in the gazetteer)
    ("Students" + N + "Some 40 students came across near Tlokweng on Thursday night." + N + "On Friday an aircraft took 30 of them to Lusaka. About 55 are waiting in Francistown for seats on the next flight.", "South Africa", ("other", 55, "Francistown")),
    ("Students" + N + "Some 300 Zimbabweans crossed at Ramokgwebana on Monday. About 120 were stranded in Francistown on Tuesday.", "Zimbabwe", ("other", 120, "Francistown")),
    # a line that stretches back "towards" another post is the line at the post its sentence names before; a wait told
    # right after a line, naming no place, is in that line
    ("Syrym" + N + "Drivers said the line on the Russian side at Mashtakovo was some 1,100 cars, and it now stretches about nine kilometres back towards Ozinki.", "Russia", ("queue_length_km", 9, "Mashtakovo")),
    ("Syrym" + N + "Drivers said the line on the Russian side at Mashtakovo was some 1,100 cars, and it now stretches about nine kilometres back towards Ozinki. Most of them had waited about 15 hours.", "Russia", ("wait_hours", 15, "Mashtakovo")),
]
# the same shapes that keep their place: a line towards a post with no other post named, a wait after a line read at a
# country, people who departed a country
KEPT = [
    ("Omsk" + N + "On Tuesday the line of cars waiting to leave Russia stretched 6 km back towards Isilkul.", "Russia", ("queue_length_km", 6, "Isilkul")),
    ("Exodus" + N + "Some 2,000 people departed Russia for Finland on Sunday.", "Russia", ("departures_total", 2000, "Russia")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
