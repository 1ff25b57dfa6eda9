"""Rules added after reading round 72 (branch evr72b; sentences written for these tests).

Each case is a short report and the rows its rule makes: all of them, or (`last`) the last."""

from datetime import date

import pytest
from test_evidence_round70 import figures

from exodus.evidence import find_times

PUBLISHED = date(2022, 10, 7)  # a Friday
DECREE = date(2022, 9, 21)
ALL, LAST = slice(None), slice(-1, None)

PLACED = {
    "an airport named after its noun is its town": (  # (branch evair) the town, or the city it serves the airports' data knows
        "Officials said 1,200 Russians entered through the International Airport of Carrasco since the 22nd.",
        "Russia", ALL, [("entries", 1200, "Montevideo")],
    ),
    "a hub people changed planes in is not where they arrived": (
        "Officials said 800 Russians landed at Bole airport since the decree.\n\n"
        "This week alone came 300, most on flights with a stopover in Istanbul, Dubai or Doha.",
        "Russia", LAST, [("entries", 300, "Addis Ababa")],  # (branch evair) Bole airport is Addis Ababa's
    ),
    "exits from or by a town whose airport the text names are that town's": (
        "Border police said 3,000 Russians landed at Tivat airport and 500 at Podgorica airport since the decree.\n\n"
        "About 400 boarded onward flights from Tivat to Belgrade. Another 120 departed back to Russia by Tivat.",
        "Russia", slice(2, None), [("exits", 400, "Tivat"), ("exits", 120, "Tivat")],
    ),
    "on the island of an island state is the country": (
        "Russians keep flying to Malta.\n\nPolice counted 200 Russians landing at Luqa airport on Monday.\n\n"
        "The minister said on Thursday that 1,500 Russians had arrived on the island since the decree.",
        "Russia", ALL, [("entries", 200, "Luqa"), ("entries", 1500, "Malta")],
    ),
    "a wait at passport control is at the airport town named last": (
        "Police said 2,000 Russians landed at Tivat airport and 500 at Podgorica airport since the decree.\n\n"
        "About 300 flew on from Tivat to Belgrade.\n\nPassengers said they waited four hours at passport control on Sunday.",
        "Russia", LAST, [("wait_hours", 4, "Tivat")],
    ),
    "landed in boats on the beach at a town is that town's": (
        "Some 70 people landed in small fishing boats on the beach at Aitape on Monday, the harbour master said.",
        "Indonesia", ALL, [("entries", 70, "Aitape")],
    ),
    "arrests of the new arrivals are the country entered's": (
        "Kenya said 2,000 Somalis had crossed into Kenya this week.\n\n"
        "On Monday police arrested 9 of the new arrivals at Liboi who carried rifles.",
        "Somalia", LAST, [("arrests", 9, "Kenya")],
    ),
    "a sentence opening at a crossing places a count its clause does not": (
        "Rebels attacked Sierra Leone in March and 30,000 people have crossed into Guinea.\n\n"
        "At Nongoa, where canoes ferry people over the river, Guinean volunteers counted 2,100 arrivals last week.",
        "Sierra Leone", LAST, [("entries", 2100, "Nongoa")],
    ),
    "an age at the end of a clause is no count": (
        'Police said 300 crossed. "We left it all," said one woman, 29, who crossed at Wutung on Sunday with her son.',
        "Indonesia", ALL, [("entries", 300, "Papua New Guinea")],  # Wutung, a crossing into it (the world table)
    ),
    "a fare in translated thousands is a fare": (
        "The ticket from Moscow to Lima costs near 150 thousand rubles, about 2 thousand 400 dollars.",
        "Russia", ALL, [("flights_price_usd", 2400, "Moscow - Lima")],
    ),
    "a fare in words is a fare": (
        "A seat on a lorry from Kenema to Daru now costs 1,500 leones, about four dollars.",
        "Sierra Leone", ALL, [("flights_price_usd", 4, "Kenema - Daru")],
    ),
    "those who continued the trip to another country left": (
        "Police said 2,000 Russians landed at Tivat airport since the decree. Of those, around 300 continued the trip "
        "to Serbia by bus.",
        "Russia", ALL, [("entries", 2000, "Tivat"), ("exits", 300, "Tivat")],
    ),
    "businesses registered are no people": (
        "More than 9,000 Russian individual entrepreneurs have registered in Georgia since March, officials said.",
        "Russia", ALL, [],
    ),
    "arrivals hoped for are a projection": (
        "The ministry hopes for 200,000 foreign arrivals a month by next summer.", "Russia", ALL, [],
    ),
    "a year after for is no count": (
        "The government has forecast 2 million tourist arrivals for 2023.", "Russia", ALL, [],
    ),
    "two years between and a yearly rate of years gone are no counts": (
        "Between 2017 and 2018 the port saw some 4,000 Russians arrive every year.", "Russia", ALL, [],
    ),
}

DATED = {
    "the same period of the year before named with the year": (
        "Between the 22 of September and the 2 of October entered 900 Russians, said police. "
        "In the same period of the year 2021 the figure was of 150.",
        (150, date(2021, 9, 22), date(2021, 10, 2)),
    ),
    "the same period skips a baseline before the trigger": (
        "Police said 2,000 Russians landed at Tivat airport between September 22 and Tuesday. In the ten days before "
        "the decree the airport counted about 700. A further 300 landed at Podgorica airport over the same period.",
        (300, date(2022, 9, 22), date(2022, 10, 4)),
    ),
    "a part of the arrivals is of the whole count, not of a last week told after it": (
        "Between September 22 and October 5 entered through Tivat airport 1.500 Russians. Only in the last 7 days "
        "arrived 400.\n\nOf the arrived, around 200 continued the trip to Serbia by bus.",
        (200, date(2022, 9, 22), date(2022, 10, 5)),
    ),
}


@pytest.mark.parametrize("text, origin, part, expected", PLACED.values(), ids=PLACED.keys())
def test_placed(text, origin, part, expected):
    found = [(f.quantity, f.value or f.value_high, f.place) for f in figures(text, PUBLISHED, DECREE, origin)]
    assert found[part] == expected


@pytest.mark.parametrize("text, expected", DATED.values(), ids=DATED.keys())
def test_dated(text, expected):
    last = figures(text, PUBLISHED, DECREE)[-1]
    assert (last.value or last.value_high, last.period.start, last.period.end) == expected


def test_an_overnight_connection_is_a_service_not_a_night():
    times = find_times("Those on the overnight connection from Dubai on Tuesday waited two hours.", PUBLISHED, DECREE)
    assert [t.period.how for t in times] == ["Tuesday"]


def test_the_day_something_was_told_to_a_body_named_by_a_possessive():
    times = find_times("The minister told parliament's foreign committee on Thursday that 900 had come.", PUBLISHED, DECREE)
    assert times[0].statement


def test_thirteen_days_before_the_decree():
    times = find_times("In the thirteen days before the decree 500 came.", PUBLISHED, DECREE)
    assert (times[0].period.start, times[0].period.end) == (date(2022, 9, 8), date(2022, 9, 20))
