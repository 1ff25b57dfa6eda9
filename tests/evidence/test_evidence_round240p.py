"""Place rules added after the first read of rounds 236-239 (branch evr240p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # cities older reports name by a spelling since given up, written by today's name (Dacca and its old airport
    # Tejgaon, Amoy, Foochow, Salonica, Cavalla, Candia)
    ("Airlift" + N + "On Monday four flights brought 830 repatriates to Tejgaon from Karachi.", "Pakistan", ("entries", 830, "Dhaka")),
    ("Airlift" + N + "Since the airlift began, 9,200 repatriates have arrived at Dacca airport from Karachi.", "Pakistan", ("entries", 9200, "Dhaka")),
    ("Refugees from Formosa" + N + "Since Monday some 2,600 refugees from Formosa have been landed at Amoy.", "Taiwan", ("entries", 2600, "Xiamen")),
    ("Refugees from Formosa" + N + "About 700 refugees from Formosa have arrived at Foochow since Sunday.", "Taiwan", ("entries", 700, "Fuzhou")),
    ("The exchange" + N + "Some 1,800 persons were waiting in the warehouses on the quay at Cavalla on Monday.", "Greece", ("other", 1800, "Kavala")),
    ("Refugees" + N + "Between 80 and 90 people crossed the Zambezi from Zumbo to Feira by canoe on Friday, he said.", "Mozambique", ("entries", 90, "Luangwa")),
    ("Emigration" + N + "NEW-YORK, Thursday, May 20, 1847. - No less than 4,210 passengers arrived at this port from Liverpool during the week.", "Ireland", ("entries", 4210, "New York")),
    ("Repatriates" + N + "More than 21,000 repatriates from Burma have landed at Madras since January 1.", "Myanmar", ("entries", 21000, "Chennai")),
    # the dateline's town, port or city a count is made at ("at this river town", "arrived at this port"), past an aside
    # closed before the verb
    ("Draft" + N + "SAN VITO, Costa Rica, Feb. 16 - More than 900 Nicaraguans, most of them young men, have crossed into Costa Rica at this river town since Jan. 9, officials said.", "Nicaragua", ("entries", 900, "San Vito")),
    ("Exodus" + N + "NONG KHAI, Thailand, Dec. 15 - More than 4,000 people had crossed the Mekong to this river town since the fighting began, Thai officials said.", "Laos", ("entries", 4000, "Nong Khai")),
    # a sentence opening "At <town>" with no comma after the name, as with one
    ("Flight" + N + "Some 300 persons have come ashore at Ystad since Tuesday. At Bjarred more than 250 were landed on Sunday.", "Denmark", ("entries", 250, "Bjarred")),
    # people who "embarked at" a port: its exits, not a total out of the country
    ("The exchange" + N + "During the week ended Saturday, 3,120 exchangees embarked at Salonica on Turkish steamers.", "Greece", ("exits", 3120, "Thessaloniki")),
    ("Departures" + N + "In June, 4,480 Chinese embarked at the port of Djakarta for the mainland.", "Indonesia", ("exits", 4480, "Jakarta")),
    # the Lars crossing, as English wires call Verkhny Lars
    ("Queue" + N + "The queue on the approach to the Lars crossing was put at about 1,900 vehicles on Saturday.", "Russia", ("queue_vehicles", 1900, "Verkhny Lars")),
    ("Queue" + N + "Drivers in Vladikavkaz were asking up to 40,000 roubles, about $690, for a seat to the Lars crossing.", "Russia", ("flights_price_usd", 690, "Vladikavkaz - Verkhny Lars")),
    # a force named by its country's adjective, an adverb between it and its arrest
    ("Exodus" + N + "Yesterday the Beninese gendarmes also detained nine young men carrying machetes.", "Togo", ("arrests", 9, "Benin")),
    ("Exodus" + N + "On Monday the Ghanaian police also arrested 15 men who were carrying rifles.", "Togo", ("arrests", 15, "Ghana")),
    # Romania by its older spelling
    ("Poles flee" + N + "Rumanian frontier officials estimated that some 21,000 Poles have crossed into Rumania since Sunday.", "Poland", ("entries", 21000, "Romania")),
    # the place of an event a "since" after the count names is not where the count was made
    ("Refugees" + N + "The refugees came on foot to the Petrapole check-post on Friday. On Friday alone, an officer said, 9,800 were counted through, the most since the army crackdown in Dhaka.", "Pakistan", ("entries", 9800, "Petrapole")),
]
# the same shapes that keep their place: a man named Lars, people who disembarked
KEPT = [
    ("Finland" + N + "Some 2,400 Russians entered Finland at Vaalimaa on Sunday, said Lars Virtanen of the Border Guard.", "Russia", ("entries", 2400, "Vaalimaa")),
    ("Arrivals" + N + "On Monday 312 refugees from Vietnam disembarked at Darwin from a freighter.", "Vietnam", ("entries", 312, "Darwin")),
]


@pytest.mark.parametrize("text, origin, row", CASES + KEPT)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
