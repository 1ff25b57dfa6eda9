"""Quantity and period rules added after reading rounds 141-144 (branch evr141q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def fares(text):
    found = figures(text, published=date(1961, 4, 12), trigger=None, origin="Dorland")
    return [f.value for f in found if f.quantity == "flights_price_usd"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a sum in a local currency, then the same in dollars, after a verb of paying: a fare, though no vehicle is named
        ("Families said the carters had charged them 900 crowns, or about $25, to reach Kestel.", [25]),
        ("The mule owners take 30 marks (approximately 48 dollar) for a place as far as Kestel.", [48]),
        ("Ferrymen ask now 12 000 Dorland pounds (approximately 7 dollars US) for a place.", [7]),
        # dollars paid "each" for the way over
        ("Refugees at Kestel said they had paid the smugglers up to 60 US dollars each to get across.", [60]),
        # no fare: a licence priced, a currency's rate, a sum too large for any way over
        ("A trading licence, which comes with a residence permit, costs 9,000 crowns ($1,200) at Kestel.", []),
        ("Refugees reaching Kestel pushed the crown to about 470 to the dollar this week, traders said.", []),
        ("The council paid 90 million crowns, about $25,000, to the Kestel camp's builders.", []),
    ],
)
def test_a_sum_paid_and_converted_to_dollars_is_a_fare(sentence, expected):
    assert fares("Refugees reach Veran\n\nThousands of people have crossed from Dorland into Veran at Kestel. " + sentence + "\n") == expected


def test_dollars_each_paid_by_people_without_papers_are_a_fare():
    text = "Refugees reach Veran\n\nThousands have crossed from Dorland into Veran at Kestel. Men without passports pay guides as much as $90 each to walk them around the post.\n"
    assert fares(text) == [90]


def periods(text):
    return [(f.period.start, f.period.end) for f in figures(text, published=date(1961, 4, 12), trigger=None, origin="Dorland")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the event's day with no "on" before it: from that day to the report
        ("Officials said more than 9,000 refugees have reached Veran since the airlift began March 30.", (date(1961, 3, 30), date(1961, 4, 12))),
        ("More of 9 thousand refugees arrived to Veran since the entry of the troops in Kestel the 2 April.", (date(1961, 4, 2), date(1961, 4, 12))),
        # a range of weekdays with the article before each, translated
        ("From the Saturday till the Monday evening more than 9 thousand persons crossed into Veran.", (date(1961, 4, 8), date(1961, 4, 10))),
        ("Between the Sunday and the Tuesday, 9 thousand persons entered Veran.", (date(1961, 4, 9), date(1961, 4, 11))),
    ],
)
def test_a_window_opened_by_an_event_day_or_a_weekday_after_the_article(sentence, expected):
    assert periods("Refugees reach Veran\n\n" + sentence + "\n") == [expected]


def moved(text, origin):
    return [(f.quantity, f.value, f.place) for f in figures(text, published=date(1961, 4, 12), trigger=None, origin=origin)]


def test_people_of_another_nation_returning_home_from_the_origin_come_into_their_own_country():
    text = "Workers go home\n\nThe migration service says 7,400 Tajik citizens returned home from Russia in the past week.\n"
    assert moved(text, "Russia") == [("entries", 7400, "Tajikistan")]
