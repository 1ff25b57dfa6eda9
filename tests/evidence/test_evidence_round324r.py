"""Rules added after the read of rounds 320-323 for figures not read and distractors (branch evr324r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 9, 28)  # a Wednesday
TRIGGER = date(2022, 9, 21)


def _rows(text, value):
    rows = figures(text, published=PUBLISHED, trigger=TRIGGER, origin="Russia")
    return [
        (f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end)
        for f in rows
        if (f.value or f.value_high) == value
    ]


_COUNT = "On Tuesday 4,150 Russians crossed into Kazakhstan at Karaozek. "
_COUNT_ROW = ("entries", 4150, "Karaozek", date(2022, 9, 27), date(2022, 9, 27))


def test_an_ordinary_weekday_opening_the_sentence_is_an_undated_baseline():
    text = _COUNT + "On an ordinary Thursday before the call-up the post would clear perhaps 1,700 people."
    assert _rows(text, 1700) == [], _rows(text, 1700)
    assert _rows(text, 4150) == [_COUNT_ROW], _rows(text, 4150)


def test_an_ordinary_week_opening_a_long_sentence_is_an_undated_baseline():
    text = _COUNT + (
        "In an ordinary week of August before the announcement, flights from Moscow brought about 1,700 passengers a day "
        "to Almaty."
    )
    assert _rows(text, 1700) == [], _rows(text, 1700)
    assert _rows(text, 4150) == [_COUNT_ROW], _rows(text, 4150)


def test_in_normal_times_opening_the_sentence_is_an_undated_baseline():
    text = _COUNT + "In normal times, before the decree, some 1,700 Russians a day came through Karaozek."
    assert _rows(text, 1700) == [], _rows(text, 1700)


def test_an_ordinary_day_after_a_colon_is_an_undated_baseline():
    text = _COUNT + "For reference: on an ordinary day of spring the checkpoint passed 1,700 persons in both directions."
    assert _rows(text, 1700) == [], _rows(text, 1700)


def test_an_age_after_a_name_with_a_letter_outside_ascii_is_no_count():
    text = _COUNT + '"We drove all night," said Andrés Muñoz, 37, a welder who left Samara with his brother.'
    assert _rows(text, 37) == [], _rows(text, 37)
    assert _rows(text, 4150) == [_COUNT_ROW], _rows(text, 4150)


def test_summonses_handed_to_men_in_the_passive_are_no_one_moving():
    text = _COUNT + "At the post, summonses were handed to about 85 men on Tuesday."
    assert _rows(text, 85) == [], _rows(text, 85)
    assert _rows(text, 4150) == [_COUNT_ROW], _rows(text, 4150)


def test_a_year_naming_a_pact_or_an_event_is_no_count():
    text = _COUNT + "Lawyers say the men could be sent back under the 2003 Customs Union agreement."
    assert _rows(text, 2003) == [], _rows(text, 2003)
    text = _COUNT + "Some remembered the 1991 exodus from the region."
    assert _rows(text, 1991) == [], _rows(text, 1991)
    assert _rows(text, 4150) == [_COUNT_ROW], _rows(text, 4150)
