"""Rules added after the read of rounds 432-435 for places (branch evr436p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

_UB = "ULAANBAATAR, 29 September 2022 - Trains from Irkutsk were full again this week. "
_MOSCOW = "MOSCOW, 24 September 2022 - Queues grew again on Friday. "


def _rows(text: str, published: date, origin: str = "Russia"):
    return placed(text, published=published, trigger=date(2022, 9, 21), origin=origin)


def test_a_town_of_the_country_entered_named_with_at_is_the_counts_place():
    rows = _rows(_UB + "The railway said about 2 400 passengers have crossed into Mongolia by train at Sukhbaatar since Sunday.", date(2022, 9, 29))
    assert ("entries", 2400, "Sukhbaatar") in rows
    assert ("entries", 2400, "Mongolia") not in rows


def test_a_town_in_an_aside_on_part_of_them_stays_the_countrys():
    # (guard) "most of them at ...": a part's way, not the count's place
    rows = _rows(_UB + "About 2 400 Russians entered Mongolia in September, most of them at Sukhbaatar.", date(2022, 9, 29))
    assert ("entries", 2400, "Mongolia") in rows


def test_departures_at_an_airport_known_by_its_own_name_are_its_towns_exits():
    rows = _rows(_MOSCOW + "At Domodedovo, some 5,100 travellers flew out on international routes on Friday.", date(2022, 9, 24))
    assert ("exits", 5100, "Moscow") in rows
    rows = _rows(_MOSCOW + "The press service of Pulkovo said 12,000 passengers left on international flights in the week.", date(2022, 9, 24))
    assert ("exits", 12000, "St Petersburg") in rows


def test_a_country_left_named_beside_the_airport_stays_the_countrys_total():
    # (guard) the clause names the country left: a total out of it, said at the airport
    rows = _rows(_MOSCOW + "At Domodedovo, queues were long; 200,000 people have left Russia since the decree, officials said.", date(2022, 9, 24))
    assert ("departures_total", 200000, "Russia") in rows


def test_a_count_out_in_a_sentence_set_at_a_town_is_that_towns_exits():
    rows = _rows(_MOSCOW + "In Irkutsk, 380 passengers left by bus for Pavlodar on Thursday alone, the regional ministry said.", date(2022, 9, 24))
    assert ("exits", 380, "Irkutsk") in rows
    rows = _rows(_MOSCOW + "In Irkutsk the count is smaller: about 1,350 international departures in the past seven days.", date(2022, 9, 24))
    assert ("exits", 1350, "Irkutsk") in rows


def test_the_country_left_told_in_its_capital_stays_the_countrys():
    # (guard) "In Accra, the ministry said ... had left the country": the country's total, told where its ministry sits
    text = "ACCRA, 2 December 1969 - The deadline passed on Sunday. In Accra, the ministry said about 90,000 aliens had left the country since the order."
    rows = placed(text, published=date(1969, 12, 2), trigger=None, origin="Ghana")
    assert not any(row[1] == 90000 and row[2] == "Accra" for row in rows)


def test_people_a_carrier_brought_to_a_town_came_in_there():
    text = (
        "N'DJAMENA, 24 January 2014 - Violence spread in the north-west. Since 21 December, government-chartered "
        "flights have brought 2,150 Chadian returnees from Bangui to N'Djamena, the ministry said."
    )
    rows = placed(text, published=date(2014, 1, 24), trigger=None, origin="Central African Republic")
    assert ("entries", 2150, "N'Djamena") in rows
    assert ("departures_total", 2150, "Central African Republic") not in rows
