"""Rules added after reading rounds 157-168 (branch evr157q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def rows(text, published=date(1961, 4, 12), trigger=None):
    return [(f.quantity, f.value or f.value_low or f.value_high) for f in figures(text, published=published, trigger=trigger, origin="Dorland")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The difference of arrived and departed made 3 210 persons.",
        "Thus the difference between entries and exits during the week was about 3,210 persons.",
        "Arrivals at Kestel therefore exceeded the departures by 3,210 people.",
        "In all, some 3,210 more came in than went out.",
    ],
)
def test_a_balance_of_the_two_ways_is_net_arrivals(sentence):
    text = (
        "Refugees reach Veran\n\nLast week 8,400 people entered Veran from Dorland at Kestel and 5,190 left Veran for Dorland. "
        + sentence + "\n"
    )
    assert ("net_arrivals", 3210) in rows(text)
    assert not any(value == 3210 and quantity != "net_arrivals" for quantity, value in rows(text))


def periods(text, published=date(1961, 4, 15)):
    return [(f.value or f.value_low, f.period.start, f.period.end) for f in figures(text, published=published, trigger=None, origin="Dorland")]


FARES = "Fares to Veran soar\n\n{} On the state airline, fares run between 95,000 and 120,000 roubles ($1,630 to $2,070).\n"
CROSSED = "Refugees reach Veran\n\n{} people of Dorland crossed the river into Veran more than 4 thousand 2 hundred person.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence before's time of "the same seat" then dates the earlier price, no fare after it
        (
            FARES.format(
                "A one-way ticket from Dorland to Veran now costs 140,000 roubles, roughly $2,400; at the start of March the same"
                " seat sold for 25,000 roubles."
            ),
            (1630, date(1961, 4, 15), date(1961, 4, 15)),
        ),
        (
            FARES.format("A one-way ticket from Dorland to Veran costs about $2,400 today. In early March the same ticket cost 25,000 roubles."),
            (1630, date(1961, 4, 15), date(1961, 4, 15)),
        ),
        # "since the day / date <event> <date> until yesterday": that day to the day before publication
        (CROSSED.format("Since the date 3 April until yesterday (14 April)"), (4200, date(1961, 4, 3), date(1961, 4, 14))),
        (CROSSED.format("Since the day the army took power 3 April until yesterday"), (4200, date(1961, 4, 3), date(1961, 4, 14))),
    ],
)
def test_periods(text, expected):
    assert expected in periods(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 700 people, most of them men, have crossed back into Dorland through Kestel since Sunday, many of them going home.",
        "About 700 people have gone back into Dorland through Kestel since Sunday, among them families returning for belongings.",
    ],
)
def test_back_into_home_through_the_hosts_crossing_is_exits(sentence):
    text = "Refugees reach Veran\n\nAbout 4,000 refugees crossed from Dorland into Veran at Kestel this week. " + sentence + "\n"
    assert ("exits", 700) in rows(text)
