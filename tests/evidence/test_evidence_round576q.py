"""Rules added after the read of rounds 576-579 for periods and quantities (branch evr576q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

SEPTEMBER_29 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="")  # a Thursday
OCTOBER_20 = dict(published=date(2022, 10, 20), trigger=date(2022, 9, 21), origin="")  # a Thursday
MAY_2023 = dict(published=date(2023, 5, 3), trigger=date(2023, 4, 23), origin="Chile")  # a Wednesday
NOVEMBER_2021 = dict(published=date(2021, 11, 18), trigger=date(2021, 8, 1), origin="Iraq")


def test_a_day_singled_out_of_the_exits_of_the_paragraph_before_is_more_of_them():
    text = (
        "Since 21 September, 8 420 passengers have left Kazan on international flights from its airport, the airport "
        "said.\n\n"
        "On Tuesday alone 1 310 passengers flew out on international flights, most of them to Tashkent and Baku."
    )
    assert rows_of(1310, text, **SEPTEMBER_29) == [("exits", 1310, "Kazan", date(2022, 9, 27), date(2022, 9, 27))]
    text = (
        "Since 21 September, 8 420 passengers have left Kazan on international flights from its airport, the airport "
        "said.\n\n"
        "On Tuesday alone, 1 310 passengers left on nine flights to Tashkent, Baku and Yerevan."
    )
    assert rows_of(1310, text, **SEPTEMBER_29) == [("exits", 1310, "Kazan", date(2022, 9, 27), date(2022, 9, 27))]


def test_a_day_singled_out_that_was_allowed_across_goes_the_way_of_the_count_before():
    text = (
        "Police said 930 foreigners had left Chile through Chacalluta since 24 April. On Tuesday alone 175 were "
        "allowed across, before the line stopped again."
    )
    assert rows_of(175, text, **MAY_2023) == [("exits", 175, "Chacalluta", date(2023, 5, 2), date(2023, 5, 2))]


def test_a_fare_that_has_since_fallen_stands_on_the_day_it_is_told():
    text = (
        "Agents said seats from Moscow to Antalya sold for up to 1,900 US dollars on 22 and 23 September. The fare has "
        "since fallen to about 480 US dollars."
    )
    rows = rows_of(480, text, **OCTOBER_20)
    assert [(q, v, start, end) for q, v, _place, start, end in rows] == [
        ("flights_price_usd", 480, date(2022, 10, 20), date(2022, 10, 20))
    ]


def test_a_wait_after_a_queue_set_against_an_earlier_one_is_of_the_queues_day():
    text = (
        "This morning the line of cars at the Kairak checkpoint stretched for about 4 kilometres, while a week ago it "
        "reached the village. Those on foot spent 2-3 hours at the checkpoint, drivers said."
    )
    rows = rows_of(3, text, **SEPTEMBER_29)
    assert [(q, start, end) for q, _v, _place, start, end in rows] == [
        ("wait_hours", date(2022, 9, 29), date(2022, 9, 29))
    ]


def test_from_a_month_to_the_end_of_another_is_both_whole_months():
    text = "From August to the end of October about 12 000 migrants arrived at Minsk National Airport, the guards said."
    rows = rows_of(12000, text, **NOVEMBER_2021)
    assert [(start, end) for _q, _v, _place, start, end in rows] == [(date(2021, 8, 1), date(2021, 10, 31))]


def test_passengers_flown_out_after_an_airport_named_are_its_towns_exits():
    text = (
        "The press service of Irkutsk airport has released its figures. From 22 to 28 September, 3,140 passengers "
        "departed on international flights, most of them to Ulaanbaatar."
    )
    assert rows_of(3140, text, **SEPTEMBER_29) == [("exits", 3140, "Irkutsk", date(2022, 9, 22), date(2022, 9, 28))]
    text = (
        "Officials at Irkutsk airport said 2,760 passengers had flown out on S7 and Ural Airlines flights since Thursday "
        "22 September."
    )
    assert rows_of(2760, text, **SEPTEMBER_29) == [("exits", 2760, "Irkutsk", date(2022, 9, 22), date(2022, 9, 29))]
