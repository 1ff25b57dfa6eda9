"""Rules added after reading round 76 (branch evr76b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday, origin Russia


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


def test_a_day_said_later_in_the_sentence_ends_the_window_not_the_dateline():
    text = "TBILISI, September 30, 2022: About 1,200 Russians have crossed into Georgia since September 22, officials said on Thursday."
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(1200, date(2022, 9, 22), date(2022, 9, 29))]


def test_a_day_before_a_translated_informed_is_the_day_said():
    text = "The minister on Thursday informed: since September 22 into Georgia entered 9 thousand citizens of Russia."
    assert [(f.value, f.period.end) for f in figures(text)] == [(9000, date(2022, 9, 29))]


def test_since_an_event_of_a_day_opens_on_that_day():
    text = "More than 1,600 Russians have entered Georgia since the protests of September 23."
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(1600, date(2022, 9, 23), date(2022, 9, 30))]


def test_a_length_of_border_is_no_queue():
    text = "Police, who patrol the 210-km Kazbegi stretch of the border, detained 9 people near the post on Thursday."
    assert placed(text) == [("arrests", 9, "Georgia")]


def test_the_same_day_last_week_is_the_day_before_a_week_back():
    text = "On Thursday 2,400 Russians entered Georgia at Verkhny Lars. For comparison, on the same day last week 1,100 entered."
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [
        (2400, date(2022, 9, 29), date(2022, 9, 29)),
        (1100, date(2022, 9, 22), date(2022, 9, 22)),
    ]


def test_a_part_said_alone_is_at_the_count_before_not_a_crossing_named_between():
    text = (
        "About 2,000 Russians have crossed into Georgia at Verkhny Lars since Saturday.\n\n"
        "Many walk through the village of Zemo Kobi, where the fence ends. On Wednesday alone about 300 came across."
    )
    assert placed(text) == [("entries", 2000, "Verkhny Lars"), ("entries", 300, "Verkhny Lars")]
