"""Place rules added after reading rounds 125-128 (branch evr125p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_people_arriving_at_a_town_set_off_by_commas_arrive_there_not_in_the_country():
    text = (
        "Refugees reach Kenya\n\nNAIROBI, 4 May -\n\n"
        "Some 3,000 Somalis have crossed into Kenya since Friday, officials said.\n\n"
        "Farther west, at Qarsoweyn, about 700 arrived on Monday, a district officer said."
    )
    assert placed(text, published=date(2021, 5, 4), trigger=None, origin="Somalia")[1] == ("entries", 700, "Qarsoweyn")


def test_a_fare_from_a_town_the_gazetteer_lacks_to_the_crossing_runs_from_that_town():
    text = (
        "Queues at Vaalimaa\n\n"
        "Some 2,000 Russians entered Finland at Vaalimaa on Monday, the guards said. "
        "A seat in a van from Kondopoga to the crossing costs $120, a driver said."
    )
    assert ("flights_price_usd", 120, "Kondopoga - Vaalimaa") in placed(text)


def test_a_fare_asked_by_owners_in_a_town_runs_from_that_town():
    text = (
        "Flight to Kenya\n\n"
        "Some 4,000 Somalis have crossed into Kenya at Mandera since Sunday, officials said. "
        "Truck owners in Baidoa are asking about $35 for a seat to Mandera, refugees said."
    )
    assert ("flights_price_usd", 35, "Baidoa - Mandera") in placed(text, published=date(1991, 2, 1), trigger=None, origin="Somalia")


def test_a_ride_as_far_as_the_pass_ends_at_the_crossing_named_before():
    text = (
        "Crowds at Torkham\n\n"
        "About 3,000 Afghans crossed into Pakistan at Torkham on Monday, officials said. "
        "Drivers in Jalalabad ask $12 for a seat as far as the pass, refugees said."
    )
    assert ("flights_price_usd", 12, "Jalalabad - Torkham") in placed(text, published=date(1980, 2, 14), trigger=None, origin="Afghanistan")


def test_a_route_written_with_a_spaced_dash_keeps_a_hyphenated_town_whole():
    text = "Fares out of Sakhalin\n\nThe cheapest seat Yuzhno-Kurilsk - Seoul cost $900 on Friday, the agency said."
    assert placed(text) == [("flights_price_usd", 900, "Yuzhno-Kurilsk - Seoul")]
