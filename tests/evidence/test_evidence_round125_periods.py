"""Period, quantity and unread-figure rules added after reading rounds 125-128 (branch evr125q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures


def periods(text, published, origin):
    return [
        (f.quantity, f.value or f.value_high, f.period.start, f.period.end)
        for f in figures(text, published=published, trigger=None, origin=origin)
    ]


def test_a_wire_dateline_naming_its_country_is_when_it_was_filed_not_the_count_day():
    text = (
        "Somalis reach Kenya\n\nLIBOI, Kenya, March 9 (AP) -- More than 4,000 Somalis have crossed into Kenya at "
        "Liboi since Feb. 20, officials said."
    )
    assert periods(text, date(1992, 3, 9), "Somalia") == [("entries", 4000, date(1992, 2, 20), date(1992, 3, 9))]


def test_a_day_said_after_a_relative_clause_ends_the_window_a_wire_dateline_opens():
    text = (
        "Somalis reach Kenya\n\nLIBOI, Kenya, March 9 (AP) -- More than 4,000 Somalis have crossed into Kenya at "
        "Liboi since Feb. 20, when the town of Kismayu fell, Kenyan officials said Sunday."
    )
    assert periods(text, date(1992, 3, 9), "Somalia") == [("entries", 4000, date(1992, 2, 20), date(1992, 3, 8))]


def test_a_fare_is_not_dated_by_the_month_of_the_earlier_price_it_is_compared_with():
    text = (
        "Kyrgyz return home\n\nAbout 3,000 Kyrgyz crossed into Kyrgyzstan at Dostuk on Monday, guards said.\n\n"
        "A minibus seat from Andijan to Osh, which cost 40,000 som in July, sells for 300,000 som, about $27."
    )
    assert periods(text, date(2022, 10, 5), "Uzbekistan")[-1] == ("flights_price_usd", 27, date(2022, 10, 5), date(2022, 10, 5))


def test_a_fare_is_not_dated_by_the_same_seat_costing_less_in_an_earlier_month():
    text = (
        "Kyrgyz return home\n\nAbout 3,000 Kyrgyz crossed into Kyrgyzstan at Dostuk on Monday, guards said.\n\n"
        "A minibus seat from Andijan to Osh is selling for 300,000 som ($27), drivers said on Tuesday; the same seat "
        "cost 40,000 som in July."
    )
    assert periods(text, date(2022, 10, 5), "Uzbekistan")[-1] == ("flights_price_usd", 27, date(2022, 10, 4), date(2022, 10, 4))


def test_since_a_day_of_the_month_alone_runs_to_publication():
    text = "Russians in Mongolia\n\nAbout 2,300 Russians have entered Mongolia at Altanbulag since the 22nd, officials said."
    assert periods(text, date(2022, 9, 30), "Russia") == [("entries", 2300, date(2022, 9, 22), date(2022, 9, 30))]


def test_vehicles_counted_just_after_a_queues_length_are_that_queues():
    text = (
        "Queue at Torfyanovka\n\nOn Monday the line on the Russian side at Torfyanovka ran to about 6 km, guards said. "
        "They counted some 800 cars in it."
    )
    found = [(f.quantity, f.value) for f in figures(text, published=date(2022, 9, 27))]
    assert found == [("queue_length_km", 6), ("queue_vehicles", 800)]


def test_hours_a_train_was_held_for_checks_at_the_border_are_a_wait():
    text = (
        "Trains into Kazakhstan\n\nAbout 1,000 Russians arrived at Petropavl by train on Monday.\n\n"
        "The Moscow train was held at the border post for up to nine hours on Monday while officers checked passports."
    )
    found = [(f.quantity, f.value_high) for f in figures(text, published=date(2022, 9, 27))]
    assert ("wait_hours", 9) in found


def test_hours_that_customs_control_takes_are_a_wait_but_talks_held_for_hours_are_not():
    text = (
        "Ferries to Kazakhstan\n\nAbout 1,000 Russians arrived at Aktau by ferry on Monday.\n\n"
        "Passport and customs control at the port now takes up to seven hours, travellers said. Talks were held for "
        "three hours at the border post on Monday."
    )
    found = [(f.quantity, f.value_high) for f in figures(text, published=date(2022, 9, 27))]
    assert [q for q in found if q[0] == "wait_hours"] == [("wait_hours", 7)]


def test_a_window_ends_on_the_day_the_next_sentence_says_the_figure_was_given():
    text = (
        "Refugees in Trat\n\nAbout 5,000 Kampucheans have entered Thailand at Hat Lek since 1 October. The figure was "
        "released by the provincial governor at a press meeting on Tuesday."
    )
    assert periods(text, date(1979, 10, 25), "Cambodia") == [("entries", 5000, date(1979, 10, 1), date(1979, 10, 23))]
