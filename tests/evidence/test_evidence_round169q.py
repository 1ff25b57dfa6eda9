"""Rules added after reading rounds 169-172 (branch evr169q; sentences written for these tests)."""

from datetime import date

import pytest

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import figures


def windows(text, published=date(1961, 4, 15)):
    return [(t.period.start, t.period.end) for t in find_times(text, published) if t.period]


YEAR_FIRST = {  # the window each sentence names, dates written year first as translated notices write them
    "In the period from 1961.04.03 until 1961.04.09 in total entered 5 120 persons.": (date(1961, 4, 3), date(1961, 4, 9)),
    "On the state of 20:00 hours of 1961.04.11 about 240 cars were waiting.": (date(1961, 4, 11), date(1961, 4, 11)),
    "On 1961.04.07 the guards detained 4 persons.": (date(1961, 4, 7), date(1961, 4, 7)),
}


@pytest.mark.parametrize("sentence", list(YEAR_FIRST))
def test_a_year_first_dotted_date_is_a_day(sentence):
    assert YEAR_FIRST[sentence] in windows(sentence)
    assert not any(s == date(1961, 1, 1) for s, _ in windows(sentence))  # not "from 1961" to publication


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 1961.04.02 until 1961.04.12 in total more than 9 thousand persons entered Veran.",
        "Since 2 April until 12 April more of 9 thousand persons entered Veran from Dorland.",
        "Since April 2 till April 12 more of 9 thousand persons entered Veran.",
    ],
)
def test_since_a_day_until_a_day_is_one_window(sentence):
    assert (date(1961, 4, 2), date(1961, 4, 12)) in windows(sentence, published=date(1961, 4, 13))


def test_since_a_day_then_a_later_day_alone_stays_apart():
    # no "until" between them: the second day is its own
    sentence = "Since 2 April some 9,000 have entered Veran; on 12 April alone 800 came."
    assert (date(1961, 4, 12), date(1961, 4, 12)) in windows(sentence, published=date(1961, 4, 13))


def test_a_weekly_notice_with_year_first_dates_dates_its_figures():
    text = (
        "Notice of the border authority\n\n1961.04.10 No. 7/12\n\n"
        "1. In the period from 1961.04.03 until 1961.04.09 through the ports of Veran in total entered 5 120 citizens of Dorland.\n"
    )
    found = [(f.value, f.period.start, f.period.end) for f in figures(text, published=date(1961, 4, 10), trigger=None, origin="Dorland")]
    assert (5120, date(1961, 4, 3), date(1961, 4, 9)) in found


CABLE = (
    "TELEGRAM RECEIVED\n\nFROM: VERAN\n\n"
    "1. BORDER POLICE INFORMED US THAT SINCE APRIL 3 ABOUT 2,400 REFUGEES FROM DORLAND HAVE CROSSED INTO VERAN AT KESTEL. "
    "ON APR 11 ALONE, 310 CROSSED. POLICE DETAINED 14 ON MONDAY.\n"
)


def test_a_cable_in_capitals_has_its_dates_read():
    found = [(f.value or f.value_low, f.period.start, f.period.end) for f in figures(CABLE, published=date(1961, 4, 12), trigger=None, origin="Dorland")]
    values = [value for value, _start, _end in found]
    assert (310, date(1961, 4, 11), date(1961, 4, 11)) in found
    assert (2400, date(1961, 4, 3), date(1961, 4, 12)) in found
    assert 11 not in values and 3 not in values  # the days are no counts


@pytest.mark.parametrize(
    "text",
    [
        "THE MARCH TO THE BORDER TOOK 3 DAYS AND 2,400 CROSSED.",  # a month's name with no day stays a word
        "Since April 3 about 2,400 refugees have crossed; OCT 11 is a code.",  # a text in lower case is left as it is
    ],
)
def test_capitals_left_alone(text):
    from exodus.evidence.when import cased_capitals

    assert cased_capitals(text) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Citizens of Dorland entering Veran may call the telephone 4120-3381, 4120-3390 (weekdays only).",
        "Refugees entering Veran know that the hotline on the crossing is 117.",
        "For refugees entering Veran the hotline for families is 117.",
    ],
)
def test_telephone_numbers_named_after_the_line_are_no_figures(sentence):
    text = "Refugees reach Veran\n\nLast week 2,400 people entered Veran from Dorland at Kestel. " + sentence + "\n"
    values = [f.value or f.value_low for f in figures(text, published=date(1961, 4, 12), trigger=None, origin="Dorland")]
    assert 2400 in values
    assert not set(values) & {4120, 3381, 3390, 117}


def test_a_count_on_the_hotline_stays():
    text = "Refugees reach Veran\n\nThe hotline on Monday took 1,200 calls as 2,400 people entered Veran from Dorland.\n"
    assert 2400 in [f.value or f.value_low for f in figures(text, published=date(1961, 4, 12), trigger=None, origin="Dorland")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 9,000 have entered Veran since the fighting between the army and the V.L.F. resumed on April 2.",
        "Since Marten's decree of 2 April, more than 9,000 people have entered Veran.",
        "Since ferry services from Dorland resumed April 2, 9,000 people have landed in Veran.",
    ],
)
def test_since_an_event_on_its_day_runs_to_publication(sentence):
    assert (date(1961, 4, 2), date(1961, 4, 15)) in windows(sentence)


def test_an_abbreviation_does_not_join_two_sentences():
    text = "He had waited since 4 a.m.\n\nSince the decree was announced on Monday, 9,000 have entered Veran."
    assert (date(1961, 4, 10), date(1961, 4, 15)) in windows(text)
