"""A state's call-up target told with no day of its own is on the decree's day (LABELLING.md; the labels of rounds
7-119 brought to it on 5 Dec 2026). Sentences written for these tests."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

PUBLISHED = date(2022, 9, 29)
DECREE = date(2022, 9, 21)


def periods(text: str, value: int = 300000, published: date = PUBLISHED) -> list[tuple[date, date]]:
    return [(r[3], r[4]) for r in rows_of(value, text, published=published, trigger=DECREE) if r[0] == "other"]


def test_the_kremlins_target_with_no_day_is_on_the_decrees_day():
    text = "Queues at the Georgian border grew again on Wednesday. The Kremlin says it intends to call up 300,000 reservists."
    assert periods(text) == [(DECREE, DECREE)]


def test_a_governments_target_with_no_day_is_on_the_decrees_day():
    assert periods("The Russian government has said it means to call up 300,000 reservists.") == [(DECREE, DECREE)]


def test_a_target_said_on_a_day_of_its_own_keeps_that_day():
    text = "Officials said on Tuesday that the defence ministry would call up 300,000 reservists."
    assert periods(text) == [(date(2022, 9, 27), date(2022, 9, 27))]


def test_a_regions_quota_stays_on_the_day_it_was_told():
    # (the state is named, and a call-up word: only the region's quota keeps it off the decree's day)
    text = "The Kremlin says the republic must call up about 4,500 reservists."
    assert periods(text, 4500) != [(DECREE, DECREE)]
    assert periods(text, 4500) == [(PUBLISHED, PUBLISHED)]


def test_a_call_up_begun_on_a_day_before_gives_that_day():
    text = "Mandatory conscription began on Thursday. The Kremlin intends to conscript at least 300,000 soldiers."
    assert periods(text, published=date(2022, 9, 23)) == [(date(2022, 9, 22), date(2022, 9, 22))]
