"""Rules added after reading round 74 (branch evr74b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import PUBLISHED, figures, placed  # published on a Friday, origin Russia


def test_either_side_of_a_post_is_one_crossing():
    text = "Guards at Karakoga said 2,100 Russians crossed on Monday. At Tsagaannuur about 400 came in on Monday."
    assert placed(text) == [("entries", 2100, "Isilkul"), ("entries", 400, "Tsagaannuur")]


def test_an_ordinary_days_count_is_a_baseline_not_a_count():
    text = "Bishkek airport received 2,700 passengers from Russia on Tuesday, against an ordinary Tuesday's 900."
    assert placed(text) == [("entries", 2700, "Bishkek")]


def test_summonses_handed_out_are_no_count():
    text = "Officers handed out about 80 summonses at the post on Thursday, and 1,300 Russians crossed into Georgia."
    assert [v for _q, v, _p in placed(text)] == [1300]


def test_the_size_of_the_groups_let_through_is_no_count():
    text = "About 1,300 Russians crossed into Georgia on Thursday after guards let pedestrians through in groups of 15."
    assert [v for _q, v, _p in placed(text)] == [1300]


def test_people_waiting_past_a_list_of_how_they_came_are_waiting_not_let_through():
    text = "At the gate at least 300 people on foot, on scooters and even on horseback were waiting to be let through."
    assert [q for q, _v, _p in placed(text)] == ["other"]


def test_people_waiting_in_a_scene_told_in_the_past_are_counted_on_the_day_the_paragraph_opens_with():
    text = (
        "About 1,300 Russians crossed into Georgia at Verkhny Lars on Monday.\n\n"
        "On Tuesday evening the queue was 4 km long. At the gate about 300 people were waiting to be let through."
    )
    assert [(f.quantity, f.period.start) for f in figures(text)][-1] == ("other", date(2022, 9, 27))
    text = text.replace("were waiting", "are waiting")  # (told in the present: the report's day)
    assert [(f.quantity, f.period.start) for f in figures(text)][-1] == ("other", PUBLISHED)


def test_a_fare_in_the_present_tense_is_dated_by_the_report_not_by_the_price_it_is_compared_with():
    text = "A Kazan - Yerevan ticket for Sunday costs 60,000 roubles, about $1,000, three times its price in July."
    assert [(f.quantity, f.period.start, f.period.end) for f in figures(text)] == [
        ("flights_price_usd", PUBLISHED, PUBLISHED)
    ]


def test_the_place_a_country_was_entered_around_or_near_is_its_crossing():
    text = "Aid workers said 2,400 Russians had crossed into Mongolia around Khankh since Saturday."
    assert placed(text) == [("entries", 2400, "Khankh")]


def test_a_border_sector_named_by_its_town_is_where_people_came_in():
    text = "In the Kulaura sector, between 900 and 1,100 came in from Monday to Wednesday, guards said."
    assert placed(text, origin="Bangladesh")[0][2] == "Kulaura"


def test_said_here_today_is_when_it_was_said_not_the_window_of_the_count():
    text = "KHANKH, Mongolia, Sept 30 - Officials said here today that about 2,400 Russians had crossed since Saturday."
    assert [(f.period.start, f.period.end) for f in figures(text)] == [(date(2022, 9, 24), PUBLISHED)]


def test_people_waiting_here_wait_at_the_town_of_the_dateline_and_a_wait_after_them_is_there_too():
    text = (
        "PORT KELLY, Ruritania, Sept 30 - About 1,300 islanders left on the ferry on Monday.\n\n"
        "On Thursday some 200 people were waiting on the quay here for the next boat. Some said they had been there "
        "eleven hours."
    )
    assert [(q, p) for q, _v, p in placed(text, origin="Ruritania")][-2:] == [
        ("other", "Port Kelly"),
        ("wait_hours", "Port Kelly"),
    ]


def test_a_fare_naming_no_place_is_on_the_ride_named_before_even_between_towns_the_gazetteer_lacks():
    text = "The minibus from Kovda to Salmijarvi now leaves full. The fare is 900 roubles, about $15."
    assert placed(text) == [("flights_price_usd", 15, "Kovda - Salmijarvi")]


def test_a_readers_fare_starts_where_the_reader_is():
    text = "A reader in Samara writes that the cheapest seat she could find to Yerevan was 90,000 roubles, about $1,500."
    assert placed(text) == [("flights_price_usd", 1500, "Samara - Yerevan")]


def test_the_post_across_from_a_crossing_is_no_place_people_came_from():
    text = "Finnish guards say 870 Russians came in at Vaalimaa, across from Torfyanovka, on Monday."
    assert placed(text) == [("entries", 870, "Vaalimaa")]


def test_leaving_the_country_in_the_opposite_direction_is_through_the_crossing_just_counted():
    text = (
        "Finnish guards said 4,200 Russians entered through Vaalimaa last week. In the opposite direction, about 700 "
        "left Finland for Russia over the same week."
    )
    assert placed(text)[-1] == ("exits", 700, "Vaalimaa")


def test_the_hours_of_a_bus_ride_are_no_wait():
    text = "He reached Tbilisi on Sunday after a 7-hour wait at Verkhny Lars and a bus ride of more than 15 hours."
    assert placed(text) == [("wait_hours", 7, "Verkhny Lars")]
