"""Rules added after reading round 90 (branch evr90b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_either_side_of_three_more_road_posts_is_one_crossing():
    text = "Guards said the line of trucks at Chong Chom was 4 km long on Thursday."
    assert placed(text, published=date(2014, 6, 20), trigger=None, origin="Thailand") == [("queue_length_km", 4, "O'Smach")]
    text = "Some 850 people came through Serha on Thursday, officials said."
    assert placed(text, published=date(2018, 10, 12), trigger=None, origin="Eritrea") == [("entries", 850, "Zalambessa")]
    text = "On Thursday the cars at the Cherlak post stretched for about 5 km, volunteers said."
    assert placed(text) == [("queue_length_km", 5, "Cherlak")]


def test_people_waiting_to_be_moved_on_to_camps_are_people_waiting():
    text = "About 900 people are waiting at the Tellin crossing to be checked and relocated to camps inland."
    assert placed(text) == [("other", 900, "Tellin")]


def test_a_ride_to_the_town_of_a_named_country_ends_at_the_town():
    text = "A seat in a shared taxi from Senafe to the Ethiopian town of Adigrat costs 250 nakfa, about $17, drivers said on Thursday."
    assert placed(text, published=date(2018, 10, 12), trigger=None, origin="Eritrea") == [("flights_price_usd", 17, "Senafe - Adigrat")]
