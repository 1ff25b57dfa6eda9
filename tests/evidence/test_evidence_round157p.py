"""Place rules added after reading rounds 157-168 (branch evr157p; sentences written for these tests).

Each case: what it shows, the report, its origin, and a row (quantity, value, place) the
extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
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


@pytest.mark.parametrize("text, origin, row", CASES)
def test_round157_place(text, origin, row):
    assert row in placed(text, origin=origin)
