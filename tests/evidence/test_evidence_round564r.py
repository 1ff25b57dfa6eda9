"""Rules added after the read of rounds 564-567 for figures not read and distractors (branch evr564r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

HAITI_1994 = dict(published=date(1994, 7, 7), trigger=date(1994, 6, 16), origin="Haiti")
CUBA_1994 = dict(published=date(1994, 8, 26), trigger=date(1994, 8, 5), origin="Cuba")
SEPTEMBER_26 = dict(published=date(2022, 9, 26))
OCTOBER_10 = dict(published=date(2022, 10, 10))
SLOVAKIA_2022 = dict(published=date(2022, 3, 10), trigger=date(2022, 2, 24), origin="Ukraine")
TAJIKISTAN_2021 = dict(published=date(2021, 7, 9), trigger=date(2021, 6, 22), origin="Afghanistan")


def test_a_list_by_day_of_people_taken_aboard_at_sea_counts_those_who_left():
    text = (
        "Coast Guard cutters took aboard 2,940 Haitian migrants in the Windward Passage in the 24 hours ending at 6 a.m. "
        "today.\n\n"
        "Migrants taken aboard on the days before:\n"
        "  Monday, July 4 ........ 1,512\n"
        "  Tuesday, July 5 ........ 2,208\n"
    )
    assert [row[:3] for row in placed(text, **HAITI_1994)] == [
        ("departures_total", 2940, "Haiti"),
        ("departures_total", 1512, "Haiti"),
        ("departures_total", 2208, "Haiti"),
    ]


def test_a_list_of_24_hour_periods_ending_in_the_morning_runs_from_the_day_before():
    text = (
        "Cutters picked up 1,870 Cubans from rafts in the Florida Straits in the 24 hours ending at 6 a.m. today.\n\n"
        "Cubans rescued at sea, 24-hour periods ending 6 a.m.:\n"
        "   Aug. 24 ........ 1,244\n"
        "   Aug. 25 ........ 1,615\n"
        "   Aug. 26 ........ 1,870\n"
    )
    assert rows_of(1244, text, **CUBA_1994) == [("departures_total", 1244, "Cuba", date(1994, 8, 23), date(1994, 8, 24))]
    # the last day is the lead's count, told twice, read once
    assert rows_of(1870, text, **CUBA_1994) == [("departures_total", 1870, "Cuba", date(1994, 8, 25), date(1994, 8, 26))]


def test_people_delivered_to_the_base_named_before_entered_the_base():
    text = (
        "Cubans picked up at sea are no longer brought to the United States. Migrants are now taken to the U.S. Naval "
        "Base at Guantanamo Bay, Cuba. Since Aug. 19, 8,430 migrants have been "
        "taken to Guantanamo. In the past 24 hours, 1,520 were delivered to the base by the cutters Tampa and Dallas. "
        "The cutter Northland delivered 410 migrants to the base yesterday."
    )
    assert placed(text, **CUBA_1994) == [
        ("entries", 8430, "Guantanamo Bay"),
        ("entries", 1520, "Guantanamo Bay"),
        ("entries", 410, "Guantanamo Bay"),
    ]


def test_a_dollar_column_is_a_fare_where_the_tables_caption_names_fares():
    text = (
        "Prices have soared since the decree, our agents say.\n"
        "| Economy fares from Moscow, as of the morning of 26 September |  |  | \n"
        "|---|---|---|\n"
        "| Route | Before 21.09, roubles | Today, US$ | \n"
        "|---|---|---|\n"
        "| Moscow - Yerevan | 11 800 | about 1 540 | \n"
        "| Moscow - Almaty | 13 600 | about 1 270 | \n"
    )
    assert placed(text, **SEPTEMBER_26) == [
        ("flights_price_usd", 1540, "Moscow - Yerevan"),
        ("flights_price_usd", 1270, "Moscow - Almaty"),
    ]


def test_a_part_of_third_country_nationals_is_no_count():
    text = (
        "Since 24 February, 184 260 persons have entered Slovakia from Ukraine. Among them are 6 930 third-country "
        "nationals, whose departure to their home countries IOM is arranging."
    )
    assert [row[:2] for row in placed(text, **SLOVAKIA_2022)] == [("entries", 184260)]


def test_a_part_of_civilians_among_those_who_crossed_is_no_count():
    text = (
        "Since 4 July, 1 120 Afghan servicemen have crossed into Tajikistan at Ishkashim. Among all those who have "
        "crossed since 4 July are 48 civilians, relatives of the soldiers."
    )
    assert [row[:2] for row in placed(text, **TAJIKISTAN_2021)] == [("entries", 1120)]


def test_what_a_ministry_expects_a_count_to_reach_is_a_projection():
    text = (
        "Some 21 400 Russian citizens have arrived in Vietnam since 21 September. The Ministry expects the number of "
        "Russian visitors in November to exceed 40 000, and the province expects Russian arrivals to reach 18.000 in "
        "November."
    )
    assert [row[:2] for row in placed(text, **OCTOBER_10)] == [("entries", 21400)]


def test_a_fare_set_against_the_price_before_the_crisis_is_no_figure():
    text = (
        "Agents in Batumi say a one-way ticket from Moscow to Istanbul now costs about $1,150, against $280 in August. "
        "A seat from Moscow to Yerevan now costs $980, against about $240 before the mobilisation."
    )
    assert placed(text, **OCTOBER_10) == [
        ("flights_price_usd", 1150, "Moscow - Istanbul"),
        ("flights_price_usd", 980, "Moscow - Yerevan"),
    ]
