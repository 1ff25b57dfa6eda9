"""Rules added after the read of rounds 528-531 for periods and quantities (branch evr528q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_the_same_24_hours_with_no_figure_before_is_the_past_24_hours_named_before():
    text = (
        "1. In the past 24 hours, officers of the Grodno division recorded 212 attempts to cross the border illegally. "
        "Since 1 September, more than 9 400 such attempts were recorded, including 4 100 in October alone.\n\n"
        "2. In the same 24 hours, officers detained 23 foreigners who had crossed the border illegally."
    )
    rows = rows_of(23, text, published=date(2021, 11, 12), trigger=date(2021, 9, 1), origin="Belarus")
    assert [(r[3], r[4]) for r in rows] == [(date(2021, 11, 11), date(2021, 11, 12))]


def test_the_same_24_hours_is_the_window_before_not_a_days_count_between():
    text = (
        "1. Some 9.000 persons are waiting at the crossing Kapitan Andreevo to enter.\n\n"
        "2. In the past 24 hours, 6.310 persons entered through the crossing Kapitan Andreevo. Through the crossing "
        "Lesovo, in the same 24 hours, 2.040 persons entered."
    )
    rows = rows_of(2040, text, published=date(1999, 4, 5), trigger=date(1999, 3, 24), origin="Turkey")
    assert [(r[3], r[4]) for r in rows] == [(date(1999, 4, 4), date(1999, 4, 5))]


def test_the_number_of_people_now_on_the_territory_of_a_country_is_those_still_there():
    text = "The number of persons from Kosovo now on the territory of the Republic of Albania is some 65.000, the ministry said."
    rows = rows_of(65000, text, published=date(1999, 4, 5), trigger=date(1999, 3, 24), origin="Kosovo")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_the_number_of_people_now_present_in_the_kingdom_exceeds_is_those_still_there():
    text = "The total number of Iraqis now present in the Kingdom exceeds 210,000, the ministry said."
    rows = rows_of(210000, text, published=date(2003, 4, 10), trigger=date(2003, 3, 20), origin="Iraq")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_come_since_a_day_who_continued_their_journey_are_exits_from_the_host():
    text = (
        "Some 41.200 of those who entered since 24 February have already continued their journey to Austria, leaving "
        "Hungary through the Hegyeshalom crossing point."
    )
    rows = rows_of(41200, text, published=date(2022, 3, 6), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [r[0] for r in rows] == ["exits"]


def test_those_come_since_a_day_who_moved_on_to_a_country_are_exits_from_the_host_not_entries_there():
    text = "Some 52,700 of those who arrived since 24 February have already moved on to Poland, the agency said."
    rows = rows_of(52700, text, published=date(2022, 3, 8), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [r[0] for r in rows] == ["exits"]


def test_a_day_naming_an_army_that_moved_on_a_city_is_no_onward_move():
    text = (
        "According to the ministry, 12.400 refugees from Hungary had crossed into Austria from 4 November, the day "
        "Soviet troops moved on Budapest, up to Sunday evening."
    )
    rows = rows_of(12400, text, published=date(1956, 11, 12), trigger=date(1956, 11, 4), origin="Hungary")
    assert [r[0] for r in rows] == ["entries"]


def test_people_who_had_crossed_issued_orders_to_leave_and_returned_to_the_border_are_exits():
    text = (
        "Yesterday, 14 March, 37 foreigners who had crossed the border illegally were issued decisions obliging them to "
        "leave the territory of the Republic of Lithuania and were returned to the border line."
    )
    rows = rows_of(37, text, published=date(2022, 3, 15), trigger=date(2021, 8, 1), origin="Belarus")
    assert [r[0] for r in rows] == ["exits"]


def test_a_part_told_after_a_superlative_of_the_year_is_of_the_wholes_day():
    text = (
        "According to the border guard, 6 240 Russian citizens entered Estonia on Friday, the most on any day this "
        "year. 4 180 of them came through Narva, opposite Ivangorod."
    )
    rows = rows_of(4180, text, published=date(2022, 9, 24))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 23), date(2022, 9, 23))]


def test_the_day_named_by_a_busiest_day_sentence_still_dates_what_follows():
    text = (
        "At Narva, 14 300 Russian citizens entered Estonia during week 38. The busiest day was Saturday 24 September, "
        "when 5 100 Russian citizens entered at Narva. On the same day the line of vehicles at Narva was at its longest "
        "about 350 cars."
    )
    rows = rows_of(350, text, published=date(2022, 9, 30))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 24), date(2022, 9, 24))]


def test_a_fare_set_against_a_price_in_a_currency_code_then_is_now():
    text = (
        "Agents say a one-way seat on the Moscow-Antalya charter now sells for TRY 21,000 (about $1,130), against "
        "roughly TRY 7,500 in August."
    )
    rows = rows_of(1130, text, published=date(2022, 10, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 10), date(2022, 10, 10))]


def test_a_fare_after_a_sentence_with_an_earlier_prices_month_is_now():
    text = (
        "Agents say a one-way seat on the Moscow-Antalya charter now sells for about $1,130, against roughly $400 in "
        "August. From Kazan, seats go for up to $950, agents said."
    )
    rows = rows_of(950, text, published=date(2022, 10, 10))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 10), date(2022, 10, 10))]


def test_a_fare_floor_in_another_currency_with_about_its_dollars_is_a_lower_bound():
    text = "One-way fares from Kazan to Istanbul start from EUR 540 (about USD 525), the airline said."
    rows = rows_of(525, text, bounds=True, published=date(2022, 9, 29))
    assert [(r[0], r[1]) for r in rows] == [("flights_price_usd", 525)]
    assert [(f.value, f.value_low) for f in figures(text, published=date(2022, 9, 29)) if f.value == 525] == [(525, 525)]


def test_a_fare_floor_in_another_currency_with_approximately_its_dollars_is_a_lower_bound():
    text = "On the Kazan-Dubai route, fares start from AED 2,900 (approximately USD 790), the carrier said."
    assert [(f.value, f.value_low) for f in figures(text, published=date(2022, 9, 29)) if f.value == 790] == [(790, 790)]
