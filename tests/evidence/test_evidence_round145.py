"""Place rules added after reading rounds 145-152 (branch evr145p; sentences written for these tests)."""

import pytest

from tests.evidence.test_evidence_round70 import placed


@pytest.mark.parametrize(
    "text, origin, row",
    [
        pytest.param(
            "Cars queue at the Verkhny Lars post\n\n"
            "The post was busy again on Monday as men from Vladikavkaz crossed into Georgia.\n\n"
            "Not all of them stay. Guards said about 60 people drove back into Russia over the past two days.",
            "Russia",
            ("exits", 60, "Verkhny Lars"),
            id="people who drove back into their country leave by the crossing the report stands at",
        ),
        pytest.param(
            "Finns wait at the Tornio bridge\n\n"
            "The bridge at Tornio has been crowded since Friday with families leaving Sweden.\n\n"
            "About 80 people have gone back across to Haparanda since Saturday, officers said.",
            "Sweden",
            ("exits", 80, "Tornio"),
            id="people gone back to the far side of the report's crossing leave by that crossing",
        ),
        pytest.param(
            "Live from the Verkhny Lars post\n\n"
            "Our reporter is at the Verkhny Lars checkpoint tonight.\n\n"
            "A taxi from Vladikavkaz to this barrier now costs 9,000 roubles, about 150 dollars.",
            "Russia",
            ("flights_price_usd", 150, "Vladikavkaz - Verkhny Lars"),
            id="a fare from a town to this barrier runs to the report's crossing",
        ),
    ],
)
def test_place_of_a_figure(text, origin, row):
    assert row in placed(text, origin=origin)
