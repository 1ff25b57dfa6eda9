"""Numbers of hours and days spelt out as tens and a unit ("thirty-six"): read as their digits are, in the periods
(when.py) and in "the same N hours" (figures.py). Sentences written for these tests."""

from datetime import date

from exodus.evidence.when import COMPOUND_NUMBER_WORDS, find_times
from tests.evidence.test_evidence_round70 import rows_of


def _periods(sentence, published):
    return [(t.period.start, t.period.end) for t in find_times(sentence, published) if t.period]


def test_every_tens_and_unit_word_has_its_value():
    assert COMPOUND_NUMBER_WORDS["twenty-one"] == 21
    assert COMPOUND_NUMBER_WORDS["thirty-six"] == 36
    assert COMPOUND_NUMBER_WORDS["ninety-nine"] == 99
    assert len(COMPOUND_NUMBER_WORDS) == 72


def test_hours_in_words_read_as_in_digits():
    published = date(2022, 9, 28)
    for words, digits in (("thirty-six", "36"), ("seventy-two", "72"), ("ninety-six", "96")):
        spelt = _periods(f"About 4,000 people crossed in the past {words} hours.", published)
        assert spelt == _periods(f"About 4,000 people crossed in the past {digits} hours.", published)
        assert spelt and spelt[0][1] == published
    assert _periods("About 4,000 people crossed in the past ninety-six hours.", published) == [
        (date(2022, 9, 24), published)
    ]


def test_days_in_words_read_as_in_digits():
    published = date(2022, 10, 22)
    assert _periods("Some 9,000 crossed in the past thirty-one days.", published) == [(date(2022, 9, 21), published)]


def test_the_same_hours_spelt_out_take_the_window_of_that_many_hours():
    text = (
        "In the past 96 hours, 6 310 persons entered through the crossing Kapitan Andreevo. In the past 24 hours, "
        "1 210 persons entered through the crossing Malko Tarnovo. Through the crossing Lesovo, in the same ninety-six "
        "hours, 2 040 persons entered."
    )
    rows = rows_of(2040, text, published=date(1999, 4, 5), trigger=date(1999, 3, 24), origin="Turkey")
    assert [(r[3], r[4]) for r in rows] == [(date(1999, 4, 1), date(1999, 4, 5))]
