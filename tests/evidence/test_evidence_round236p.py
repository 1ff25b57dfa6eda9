"""Place rules added after the first read of rounds 232-235 (branch evr236p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a city older reports name by a spelling since given up, written by today's name (Calcutta, Manaos), in the body
    # and in a dateline
    ("Chinese leave India" + N + "On Monday 240 persons sailed from Calcutta for Singapore on board a coaster.", "India", ("exits", 240, "Kolkata")),
    ("Refugees on the Amazon" + N + "On Friday a river steamer brought 95 refugees to Manaos from the frontier.", "Colombia", ("entries", 95, "Manaus")),
    ("Refugees on the Amazon" + N + "MANAOS, Brazil, Oct. 3 (AP) -- Some 95 Colombian refugees landed here on Friday from a river steamer.", "Colombia", ("entries", 95, "Manaus")),
    # people waiting on a side or bank named by its country's adjective alone: the town of that country the paragraph
    # put them at before, not the crossing they wait to pass, nor the town across
    ("Expulsions" + N + "At Dajabon, in the north, some 620 people were waiting on the Dominican side on Thursday to cross to Ouanaminthe.", "Dominican Republic", ("other", 620, "Dajabon")),
    ("Mutiny" + N + "Boatmen in Bangui were asking ten times the usual fare on Friday. Up to 2,500 more people were gathered on the Central African bank on Friday waiting to cross, an officer said.", "Central African Republic", ("other", 2500, "Bangui")),
    # a whole whose part is told after "from them through X" (translated statements): the part's crossing is not the
    # whole's
    ("Georgia" + N + "Yesterday, 3 October, the entry made 8 450 citizens of the Russian Federation, from them through the border crossing point \"Dariali\" entered 6 120 persons.", "Russia", ("entries", 8450, "Georgia")),
    ("Georgia" + N + "Yesterday, 3 October, the entry made 8 450 citizens of the Russian Federation, from them through the border crossing point \"Dariali\" entered 6 120 persons.", "Russia", ("entries", 6120, "Verkhny Lars")),
    # a ride to a post its own words name ("to the barrier at X", "to the border at X", "to the X post"): from the town
    # after "from", the sellers' town, or the town right before "to"
    ("Russians at the border" + N + "Drivers in Vladikavkaz are asking 25,000 roubles, about $430, to take a passenger to the barrier at Verkhny Lars.", "Russia", ("flights_price_usd", 430, "Vladikavkaz - Verkhny Lars")),
    ("Expulsions" + N + "Bus operators charge 300 pesos, about US$7, for the trip from Santiago to the border at Dajabon.", "Dominican Republic", ("flights_price_usd", 7, "Santiago - Dajabon")),
    ("Forum" + N + "Seat in a car, Chelyabinsk to the Varshavka post, every night, 6,000 roubles (about $100) per person.", "Russia", ("flights_price_usd", 100, "Chelyabinsk - Varshavka")),
    # a fare "for the crossing" sold by boatmen or owners in a town: from that town to the crossing named before
    ("Mutiny" + N + "About 1,800 crossed to Zongo on Wednesday alone, the Zongo zone commissioner said." + N + "Pirogue owners in Bangui were charging 5,000 CFA francs, about 10 dollars, for the crossing on Thursday.", "Central African Republic", ("flights_price_usd", 10, "Bangui - Zongo")),
    # Tel Aviv's airport named alone ("landing at Ben Gurion") is Tel Aviv; a fare "From X" in a report that names no
    # country people leave runs to the first city of another country its opening names, not to a stop on the way
    ("Arrivals" + N + "On Monday 480 new immigrants from Russia landed at Ben Gurion, the ministry said.", None, ("entries", 480, "Tel Aviv")),
    ("Seats sold out" + N + "Russians keep landing at Ben Gurion as seats from Moscow sell out, the airport said on Friday." + N + "From St. Petersburg, connections via Yerevan or Baku were listed on Friday at between $1,200 and $1,600.", None, ("flights_price_usd", 1600, "St Petersburg - Tel Aviv")),
]
# the same shapes that keep their place: a side that names its own place, a side's town named only as where people
# come from, the man Ben-Gurion, a ride to "the checkpoint" with no name
KEPT = [
    ("Refugees" + N + "On Monday 140 people crossed at Agbokim, most of them from villages around Mamfe. Between 300 and 400 more were sheltering on the Cameroonian side opposite Agbokim on Wednesday, waiting to cross.", "Cameroon", ("other", 400, "Agbokim")),
    ("Afghans" + N + "About 4,000 people were waiting on the Afghan side of the Chaman crossing on Monday.", "Afghanistan", ("other", 4000, "Spin Boldak")),
    ("Ukraine" + N + "Romania's border police said 13,500 Ukrainians entered Romania on Sunday, 2,300 of them through Siret.", "Ukraine", ("entries", 13500, "Romania")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_ben_gurion_the_man_is_no_place():
    text = "Cabinet" + N + "Ben-Gurion said on Monday that 12,000 immigrants had arrived in Israel in March."
    assert ("entries", 12000, "Israel") in placed(text, origin=None)
