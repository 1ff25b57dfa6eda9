"""Rules added after the read of rounds 396-399 for places (branch evr400p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_count_all_of_which_came_through_a_crossing_is_at_the_crossing():
    text = (
        "The ministry gave its daily figures at noon.\n\n"
        "Since Friday 18 300 people have entered Armenia, all of them through the Kornidzor checkpoint, officials said."
    )
    rows = placed(text, published=date(2023, 9, 26), trigger=None, origin="Azerbaijan")
    assert ("entries", 18300, "Kornidzor") in rows
    assert ("entries", 18300, "Armenia") not in rows


def test_a_count_of_which_most_came_through_a_crossing_is_still_no_crossings():
    text = (
        "The ministry gave its daily figures at noon.\n\n"
        "Since Friday 18 300 people have entered Armenia, most of them through the Kornidzor checkpoint, officials said."
    )
    rows = placed(text, published=date(2023, 9, 26), trigger=None, origin="Azerbaijan")
    assert ("entries", 18300, "Kornidzor") not in rows


def test_a_queue_from_the_checkpoint_back_towards_a_named_junction_is_the_checkpoints():
    text = (
        "Russians keep coming to the Zhaisan checkpoint, the border service said.\n\n"
        "On Tuesday the line stretched for nine kilometres, from the checkpoint back towards the Sol-Iletsk turn-off."
    )
    rows = placed(text, published=date(2022, 9, 27), trigger=None)
    assert ("queue_length_km", 9, "Sagarchin") in rows
    assert ("queue_length_km", 9, "Sol-Iletsk") not in rows


def test_bare_crossings_after_a_count_at_a_town_over_a_bridge_stay_at_the_town():
    text = (
        "Fighting flared again near Myawaddy at the weekend.\n\n"
        "Officials said some 900 people crossed into Mae Sot over the Friendship Bridge on Saturday. On Sunday "
        "another 640 people crossed, and in all about 1,540 have crossed since Saturday."
    )
    rows = placed(text, published=date(2024, 4, 22), trigger=None, origin="Myanmar")
    assert ("entries", 640, "Mae Sot") in rows
    assert ("entries", 1540, "Mae Sot") in rows
    assert ("entries", 640, "Friendship Bridge") not in rows


def test_a_part_through_a_post_facing_a_town_leaves_the_whole_count_at_the_country():
    text = (
        "The agency spoke in Geneva on Friday.\n\n"
        "Since 3 May, more than 21,600 people have crossed from South Sudan into Uganda, most of them through the "
        "Elegu border point, opposite the South Sudanese town of Nimule. The flow continues."
    )
    rows = placed(text, published=date(2016, 5, 20), trigger=None, origin="South Sudan")
    assert ("entries", 21600, "Uganda") in rows
    assert ("entries", 21600, "Nimule") not in rows


def test_a_fare_from_the_port_starts_at_the_port_of_entry_named_before():
    text = (
        "Russians from Altai keep arriving at the Tsagaannuur port of entry, officials said on Tuesday.\n\n"
        "Many want to go on to Ulaanbaatar. Drivers now ask about USD 45 a seat from the port to Ulgii."
    )
    rows = placed(text, published=date(2022, 9, 27), trigger=None)
    assert ("flights_price_usd", 45, "Tsagaannuur - Ulgii") in rows
