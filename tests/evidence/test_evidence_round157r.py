"""Rules added after reading rounds 157-168 (branch evr157r; sentences written for these tests)."""

import pytest

from tests.evidence.test_evidence_round153q import HEAD, rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Refugees who have crossed can leave a message at +44 20 7946 0958.",
        "Those arriving by train can call the hotline, 0 8000 2233.",
        "New arrivals and hosts can address by the telephone of the camp office 8 (3522) 41-19-60 or 107.",
        "The refugee hotline for the new arrivals is 8 (843) 222-01-01.",
        "Our Kestel desk can be reached on 091 552 3310.",
        "Arrivals ask the help line of the border guards: +61 2 9374 4000, and the number 1012.",
    ],
)
def test_a_telephone_number_is_no_figure(sentence):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000)]


def test_a_count_after_a_phones_word_is_still_a_count():
    text = HEAD + "The hotline took 1,200 calls from 900 refugees who crossed at Kestel on Tuesday.\n"
    assert rows(text) == [("entries", 4000), ("entries", 900)]


DAY_HEAD = "Refugees reach Veran\n\nSince Friday have crossed from Dorland into Veran at Kestel more than 3 thousand 1 hundred person, most of them farmers. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Only in the day of Tuesday (11 April) had approximately 640 person, the most in one day.",
        "Only in the day of 11 April at the bridge of Kestel from the buses got off 640 passengers.",
    ],
)
def test_a_day_singled_out_in_translation_is_a_day_of_the_count_before(sentence):
    assert rows(DAY_HEAD + sentence + "\n") == [("entries", 3100), ("entries", 640)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A nurse, 33, arrived with her two sons of 6 and 11 years from Dorland.",
        "She crossed into Veran with her three daughters of 4, 8 and 13.",
        "A teacher, 41, came across with two grandsons of 7 and 10 in the back seat.",
        "She crossed with her children of 5 and 9, she said.",
    ],
)
def test_the_ages_of_children_are_no_count(sentence):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000)]


def test_a_count_of_children_is_still_a_count():
    assert rows(HEAD + "About 900 children of school age crossed at Kestel on Tuesday.\n") == [("entries", 4000), ("entries", 900)]


@pytest.mark.parametrize(
    ("sentence", "quantity", "value"),
    [
        ("A charter airline said it carried about 2,300 passengers on its own routes out of Dorland between Friday and Sunday.", "exits", 2300),
        ("Since Friday the relief flotilla has carried upwards of 3,000 from Kestel, officials said.", "exits", 3000),
        ("From Friday until Monday the buses carried away more than 2 thousand passengers.", "exits", 2000),
        ("On Saturday the two steamers took away 900 emigrants between them.", "exits", 900),
    ],
)
def test_a_carriers_count_carried_out_is_read(sentence, quantity, value):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000), (quantity, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The police transported 700 persons from Kestel to reception centres inland.",
        "A coach firm took 650 passengers from Kestel through the crossing.",
        "The lorries carried 20 tonnes of flour from the capital.",
    ],
)
def test_carried_on_or_through_is_not_carried_out(sentence):
    assert "exits" not in [quantity for quantity, _ in rows(HEAD + sentence + "\n")]
