"""Rules added after reading rounds 94-97 for classes seen in two rounds or more (branch evr94b; sentences written
for these tests)."""

from tests.evidence.test_evidence_round70 import placed


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
