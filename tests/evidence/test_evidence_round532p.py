"""Rules added after the read of rounds 532-535 for places (branch evr532p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_30 = dict(published=date(2022, 9, 30))


def test_the_checkpoint_named_right_after_through_the_checkpoint_is_the_counts_not_the_next_counts():
    text = (
        'In all, since 21 September through the checkpoint "Kairak" have crossed to Kazakhstan 12 400 persons, '
        'through "Zhaisan" 3 100 persons.'
    )
    assert placed(text, **SEPTEMBER_30) == [("entries", 12400, "Kairak"), ("entries", 3100, "Sagarchin")]


def test_people_going_back_through_a_checkpoint_named_in_quotes_leave_there():
    text = (
        'Yesterday through the checkpoint "Zhaisan" entered 2 050 persons.\n\n'
        'In the opposite direction, yesterday through "Kairak" left to the Russian Federation 640 persons.'
    )
    assert placed(text, **SEPTEMBER_30) == [("entries", 2050, "Sagarchin"), ("exits", 640, "Kairak")]


def test_the_crossing_of_a_part_told_after_the_whole_is_not_the_wholes_way_out():
    text = "In the same period 4,210 Russians left Georgia, of whom 1,730 through the Sarpi crossing towards Turkey."
    assert placed(text, **SEPTEMBER_30) == [("exits", 4210, "Georgia"), ("exits", 1730, "Sarpi")]


def test_the_airport_of_a_part_told_after_the_whole_is_not_the_wholes_way_out():
    text = (
        "In the same period, 12,600 Russian citizens left Kyrgyzstan, of whom 9,100 departed through the Manas "
        "airport, mostly to Istanbul."
    )
    assert placed(text, **SEPTEMBER_30) == [("exits", 12600, "Kyrgyzstan"), ("exits", 9100, "Bishkek")]


def test_a_part_counted_in_words_after_the_whole_keeps_its_crossing_to_itself():
    text = "In the past week 8 400 Russian citizens arrived in Kazakhstan, among them nearly two thousand through Kairak."
    assert placed(text, **SEPTEMBER_30) == [("entries", 8400, "Kazakhstan"), ("entries", 2000, "Kairak")]


def test_people_remaining_in_the_territory_of_the_republic_are_in_the_republic_named_before():
    text = (
        "Since 21 September, 52 300 citizens of the Russian Federation have entered the territory of the Republic of "
        "Uzbekistan, most of them by land from the Republic of Kazakhstan.\n\n"
        "In the same period 30 100 left it, mainly for Turkey and the United Arab Emirates.\n\n"
        "Thus 22 200 citizens of Russia who entered since 21 September remain in the territory of the Republic."
    )
    rows = placed(text, **SEPTEMBER_30)
    assert ("net_arrivals", 22200, "Uzbekistan") in rows


def test_a_count_into_a_towns_area_through_its_two_posts_is_the_towns():
    text = (
        "Since Friday, aid workers say, some 300,000 Rwandans have crossed into the Goma area through the two posts, "
        "the Grande Barriere and the Petite Barriere."
    )
    rows = placed(text, published=date(1994, 7, 17), trigger=date(1994, 7, 14), origin="Rwanda")
    assert rows == [("entries", 300000, "Goma")]


def test_a_fare_on_a_route_through_a_stop_runs_from_its_first_town_to_its_last():
    text = (
        "Travel agencies told the ministry that a one-way seat on the route Moscow - Belgrade - Tivat cost about 1,240 "
        "US dollars on 24 September."
    )
    assert placed(text, **SEPTEMBER_30) == [("flights_price_usd", 1240, "Moscow - Tivat")]


def test_a_bus_line_through_a_stop_runs_from_its_first_town_to_its_last():
    text = "Buses on the Yerevan – Tbilisi – Batumi line are full, and a seat now costs $70."
    assert placed(text, **SEPTEMBER_30) == [("flights_price_usd", 70, "Yerevan - Batumi")]


def test_going_back_after_a_countrys_whole_and_its_parts_by_crossing_is_out_of_the_country():
    text = (
        "In all, 6,120 Russian citizens entered Estonia by land on Sunday, the Police and Border Guard Board said. The "
        "busiest crossing was Narva, with 4,300 arrivals. At Koidula, 1,150 people came in.\n\n"
        "About 2,400 Russians crossed back into Russia on Sunday, the board said."
    )
    assert placed(text, published=date(2022, 9, 26))[-1] == ("exits", 2400, "Estonia")


def test_going_back_after_one_crossings_entries_is_still_through_that_crossing():
    text = "At Koidula, 1,150 Russians came in on Sunday.\n\nAbout 400 Russians crossed back into Russia on Sunday, the board said."
    assert placed(text, published=date(2022, 9, 26)) == [("entries", 1150, "Koidula"), ("exits", 400, "Koidula")]
