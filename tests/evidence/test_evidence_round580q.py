"""Rules added after the read of rounds 580-583 for periods and quantities (branch evr580q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

OCTOBER_4 = dict(published=date(2022, 10, 4), trigger=date(2022, 9, 21), origin="Russia")  # a Tuesday
OCTOBER_6 = dict(published=date(2022, 10, 6), trigger=date(2022, 9, 21), origin="")  # a Thursday
AUGUST_2022 = dict(published=date(2022, 8, 24), trigger=date(2022, 2, 24), origin="Ukraine")  # a Wednesday


def test_since_a_day_written_out_at_the_end_of_its_sentence_runs_to_the_day_told():
    text = (
        "The border guards of Orenburg said yesterday that 2 310 people have left Russia through the Mashtakovo "
        "checkpoint since the twenty-first."
    )
    assert rows_of(2310, text, **OCTOBER_4) == [("exits", 2310, "Mashtakovo", date(2022, 9, 21), date(2022, 10, 3))]


def test_the_same_24_hours_after_other_points_is_the_24_hours_named_before():
    text = (
        "1. In the past 24 hours, 2 840 people arrived at the reception point through the Vasylivka checkpoint.\n\n"
        "2. On Monday the checkpoint was closed from 14:00, and only 980 people were able to cross.\n\n"
        "3. Since 21 April, more than 120 thousand people have left the occupied territories through Vasylivka.\n\n"
        "4. About 900 vehicles were waiting in line on the occupied side this morning. The line is about 4 km long. "
        "More than 1 500 people are waiting in Vasylivka for their turn.\n\n"
        "5. People who arrived yesterday said they had stood in the line for two to four days.\n\n"
        "6. Drivers charge from 80 to 120 US dollars a seat from Melitopol, and up to 200 dollars from Kherson.\n\n"
        "7. In the past week, at least 7 men were detained at the checkpoint.\n\n"
        "8. In the opposite direction, 310 people passed through the checkpoint in the same 24 hours."
    )
    assert rows_of(310, text, **AUGUST_2022) == [("exits", 310, "Vasylivka", date(2022, 8, 23), date(2022, 8, 24))]


def test_a_call_up_target_under_the_decree_is_the_decrees():
    text = (
        "On Monday the enlistment office at the station handed out 60 summonses.\n\n"
        "Across the country 300 thousand reservists are to be called up under the decree. The region's share is not known."
    )
    assert rows_of(300000, text, **OCTOBER_4) == [("other", 300000, "Russia", date(2022, 9, 21), date(2022, 9, 21))]
    text = (
        "On Monday the enlistment office at the station handed out 60 summonses. In accordance with the decree, a total "
        "of 300 thousand citizens in the reserve are to be called up."
    )
    assert rows_of(300000, text, **OCTOBER_4) == [("other", 300000, "Russia", date(2022, 9, 21), date(2022, 9, 21))]


def test_people_who_left_through_the_posts_of_a_region_are_exits_out_of_the_country():
    text = (
        "Since 21 September, more than 41 thousand people have left for Kazakhstan through the region's automobile and "
        "railway checkpoints, the border department said."
    )
    assert rows_of(41000, text, **OCTOBER_4) == [("exits", 41000, "Russia", date(2022, 9, 21), date(2022, 10, 4))]
    text = "Since 21 September, more than 41 thousand people have left through the border crossings of our region."
    assert rows_of(41000, text, **OCTOBER_4) == [("exits", 41000, "Russia", date(2022, 9, 21), date(2022, 10, 4))]


def test_a_fare_selling_or_on_offer_with_no_day_of_its_own_is_the_days_it_is_told():
    text = (
        "On Wednesday night about 240 people without tickets waited at the transfer desk in Khabarovsk. Seats to "
        "Bangkok were on offer for more than $1,100."
    )
    assert rows_of(1100, text, **OCTOBER_6) == [("flights_price_usd", 1100, "Khabarovsk - Bangkok", date(2022, 10, 6), date(2022, 10, 6))]
    text = (
        "At Tivat airport some 350 Russian citizens landed yesterday. Seats from Moscow to Tivat via Belgrade were "
        "selling at about $1,400."
    )
    assert rows_of(1400, text, **OCTOBER_6) == [("flights_price_usd", 1400, "Moscow - Tivat", date(2022, 10, 6), date(2022, 10, 6))]
