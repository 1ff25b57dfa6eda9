"""Place rules added after reading rounds 216-219 (branch evr216p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # an arrest told in the passive after the count: the country of the forces that made it, not the one reached
    ("Out" + N + "Some 300 left this week. Three emigrants were detained by Hungarian customs officers at the frontier station.", "Romania", ("arrests", 3, "Hungary")),
    ("Into Austria" + N + "Some 2,000 Hungarians reached Austria this week. On Sunday 14 students had been arrested by Hungarian border guards near the canal.", "Hungary", ("arrests", 14, "Hungary")),
    # a town set before the count as its clause's frame, after a correspondent's town or the station's own
    ("Radio bulletin, Genoa, 4 May" + N + "Since Monday more than 20,000 people have landed at Genoa from Tunis." + N + "Our correspondent in Bizerte rang this evening. In Tunis, about 1,500 lorries are lined up at the quay waiting to be loaded.", "Tunisia", ("queue_vehicles", 1500, "Tunis")),
    ("Radio bulletin, Dover" + N + "Since Monday more than 9,000 people have landed at Dover." + N + "Our man in Ostend telephoned tonight. In Calais, some 800 cars are queued at the harbour waiting for a ferry.", "France", ("queue_vehicles", 800, "Calais")),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)
