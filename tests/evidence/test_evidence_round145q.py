"""Rules added after reading rounds 145-152 (branch evr145q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def values(text):
    return [f.value for f in figures(text, published=date(1961, 4, 12), trigger=None, origin="Dorland")]


HEAD = "Refugees reach Veran\n\nAbout 4,000 refugees crossed from Dorland into Veran at Kestel on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's age said with "of"
        "Among those who crossed the bridge was a retired ferryman of 83 who said he had seen two wars.",
        "Among the detained at the post are women of 52 and 61 years.",
        # the number a school or a phone line goes by
        "In the school number 47 remained 12 free places for the children who crossed.",
        "The police ask crossers to report on the number 118.",
    ],
)
def test_an_age_or_a_serial_number_is_no_figure(sentence):
    assert values(HEAD + sentence + "\n") == [4000]


def test_people_of_a_number_of_villages_are_still_counted():
    assert values("Refugees reach Veran\n\nMore than 3,000 men of 40 villages crossed from Dorland into Veran at Kestel on Monday.\n") == [3000]


def test_number_as_a_verb_still_counts():
    assert values("Refugees reach Veran\n\nThe refugees who crossed from Dorland into Veran at Kestel since Monday now number 4,000.\n") == [4000]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the day before the number, with no verb after it
        ("Some 2,000 refugees crossed from Dorland into Veran at Kestel this week. On Monday alone 700 of them.", [2000, 700]),
        ("Through Kestel into Veran entered 2 thousand persons this week. Only in Monday - 700 persons, the most yet.", [2000, 700]),
        # the day just after the number
        ("Our buses carried 2,000 passengers from Dorland across the border at Kestel to Veran this week, of them 700 on Monday alone.", [2000, 700]),
    ],
)
def test_a_day_singled_out_of_the_count_before_is_that_count(sentence, expected):
    assert values("Refugees reach Veran\n\n" + sentence + "\n") == expected


def test_only_the_first_number_after_the_day_is_its_share():
    text = "Refugees reach Veran\n\nSome 2,000 refugees crossed from Dorland into Veran at Kestel this week. Only in Monday - 700 persons, which is the most of one day since the spring of the year 1958.\n"
    assert values(text) == [2000, 700]
