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

