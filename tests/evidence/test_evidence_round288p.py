"""Place rules added after the first read of rounds 284-287 (branch evr288p; sentences written for these tests).

Each case: the report, its origin (None: inferred), and a row (quantity, value, place) the extractor must give."""

import pytest

from tests.evidence.test_evidence_round70 import placed

N = "\n\n"
CASES = [
    # a force named by its title, then "of" and its country, making the arrest the count follows: that country's
    (
        "Migrants leave Chile for Peru" + N + "Hundreds of migrants have crossed from Chile into Peru this week." + N
        + "On Monday, the National Police of Peru detained 31 foreigners who tried to enter without papers near the post.",
        "Chile",
        ("arrests", 31, "Peru"),
    ),
    (
        "Ukrainians reach Poland" + N + "Thousands of Ukrainians crossed into Poland on Sunday." + N
        + "Near the crossing, the Border Guard of Ukraine arrested 16 men trying to leave the country on foot.",
        "Ukraine",
        ("arrests", 16, "Ukraine"),
    ),
    # (gazetteer) the North Ossetian forces are Russia's
    (
        "Russians queue for Georgia" + N + "Thousands of Russian men crossed into Georgia on Wednesday." + N
        + "North Ossetian police detained 12 men near the checkpoint on Wednesday for selling places in the line.",
        "Russia",
        ("arrests", 12, "Russia"),
    ),
]


@pytest.mark.parametrize("text, origin, row", CASES)
def test_place(text, origin, row):
    assert row in placed(text, origin=origin)


def test_a_landing_place_of_three_words_the_gazetteer_knows_is_read_whole():
    text = "Rohingya reach Bangladesh" + N + "On Tuesday about 2,400 people landed at Shah Porir Dwip in fishing boats, officials said."
    assert ("entries", 2400, "Shah Porir Dwip") in placed(text, origin="Myanmar")


def test_a_landing_place_of_two_words_before_another_place_is_read_whole():
    text = "Cambodians reach Thailand" + N + "On Friday some 430 people landed at Hat Lek and Klong Yai in fishing boats."
    assert ("entries", 430, "Hat Lek") in placed(text, origin="Cambodia")
