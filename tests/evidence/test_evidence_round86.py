"""Rules added after reading round 86 (branch evr86b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import find_times
from tests.evidence.test_evidence_round70 import PUBLISHED, figures, placed  # published on a Friday


def test_a_half_or_the_first_days_of_the_month_are_of_the_publications_month():
    [half] = find_times("In the second half of the month some 800 left.", date(2022, 10, 28))
    assert (half.period.start, half.period.end) == (date(2022, 10, 16), date(2022, 10, 28))
    [days] = find_times("in the first ten days of this month", date(2022, 10, 28))
    assert (days.period.start, days.period.end) == (date(2022, 10, 1), date(2022, 10, 10))


def test_a_part_of_last_month_or_of_the_month_named_by_no_name_is_that_part():
    said = {t.period.how: (t.period.start, t.period.end) for t in find_times(
        "In the first fortnight of last month 800 left; at the end of last month 300; in mid-month 90.", date(2022, 10, 28)
    )}
    assert said == {
        "In the first fortnight of last month": (date(2022, 9, 1), date(2022, 9, 15)),
        "at the end of last month": (date(2022, 9, 21), date(2022, 9, 30)),
        "in mid-month": (date(2022, 10, 11), date(2022, 10, 20)),
    }


def test_the_time_of_a_relative_clause_naming_a_part_is_not_the_count_of_that_part():
    text = "Some 900 of the men who crossed in mid-September had already gone home to Russia since Monday, officials said."
    [gone] = figures(text)
    assert (gone.period.start, gone.period.end) == (date(2022, 9, 26), PUBLISHED)


def test_people_flown_home_with_no_airport_named_leave_the_country():
    text = (
        "Some 2,100 Russians landed at Gardermoen airport near Oslo between Monday and Thursday, officials said.\n\n"
        "About 300 have already flown back to Russia since Wednesday, the directorate said."
    )
    assert placed(text) == [("entries", 2100, "Oslo"), ("exits", 300, "Norway")]


def test_the_same_flight_has_the_route_of_the_fare_before():
    text = (
        "Pavel, a designer from Kazan, paid 60,000 roubles, about $1,000, for a seat to Yerevan on Saturday.\n\n"
        "By Thursday the same flight was on sale at 20,000 roubles, or $330."
    )
    assert [place for _, _, place in placed(text)] == ["Kazan - Yerevan", "Kazan - Yerevan"]


def test_a_bare_number_set_against_a_share_is_a_share():
    text = "After the decree 5,000 Russians entered Armenia, and one-way tickets made up 41 percent of sales against the usual 9."
    assert placed(text) == [("entries", 5000, "Armenia")]


def test_papers_named_by_a_country_are_no_people():
    text = "The ministry issued some 1,200 Armenian passports to new arrivals over the same week."
    assert placed(text) == []


def test_since_the_election_counts_from_the_day_the_lead_names_it():
    text = (
        "Georgians cross into Armenia\n\n"
        "SADAKHLO, Georgia, Nov 12 - Protests have gone on since the contested Oct. 26 parliamentary election.\n\n"
        "Since the election, about 2,000 Georgians have crossed into Armenia, officials said."
    )
    [crossed] = figures(text, published=date(2024, 11, 12), trigger=None, origin="Georgia")
    assert (crossed.period.start, crossed.period.end) == (date(2024, 10, 26), date(2024, 11, 12))


def test_an_airport_named_beside_its_city_is_that_city_wherever_named():
    text = (
        "About 1,800 Russians landed at Gardermoen airport near Oslo on Monday, officials said.\n\n"
        "On Tuesday another 650 arrived at Gardermoen, the police said."
    )
    assert placed(text) == [("entries", 1800, "Oslo"), ("entries", 650, "Oslo")]
    text = "About 1,800 Russians landed at Oslo's Gardermoen airport on Monday. On Tuesday 650 more arrived at Gardermoen."
    assert [place for _, _, place in placed(text)] == ["Oslo", "Oslo"]
    text = "Our reporter is at Gardermoen, the airport outside Oslo. Families waited up to three hours at passport control."
    assert placed(text) == [("wait_hours", 3, "Oslo")]


def test_an_airport_in_an_aside_on_most_of_them_is_not_the_counts():
    text = (
        "About 1,500 Russians landed at Gardermoen airport near Oslo on Monday.\n\n"
        "Norway's police say 6,000 Russians have flown into the country since the decree, most of them landing at "
        "Gardermoen airport."
    )
    assert placed(text)[-1] == ("entries", 6000, "Norway")
