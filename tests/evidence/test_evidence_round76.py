"""Rules added after reading round 76 (branch evr76b; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed  # published on a Friday, origin Russia


def test_a_border_bridge_at_a_town_is_a_crossing_named_by_the_town():
    text = "Guards at the border bridge at Vila Nova counted 820 Russians entering Georgia on Thursday."
    assert placed(text) == [("entries", 820, "Vila Nova")]


def test_the_neighbours_along_a_countrys_own_border_are_not_where_people_arrived():
    text = "Along Latvia's eastern border with Russia and Belarus, guards registered 2,600 Russian entries on Thursday."
    assert placed(text) == [("entries", 2600, "Latvia")]


def test_the_town_of_one_who_tells_of_a_queue_is_not_its_crossing():
    text = (
        "More Russians now come through the Tornby checkpoint.\n\n"
        "On Thursday the queue stretched about 3 km, a trucker from Vallsta told us. Vallsta lies 20 km away.\n\n"
        "Our photographer filmed the line at Vallsta."
    )
    assert placed(text) == [("queue_length_km", 3, "Tornby")]


def test_the_age_of_someone_a_speaker_names_is_no_count():
    text = 'Seats to Almaty sold out on Thursday. "My cousin is 27, he stayed," one woman said.'
    assert placed(text) == []


def test_a_temperature_in_a_forecast_is_no_count():
    text = "Some 900 Russians flew out of Omsk on Thursday.\n\nNow to the weather: tomorrow in Omsk, plus 7 and showers."
    assert placed(text) == [("departures_total", 900, "Russia")]
