"""Place rules added after reading rounds 141-144 (branch evr141p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_who_went_back_home_leave_from_the_datelines_town_not_nowhere():
    text = (
        "Drivers wait for days\n\nDUBKI, Oct 1 - The cafe by the road to the border is full of drivers.\n\n"
        "Guards said about 310 people went back to Russia over the past three days."
    )
    assert placed(text, origin="Russia") == [("exits", 310, "Dubki")]


def test_people_who_went_back_home_leave_from_the_crossing_the_report_stands_at():
    text = (
        "Queues at the Verkhny Lars post\n\n"
        "The post was quieter on Thursday. Officers said some 140 had returned to Russia since Monday."
    )
    assert placed(text, origin="Russia") == [("exits", 140, "Verkhny Lars")]


def test_a_fare_naming_only_where_it_goes_runs_from_the_datelines_town():
    text = (
        "Islanders leave by sea\n\nCASTRIES, Saint Lucia, May 3 - Boats are leaving the harbour full.\n\n"
        "A seat on a fishing boat to Barbados now costs 300 Eastern Caribbean dollars, about $110."
    )
    assert ("flights_price_usd", 110, "Castries - Barbados") in placed(text, origin="Saint Lucia")


def test_a_fare_to_the_datelines_own_town_does_not_run_from_it():
    text = (
        "Boats keep coming\n\nMIAMI, May 3 - Boats keep arriving from the south.\n\n"
        "A place on a sailboat for the passage to Miami costs 1,500 gourdes, about $215."
    )
    assert not placed(text, origin="Haiti")[0][2].startswith("Miami - ")


def test_a_count_told_by_a_towns_regional_administration_is_the_countrys():
    text = (
        "Russians keep coming\n\n"
        "The Kostanay regional administration said 4,200 Russian citizens had entered through its checkpoints this week."
    )
    assert placed(text, origin="Russia") == [("entries", 4200, "Kazakhstan")]


def test_a_count_told_by_a_board_sitting_in_a_capital_is_the_countrys():
    text = "Evacuees in the north\n\nThe Refugee Board in Oslo puts the number of evacuees received since May at 12,000."
    assert placed(text, origin="Sweden")[0][2] == "Norway"


def test_people_flown_home_out_of_a_town_abroad_leave_from_that_town():
    text = (
        "Chile expels migrants\n\nMigrants camp in the squares of Arica, in northern Chile.\n\n"
        "On Friday a chartered plane flew 210 migrants from Arica back to Peru."
    )
    assert placed(text, origin="Peru") == [("exits", 210, "Arica")]


def test_flights_out_of_two_towns_are_neither_towns():
    text = "Going home\n\nOn Tuesday about 700 Russians returned on the flights from Istanbul and Tbilisi, the airport said."
    assert placed(text, origin="Russia")[0][2] != "Istanbul"


def test_people_who_went_back_through_a_crossing_to_fly_home_from_a_town_left_through_the_crossing():
    text = (
        "Who goes home\n\nHotels in Almaty are full.\n\n"
        "Since Friday about 230 Russians went back through Korgas, most of them to fly home from Almaty."
    )
    assert placed(text, origin="Russia")[0][2] != "Almaty"
