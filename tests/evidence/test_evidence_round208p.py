"""Place rules added after reading rounds 208-215 (branch evr208p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a seat named by where it goes alone, after the paragraph names the airport its flights leave from
    ("Flights out" + N + "Tbilisi airport said some 3,000 Russians had flown out since Monday, most of them to Dubai. The cheapest seat to Dubai for Friday cost $620 this morning.", None, ("flights_price_usd", 620, "Tbilisi - Dubai")),
    ("Flights out" + N + "In Armenia the road ends at the airport. Yerevan airport said 1,200 Russians flew on to third countries on Monday. On Tuesday a one-way seat to Dubai cost about $700.", "Russia", ("flights_price_usd", 700, "Yerevan - Dubai")),
    # an old wire's dateline, stop and dashes with no space, over a fare to a town the gazetteer lacks
    ("PIRAEUS, May 3.--(United Press.)--Some 5,000 refugees have landed here since Monday." + N + "Passages onward are few. A berth to Limassol on a Greek steamer is quoted at 40 dollars.", "Turkey", ("flights_price_usd", 40, "Piraeus - Limassol")),
    # whoever sells the places, in the town the ride starts from: fishermen, brokers, guides
    ("Across the Channel" + N + "Some 5,000 Belgians landed this week. Fishermen in Calais are asking $20 a head to take people to Dover.", "Belgium", ("flights_price_usd", 20, "Calais - Dover")),
    ("Out" + N + "Some 5,000 left this week. Brokers in Kingston tell us seats on charters to Miami are going for $900.", "Jamaica", ("flights_price_usd", 900, "Kingston - Miami")),
    ("Out" + N + "Some 500 crossed this week. Guides in the Lerin villages were asking about $30 to take a family across to Bitola.", "Greece", ("flights_price_usd", 30, "Lerin - Bitola")),
    # "bound for": the ride's end, a town the gazetteer may lack
    ("Across" + N + "Some 5,000 Belgians landed this week. Boatmen at Calais have been asking about $20 a head for a place in a smack bound for Deal.", "Belgium", ("flights_price_usd", 20, "Calais - Deal")),
    # a force whose own name holds its country's name
    ("Into Antigua" + N + "More than 500 evacuees from Montserrat arrived in Antigua this week. The Royal Antigua Police Force detained three persons who landed without passports.", "Montserrat", ("arrests", 3, "Antigua and Barbuda")),
    # the forces' town written with a particle inside its name
    ("Into Peru" + N + "More than 500 Haitians are stranded on the bridge in Brazil. On Monday Peruvian police in Madre de Dios detained 40 migrants who had crossed at night.", "Brazil", ("arrests", 40, "Peru")),
    ("Into Argentina" + N + "More than 500 Bolivians crossed this week. On Friday Argentine gendarmes at Puerto de Iguazu arrested 12 men near the bridge.", "Brazil", ("arrests", 12, "Argentina")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_a_name_cut_off_by_its_abbreviations_stop_is_no_end_of_a_route():
    text = "Across" + N + "Some 300 left this week. Boatmen in Lavrentiya are asking about $2,000 to take a man across to St. Lawrence Island."
    fares = [place for quantity, _value, place in placed(text, origin="Russia") if quantity == "flights_price_usd"]
    assert fares and not any(place.endswith(" - St") for place in fares)
