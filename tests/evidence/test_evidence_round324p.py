"""Rules added after the read of rounds 320-323 for places (branch evr324p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 9, 30)  # a Friday
CALL_UP = date(2022, 9, 21)


def _found(text, value=2400, origin="Russia", published=PUBLISHED, trigger=CALL_UP):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if (f.value or f.value_high) == value]


def test_entries_through_a_crossing_keyed_the_other_way_are_the_crossings():
    # Masnaa is keyed as leading into Syria (out of Lebanon); Syrians who entered Lebanon through it came the other way
    found = _found("Officials said 2,400 Syrians entered Lebanon through Masnaa on Thursday.", origin="Syria")
    assert found == [("entries", 2400, "Masnaa", date(2022, 9, 29), date(2022, 9, 29))], found


def test_entries_via_the_named_crossing_keyed_the_other_way_are_the_crossings():
    found = _found("Border staff say 2,400 Syrians crossed into Lebanon via the Masnaa crossing on Thursday.", origin="Syria")
    assert found == [("entries", 2400, "Masnaa", date(2022, 9, 29), date(2022, 9, 29))], found


def test_going_home_through_that_crossing_keeps_its_reading():
    found = _found("Officials said 2,400 Syrians went home to Syria through Masnaa on Thursday.", origin="Syria")
    assert found == [("exits", 2400, "Masnaa", date(2022, 9, 29), date(2022, 9, 29))], found


AIRPORT_HERE = {  # no dateline, a country named in between: "here" is the airport's city, not the country
    "the airport here": (
        "Russians keep arriving in Serbia. Our correspondent is at Nikola Tesla Airport tonight. "
        "About 9,000 Russians have entered Serbia since the call-up. "
        "On Thursday the airport here took in 2,400 passengers from Russia.",
        "Belgrade",
    ),
    "officials here": (
        "ANCHOR: Tonight we begin at Larnaca airport, where flights from Moscow keep arriving full.\n\n"
        "REPORTER: Some 9,000 Russians have come into Cyprus since the call-up. "
        "Officials here tell me that on Thursday they registered 2,400 passengers from Russia.",
        "Larnaca",
    ),
}


@pytest.mark.parametrize("case", sorted(AIRPORT_HERE))
def test_a_count_here_is_at_the_city_of_the_airport_the_report_stands_at(case):
    text, city = AIRPORT_HERE[case]
    found = _found(text)
    assert found == [("entries", 2400, city, date(2022, 9, 29), date(2022, 9, 29))], found


def test_with_a_dateline_officials_here_keep_their_reading():
    text = (
        "BELGRADE, Sept 30 - Russians keep arriving in Serbia. Flights to Nikola Tesla Airport are full.\n\n"
        "Officials here said 2,400 Russians entered Serbia on Thursday."
    )
    found = _found(text)
    assert found and found[0][2] == "Serbia", found
