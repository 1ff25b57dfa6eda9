"""Rules added after reading rounds 94-97 for classes seen in two rounds or more (branch evr94b; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import PUBLISHED, figures, placed


def test_passengers_counted_out_on_international_flights_at_an_airport_of_the_origin_leave_its_city():
    text = "Samara airport reported that 2,150 passengers left on international flights between Monday and Thursday."
    assert placed(text) == [("exits", 2150, "Samara")]


def test_a_town_after_the_word_airport_is_the_airport_counting_departures_abroad():
    text = "The press office of airport Kazan (Kazan International) says that on Sunday abroad departed 830 passengers."
    assert placed(text) == [("exits", 830, "Kazan")]


def test_a_follow_on_count_at_the_airports_international_terminal_is_the_airport_named_before():
    text = (
        "Samara airport reported that 2,150 passengers left on international flights between Monday and Thursday.\n\n"
        "On Wednesday alone 640 people flew out, a record for the airport's international terminal."
    )
    assert placed(text) == [("exits", 2150, "Samara"), ("exits", 640, "Samara")]


def test_passengers_flown_in_from_abroad_at_an_airport_of_the_origin_enter_there():
    text = (
        "Some 780 passengers flew into Samara from abroad last week, the airport said, many of them men who had gone "
        "to Armenia or Georgia and decided to return."
    )
    assert placed(text) == [("entries", 780, "Samara")]


def test_no_origin_given_still_puts_airport_departures_abroad_at_the_city():
    text = "The press office of airport Kazan says that on Sunday abroad departed 830 passengers."
    assert placed(text, origin="") == [("exits", 830, "Kazan")]


def test_a_present_fare_is_not_dated_by_a_day_in_a_clause_joined_after_it():
    text = "A place in a shared taxi from Vladikavkaz to Tbilisi costs about $90, and the road was shut on Tuesday night."
    assert [(f.quantity, f.period.start, f.period.end) for f in figures(text)] == [
        ("flights_price_usd", PUBLISHED, PUBLISHED)
    ]


def test_fares_that_drivers_charge_stand_on_the_report_day_not_the_day_of_the_paragraph_before():
    text = (
        "Yesterday 3,100 crossed at Verkhny Lars.\n\n"
        "Drivers charge 9,000 roubles, about $150, for a seat from Vladikavkaz to Tbilisi, and the price goes up in "
        "the night."
    )
    fares = [f for f in figures(text) if f.quantity == "flights_price_usd"]
    assert [(f.period.start, f.period.end) for f in fares] == [(PUBLISHED, PUBLISHED)]


def test_a_count_since_an_event_told_before_runs_from_its_day_to_the_report():
    text = (
        "Protesters tore down the fence at the crossing on Tuesday. Officials said about 12,000 people had crossed "
        "into Georgia since the fence came down."
    )
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(12000, date(2022, 9, 27), PUBLISHED)]


def test_a_count_since_then_after_a_week_runs_from_the_day_after_it():
    text = (
        "Some 3,000 arrived in Georgia between 19 and 25 September, officials said. About 2,000 more have crossed "
        "into Georgia since then, they said."
    )
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)][1:] == [(2000, date(2022, 9, 26), PUBLISHED)]


def test_a_sum_in_a_currency_converted_to_dollars_after_it_is_no_count_of_people():
    text = "Boatmen were charging new arrivals 900 kip, about $4, for the crossing on Tuesday."
    assert [(f.quantity, f.value) for f in figures(text)] == [("flights_price_usd", 4)]


def test_returnees_counted_crossing_into_a_country_other_than_the_origin_enter_it():
    text = "Border officials said about 9,000 returnees had crossed into Armenia since Saturday."
    assert [(f.quantity, f.value, f.place) for f in figures(text)] == [("entries", 9000, "Armenia")]


def test_people_described_as_leaving_the_origin_who_entered_another_country_enter_it():
    text = "Officials in Tbilisi said about 7,500 men leaving Russia had entered Georgia since Wednesday."
    assert [(f.quantity, f.value, f.place) for f in figures(text)] == [("entries", 7500, "Georgia")]


def test_a_count_by_a_day_with_no_trigger_opens_where_the_reports_running_count_did():
    text = (
        "Some 6,000 people have crossed into Moldova at Palanca since Sunday, officials said. About 900 had gone "
        "back into Ukraine across Palanca by Wednesday evening."
    )
    published = date(2022, 3, 3)  # a Thursday
    found = figures(text, published=published, trigger=None, origin="Ukraine")
    assert [(f.value, f.period.start, f.period.end) for f in found] == [
        (6000, date(2022, 2, 27), published),
        (900, date(2022, 2, 27), date(2022, 3, 2)),
    ]
