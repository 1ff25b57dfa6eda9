"""Rules added after reading rounds 153-156 (branch evr153q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def rows(text, published=date(1961, 4, 12), trigger=None):
    return [(f.quantity, f.value or f.value_low or f.value_high) for f in figures(text, published=published, trigger=trigger, origin="Dorland")]


HEAD = "Refugees reach Veran\n\nAbout 4,000 refugees crossed from Dorland into Veran at Kestel on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The 60-km crossing takes about nine hours in a swell.",
        "His dinghy is 6 metres long and the crossing took about 11 hours against the current.",
        "The crossing itself lasts some three hours when the wind is up.",
    ],
)
def test_how_long_the_crossing_takes_is_no_wait(sentence):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000)]


def test_crossing_the_border_that_took_hours_is_still_a_wait():
    text = "Cars queue at Kestel\n\nAt Kestel, drivers said crossing the border took 11 hours on Monday.\n"
    assert rows(text) == [("wait_hours", 11)]


QUEUE = "Cars queue at Kestel\n\nThe queue at Kestel stretched 12 km on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Flour comes by rail from the capital; the line is about 900 km long.",
        "Patrols watch the crossings along the 150-mile line.",
    ],
)
def test_a_length_no_queue_at_a_border_reaches_is_none(sentence):
    assert rows(QUEUE + sentence + "\n") == [("queue_length_km", 12)]


def test_a_long_queue_in_miles_is_still_a_queue():
    assert rows("Cars queue at Kestel\n\nThe queue at Kestel stretched 40 miles on Monday.\n") == [("queue_length_km", 64.37376)]
