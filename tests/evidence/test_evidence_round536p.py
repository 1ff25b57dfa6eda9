"""Rules added after the read of rounds 536-539 for places (branch evr536p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_30 = dict(published=date(2022, 9, 30))
OCTOBER_12 = dict(published=date(2022, 10, 12))


def test_shemonaikha_is_a_crossing_of_its_own_not_the_one_named_before_it():
    text = "Since 21 September, 18 200 people have entered Kazakhstan through Auyl and 9 410 through Shemonaikha."
    assert placed(text, **SEPTEMBER_30) == [("entries", 18200, "Veseloyarsk"), ("entries", 9410, "Shemonaikha")]


def test_a_queue_at_shemonaikha_is_not_at_the_crossing_whose_queue_was_told_before():
    text = (
        "On the Russian side, at Veseloyarsk, the queue to Auyl was about 6 km long this morning. At Shemonaikha the "
        "line is shorter: 2 km."
    )
    assert placed(text, **SEPTEMBER_30) == [("queue_length_km", 6, "Veseloyarsk"), ("queue_length_km", 2, "Shemonaikha")]


def test_agents_in_a_town_quoting_a_fare_for_the_route_to_a_town_named_after_it_sell_from_their_town():
    text = (
        "Flights out of Russia are full. Travel agents in Yekaterinburg quote $1,200 to $1,500 for the route to "
        "Tbilisi via Baku."
    )
    assert placed(text, **SEPTEMBER_30) == [("flights_price_usd", 1500, "Yekaterinburg - Tbilisi")]


def test_agents_who_quote_a_ticket_to_a_town_sell_it_from_their_own_town():
    text = (
        "Most arrive from Kazan and Moscow. Travel agents in Novosibirsk quote a one-way ticket to Tashkent via Almaty "
        "at between US$700 and US$950 for the coming days."
    )
    assert placed(text, **SEPTEMBER_30) == [("flights_price_usd", 950, "Novosibirsk - Tashkent")]


def test_a_fare_naming_only_the_stops_on_the_way_is_on_the_route_of_the_fare_before_it():
    text = (
        "Agents in Moscow quote a one-way ticket to Bangkok at about $1,300. Connections through Doha or Abu Dhabi "
        "sell for $800 to $1,100."
    )
    assert placed(text, **OCTOBER_12) == [
        ("flights_price_usd", 1300, "Moscow - Bangkok"),
        ("flights_price_usd", 1100, "Moscow - Bangkok"),
    ]


def test_a_fare_on_the_route_through_a_stop_is_on_the_route_of_the_fare_before_it():
    text = (
        "Agents in Moscow quote a one-way ticket to Havana via Istanbul at about US$2,400. The route through Caracas "
        "is cheaper, about USD 1,700, but seats are few."
    )
    assert placed(text, **OCTOBER_12) == [
        ("flights_price_usd", 2400, "Moscow - Havana"),
        ("flights_price_usd", 1700, "Moscow - Havana"),
    ]


def test_a_fare_on_the_direct_flight_is_on_the_route_written_before_it_in_its_paragraph():
    text = (
        "Aeroflot flies Moscow-Antalya directly twice a day. Travel agents said a one-way ticket on the direct flight "
        "now costs around $900."
    )
    assert placed(text, **OCTOBER_12) == [("flights_price_usd", 900, "Moscow - Antalya")]


def test_a_fare_on_the_direct_flight_runs_from_the_flights_start_named_before_to_the_dateline_town():
    text = (
        "ANTALYA, Oct 12 (Wire) - Russians keep arriving at the airport.\n\n"
        "Aeroflot operates a daily direct flight from Moscow Vnukovo with 300 seats.\n\n"
        "Seats are scarce. On Monday a one-way seat on the direct Aeroflot flight cost about US$950, travel agents said."
    )
    assert placed(text, **OCTOBER_12) == [("flights_price_usd", 950, "Moscow - Antalya")]


def test_a_part_told_after_a_whole_through_all_checkpoints_keeps_its_own_airport():
    text = (
        "In the same period, 11 300 citizens of the Russian Federation left Kyrgyzstan through all checkpoints, of "
        "them 8 200 through Manas airport."
    )
    assert placed(text, **SEPTEMBER_30) == [("exits", 11300, "Kyrgyzstan"), ("exits", 8200, "Bishkek")]


def test_a_count_at_the_crossing_written_by_its_two_sides_about_a_dash_is_the_crossings():
    text = "Further north, 820 people entered Tunisia at the Dehiba - Wazin crossing on Sunday."
    rows = placed(text, published=date(2011, 3, 15), trigger=date(2011, 2, 20), origin="Libya")
    assert rows == [("entries", 820, "Dehiba")]


def test_a_count_naming_its_own_crossing_after_an_opening_on_several_posts_is_that_crossings():
    text = (
        "At the two checkpoints in the south the numbers stay low: 310 people entered at Koidula on Thursday and 95 at "
        "Luhamaa."
    )
    assert placed(text, **SEPTEMBER_30) == [("entries", 310, "Koidula"), ("entries", 95, "Luhamaa")]
