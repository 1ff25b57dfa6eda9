"""Rules added after the read of rounds 424-427 for periods and quantities (branch evr428q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_since_a_decree_of_a_day_named_by_a_titled_possessive_runs_to_publication():
    text = (
        "Since Prime Minister Ana Petrova's emergency order of October 3, a total of 6,410 people have crossed into "
        "Bulgaria, officials said."
    )
    rows = rows_of(6410, text, published=date(2022, 10, 12), trigger=None, origin="Turkey")
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 3), date(2022, 10, 12))]


def test_a_fare_is_not_dated_by_the_earlier_price_it_is_set_against():
    text = (
        "Fares have soared. On Friday a one-way ticket from Tashkent to Istanbul was selling for 9 400 000 soums, "
        "about $840, against roughly 3 000 000 soums in mid-August."
    )
    rows = rows_of(840, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 30), date(2022, 9, 30))]


def test_a_fare_said_to_stand_now_after_a_price_before_the_decree_is_of_publication():
    text = "A bus seat to Astana, 3,000 roubles before the decree, now costs 12,000 roubles, or about $205."
    rows = rows_of(205, text, published=date(2022, 10, 1), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 1), date(2022, 10, 1))]


def test_those_gone_back_or_still_in_a_town_in_a_paragraph_on_lodging_are_counted():
    text = (
        "Since March some 4,000 Ivorians have crossed into Liberia at Toe Town, officials said on Monday.\n\n"
        "Many do not stay long. Some 320 have gone back to Ivory Coast since the start of the month, the officials "
        "said. About 1,100 are still in Zwedru, most of them in rented rooms or with host families."
    )
    published = date(2011, 3, 22)
    assert [r[0] for r in rows_of(320, text, published=published, trigger=None, origin="Ivory Coast")] == ["exits"]
    assert [r[0] for r in rows_of(1100, text, published=published, trigger=None, origin="Ivory Coast")] == ["net_arrivals"]


def test_people_now_in_the_kingdom_are_those_still_in_the_country():
    text = "The government estimates that more than 45,000 Yemenis are now in the Kingdom, most of them in Jizan."
    rows = rows_of(45000, text, published=date(2015, 6, 2), trigger=None, origin="Yemen")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_a_part_of_those_who_entered_takes_the_whole_window_not_the_day_it_was_said():
    text = (
        "Between September 21 and October 4, 41,200 Russian citizens entered Kazakhstan, the border service said. "
        "Of those who entered, 18,900 came through the Kairak post, the service said on Wednesday."
    )
    rows = rows_of(18900, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 4))]
