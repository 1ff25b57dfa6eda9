"""Rules added after reading round 84 (branch evr84b; sentences written for these tests)."""

from exodus.evidence import parse_document
from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday


def test_a_french_clock_time_opening_a_post_is_no_count_and_starts_the_post():
    text = (
        "(17h20) At the Tellin post, 240 people crossed into Moldova this afternoon.\n\n"
        "(15h05) Guards say the line of cars reached 4 kilometres.\n\n"
        "11h40 - Another 90 people crossed into Moldova this morning."
    )
    assert placed(text, origin="Romania") == [
        ("entries", 240, "Tellin"), ("queue_length_km", 4, "Tellin"), ("entries", 90, "Moldova"),
    ]
    assert parse_document(text.encode(), "live.txt").posts == [1, 2, 3]


def test_a_national_adjective_beside_dollars_is_a_currency_no_place():
    text = (
        "A taxi to the border costs 900 lei (45 dollars American), drivers said.\n\n"
        "A line of about 30 buses waited at the customs this morning."
    )
    assert "United States" not in [p for _, _, p in placed(text, origin="Moldova")]


def test_the_two_sides_of_a_haitian_crossing_are_one_place():
    text = (
        "Some 300 people were waiting at Pedernales on the Dominican side on Friday. "
        "On Thursday 410 Haitians returned through Anse-a-Pitres."
    )
    assert {p for _, _, p in placed(text, origin="Dominican Republic")} == {"Anse-a-Pitres"}


def test_freight_wagons_are_things_not_people():
    text = "About 2,000 people crossed into China at Zabaikalsk on Thursday. More than 9,000 freight wagons a month cross the border there."
    assert placed(text, origin="Russia") == [("entries", 2000, "Zabaykalsk")]


def test_the_speakers_own_group_is_no_count():
    text = '"There were 40 of us and only one boat," said a man who reached Tellin on Thursday.'
    assert placed(text, origin="Moldova") == []


def test_people_registered_for_help_moved_nowhere():
    text = "Officials said on Thursday that about 700 Britons had registered for assistance to leave the island."
    assert placed(text, origin="Moldova") == []


def test_a_queue_at_a_shop_is_no_border_wait():
    text = '"The queue at the only open bakery was three hours long this morning," said a resident of Tellin.'
    assert placed(text, origin="Moldova") == []


def test_a_day_said_before_the_time_of_a_wait_does_not_end_it_before_it_starts():
    text = (
        "About 500 people were waiting at the Tellin post on Friday morning, guards said, and some who crossed on "
        "Thursday told reporters they had stood in line as long as 12 hours."
    )
    periods = [f.period for f in figures(text, origin="Moldova")]
    assert periods and all(p.start <= p.end for p in periods)


def test_small_island_states_and_their_capitals_are_places():
    text = "About 900 people from Grenada arrived in Kingstown on Thursday, officials in St Vincent said."
    assert placed(text, origin="Grenada") == [("entries", 900, "Saint Vincent and the Grenadines")]


def test_a_town_left_by_sea_is_where_people_left():
    text = "The operator said 640 passengers left Apia for Pago Pago on two extra ferry sailings on Thursday."
    assert placed(text, origin="Samoa") == [("exits", 640, "Apia")]


def test_leaving_by_sea_and_by_air_is_a_total_out_of_the_country():
    text = (
        "At least 2,000 people have left Tonga since Monday by sea and on relief flights out of Fuamotu airport, "
        "officials said on Thursday."
    )
    assert placed(text, origin="Tonga") == [("departures_total", 2000, "Tonga")]


def test_people_flown_out_of_a_town_of_the_origin_leave_there():
    text = (
        "Papeete's airport reopened on Wednesday. "
        "A military transport flew about 120 tourists from Papeete to Auckland on Thursday."
    )
    assert placed(text, origin="French Polynesia") == [("exits", 120, "Papeete")]


def test_people_taken_out_of_a_towns_domestic_airport_leave_there():
    text = "An air force plane took 95 Britons out of Papeete's Faa'a domestic airport on Thursday night."
    assert placed(text, origin="French Polynesia") == [("exits", 95, "Papeete")]


def test_people_waiting_at_the_terminal_wait_in_the_dateline_town():
    text = (
        "APIA, Samoa, Sept 30 - Ferries to Pago Pago are full.\n\n"
        "About 400 people were waiting at the terminal on Friday morning, port staff said."
    )
    assert placed(text, origin="Samoa") == [("other", 400, "Apia")]


def test_a_day_declared_closes_a_window_since_a_date():
    text = "The migration director declared yesterday that 9,000 foreigners left the country since the 12 September."
    (found,) = figures(text, origin="Moldova")
    assert (found.period.start.isoformat(), found.period.end.isoformat()) == ("2022-09-12", "2022-09-29")


def test_since_an_event_on_the_night_of_a_date_runs_from_that_date():
    text = "About 700 people from Tonga have arrived in Fiji since the cyclone struck on the night of September 18."
    (found,) = figures(text, origin="Tonga")
    assert (found.period.start.isoformat(), found.period.end.isoformat()) == ("2022-09-18", "2022-09-30")


def test_a_ride_starts_where_the_journey_starts_or_where_drivers_wait_opening_a_sentence():
    text = (
        "For most the journey starts in Balti, where drivers sell a seat to Ungheni at 900 lei (about $46).\n\n"
        "Drivers in Soroca, the district town, were charging 700 lei (about $36) for the ride to Otaci."
    )
    assert [p for q, _, p in placed(text, origin="Moldova") if q == "flights_price_usd"] == ["Balti - Ungheni", "Soroca - Otaci"]


def test_a_crossing_named_by_both_its_sides_is_crossed_not_left():
    text = "Between Monday and Thursday, 1,300 people crossed from Zabaikalsk into the Chinese city of Manzhouli, officials said."
    assert placed(text, origin="Russia") == [("entries", 1300, "Zabaykalsk")]
