"""Rules added after the read of rounds 552-555 for periods and quantities (branch evr552q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, periods, rows_of

OCTOBER_20 = dict(published=date(2022, 10, 20), origin="")
SEPTEMBER_29 = dict(published=date(2022, 9, 29), origin="")
GUATEMALA_2021 = dict(published=date(2021, 9, 8), trigger=None, origin="Haiti")


def test_a_part_still_there_of_those_who_came_between_two_days_runs_from_the_first():
    text = (
        "According to the State Migration Service, about 52,000 Russian citizens entered Armenia between 21 September "
        "and 14 October, and some 31,000 of them were still in the country on 14 October."
    )
    assert rows_of(31000, text, **OCTOBER_20) == [("net_arrivals", 31000, "Armenia", date(2022, 9, 21), date(2022, 10, 14))]
    text = (
        "According to the Ministry, of the citizens of the Russian Federation who entered Georgia between 21 September "
        "and 16 October 2022, some 48 200 were still in the country on 16 October."
    )
    assert rows_of(48200, text, **OCTOBER_20) == [("net_arrivals", 48200, "Georgia", date(2022, 9, 21), date(2022, 10, 16))]
    # (a count still there on a day, with no window of coming named, stays that day)
    text = "About 31,000 Russian citizens were still in Armenia on 14 October, the service said."
    assert rows_of(31000, text, **OCTOBER_20) == [("net_arrivals", 31000, "Armenia", date(2022, 10, 14), date(2022, 10, 14))]


def test_people_who_left_a_country_through_one_regions_posts_are_its_exits():
    text = "According to the border guards, in the past week 24 300 people left Russia through the road checkpoints of the region."
    assert [(f.quantity, f.value, f.place) for f in figures(text, **SEPTEMBER_29)] == [("exits", 24300, "Russia")]
    text = "From 22 to 28 September, 7,150 people left Russia through the region's three road checkpoints, officials said."
    assert [(f.quantity, f.value, f.place) for f in figures(text, **SEPTEMBER_29)] == [("exits", 7150, "Russia")]
    # (leaving the country with no region's posts named stays a total out of it)
    text = "Since 21 September about 190,000 people have left Russia, the newspaper estimated."
    assert [(f.quantity, f.value, f.place) for f in figures(text, **SEPTEMBER_29)] == [("departures_total", 190000, "Russia")]


def test_citizens_of_another_country_leaving_the_country_entered_are_its_exits():
    text = (
        "From 21 September to 10 October, 187 300 citizens of the Russian Federation entered the territory of the "
        "Republic of Uzbekistan. In the same period 121 600 citizens of the Russian Federation left our country, most of "
        "them for Türkiye."
    )
    assert [(f.quantity, f.value, f.place) for f in figures(text, published=date(2022, 10, 11), origin="")] == [
        ("entries", 187300, "Uzbekistan"),
        ("exits", 121600, "Uzbekistan"),
    ]


def test_a_month_written_in_full_closing_a_paragraph_takes_no_day_from_the_next_points_number():
    assert periods("Some 31,000 have entered through the southern border since March.\n\n4. The office ...", date(2021, 9, 8)) == [
        (date(2021, 3, 1), date(2021, 9, 8))
    ]
    # (an abbreviation's stop still comes before its day)
    assert periods("since Sept. 4", date(2021, 9, 8)) == [(date(2021, 9, 4), date(2021, 9, 8))]
    text = (
        "3. The institute estimates that some 31,000 Haitian nationals have entered Mexico through its southern border "
        "since March.\n\n4. On Monday, the office received 1,200 applications."
    )
    assert rows_of(31000, text, **GUATEMALA_2021) == [("entries", 31000, "Mexico", date(2021, 3, 1), date(2021, 9, 8))]


KENYA_2016 = dict(published=date(2016, 8, 9), trigger=date(2016, 7, 7), origin="South Sudan")


def test_people_named_by_their_nationality_going_home_through_a_crossing_leave_there():
    text = (
        "Since 10 July some 3,000 South Sudanese have crossed into Kenya through Nadapal. About 240 Kenyan drivers who "
        "had worked in Torit have returned through Nadapal since 12 July, officials said."
    )
    assert rows_of(240, text, **KENYA_2016) == [("exits", 240, "Nadapal", date(2016, 7, 12), date(2016, 8, 9))]
    text = "Since 10 July some 3,000 South Sudanese have crossed into Kenya through Nadapal. 620 Kenyans have returned through Nadapal."
    assert [r[:3] for r in rows_of(620, text, **KENYA_2016)] == [("exits", 620, "Nadapal")]
    # (a count named by no nationality, as a home ministry gives it, stays its coming in at the crossing)
    text = "The labour ministry said more than 5,000 workers had returned through Nadapal since Thursday."
    assert [r[:3] for r in rows_of(5000, text, **KENYA_2016)] == [("entries", 5000, "Nadapal")]
