"""Rules added after the read of rounds 580-583 for places (branch evr580p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

OCTOBER_4 = dict(published=date(2022, 10, 4))
SEPTEMBER_27 = dict(published=date(2022, 9, 27), origin="Russia")
OCTOBER_18 = dict(published=date(2024, 10, 18))


def test_a_post_named_before_its_kind_of_traffic_is_that_post():
    text = "Over the week, 3 120 more passengers came in by train through the Keles railway checkpoint."
    assert placed(text, **OCTOBER_4) == [("entries", 3120, "Keles")]


def test_a_fares_route_keeps_a_letter_beyond_latin_1_whole():
    text = "Operators sell a seat on the Mersin - Taşucu shuttle for 40 US dollars."
    assert placed(text, **OCTOBER_18) == [("flights_price_usd", 40, "Mersin - Tasucu")]


def test_people_waiting_in_an_airports_hall_wait_at_the_airport_named_a_paragraph_before():
    text = (
        "Some 3 900 passengers have flown abroad from Novosibirsk International Airport since the decree, the airport "
        "said.\n\n"
        "On Tuesday night about 320 people without tickets were waiting in the departure hall for a seat on any flight."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 3900, "Novosibirsk"), ("other", 320, "Novosibirsk")]


def test_people_waiting_at_a_transfer_desk_are_not_at_a_flights_end_or_in_the_town_a_speaker_flew_from():
    text = (
        "Khabarovsk airport said 2 400 passengers had flown abroad since Wednesday.\n\n"
        "On Monday about 140 people were waiting at the transfer desk for seats on the Bangkok flight, a passenger "
        "who flew in from Magadan told us."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 2400, "Khabarovsk"), ("other", 140, "Khabarovsk")]


def test_people_police_held_as_they_tried_to_cross_the_border_were_held_on_the_side_they_left():
    text = (
        "Thousands of Russians have driven into Kazakhstan at Mashtakovo since the decree.\n\n"
        "On Sunday police detained five men from Saratov who tried to cross the border on foot across the fields, "
        "away from the post."
    )
    assert placed(text, published=date(2022, 9, 27), origin="Russia") == [("arrests", 5, "Russia")]
