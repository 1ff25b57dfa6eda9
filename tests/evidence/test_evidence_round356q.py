"""Rules added after the read of rounds 352-355 for periods and quantities (branch evr356q; sentences written for
these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import periods, rows_of

PUBLISHED = date(2022, 10, 4)  # a Tuesday
DECREE = date(2022, 9, 21)  # a Wednesday


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=DECREE):
    return rows_of(value, text, published=published, trigger=trigger, origin=origin)


_periods = partial(periods, published=PUBLISHED)


def test_people_currently_on_the_territory_of_a_country_are_those_who_stayed():
    found = _found(
        "Since 21 September, 61,300 Russian citizens have entered Kazakhstan. Of them, 40,100 have already left for "
        "Uzbekistan, Kyrgyzstan and Turkey, so that about 21,200 Russian citizens are currently on the territory of "
        "Kazakhstan.",
        21200,
    )
    assert found and found[0][:3] == ("net_arrivals", 21200, "Kazakhstan"), found


def test_those_who_arrived_since_a_day_still_in_a_country_stayed():
    found = _found(
        "Border officials believe that only about 12,000 of those who arrived since last Wednesday are still in Georgia.",
        12000,
    )
    assert found and found[0][:3] == ("net_arrivals", 12000, "Georgia"), found


def test_people_from_a_country_now_in_another_stayed_in_the_last_named():
    found = _found("Officials say more than 9,000 men from Russia are now in Mongolia.", 9000)
    assert found and found[0][:3] == ("net_arrivals", 9000, "Mongolia"), found


def test_people_still_in_a_place_waiting_are_not_those_who_stayed():
    found = _found("About 2,000 Russians are still in Kazbegi waiting for the road to reopen.", 2000)
    assert not found or found[0][0] != "net_arrivals", found


def test_a_units_ordinal_is_no_day_of_the_month():
    assert _periods("The men were held in the barracks of the 7th Regiment near the river.") == []
    assert _periods("They crossed on the 3rd and were held.") == [(date(2022, 10, 3), date(2022, 10, 3))]


def test_a_town_of_the_country_left_is_not_where_people_fled_into():
    found = _found(
        "Some 2,700 Russians have left Norway through Storskog since Saturday, many of them returning after flights "
        "into Oslo.",
        2700,
    )
    assert found and found[0][0] == "exits", found


def test_on_the_night_of_a_day_is_that_day_alone():
    assert _periods("On the night of Sunday, 2 October, border guards detained three men near the river.") == [
        (date(2022, 10, 2), date(2022, 10, 2))
    ]
    # waiting through the night still runs into the morning after
    assert _periods("Drivers waited through the night of 2 October.") == [(date(2022, 10, 2), date(2022, 10, 3))]


def test_until_a_weekday_closes_a_since_window_on_its_latest_day():
    periods = _periods("Figures show that since the decree on 21 September until Sunday evening, 8,120 had crossed.")
    assert periods and periods[0] == (date(2022, 9, 21), date(2022, 10, 2)), periods
    assert _periods("The crossing stays closed until Sunday.") == [(date(2022, 10, 4), date(2022, 10, 9))]
