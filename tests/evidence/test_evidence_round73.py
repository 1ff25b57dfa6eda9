"""Rules added after reading round 73 (branch evr73b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import PUBLISHED, figures, placed  # published on a Friday, origin Russia


def test_a_crossing_set_off_by_its_distance_is_not_where_a_later_queue_is():
    text = (
        "Guards said 900 Russians entered Estonia through the Koidula checkpoint last week.\n\n"
        "At the Piusa checkpoint, 25 km to the south, about 150 came through in the same week.\n\n"
        "On Tuesday the line of cars on the Russian side was about 2 km long."
    )
    assert placed(text)[-1] == ("queue_length_km", 2, "Koidula")
    text = text.replace(", 25 km to the south,", "")
    assert placed(text)[-1] == ("queue_length_km", 2, "Piusa")  # (named plainly: the last crossing named)


def test_a_crossing_further_along_the_border_is_an_aside_too():
    text = (
        "Guards said 900 Russians entered Estonia through the Koidula checkpoint last week. At Piusa, the smaller "
        "crossing further south, 150 came through.\n\n"
        "Drivers said on Tuesday they had waited 6 hours."
    )
    assert placed(text)[-1] == ("wait_hours", 6, "Koidula")


def test_a_fare_now_is_dated_by_the_report_not_by_the_earlier_price_it_is_compared_with():
    text = (
        "A seat in a shared taxi from Pskov to Tallinn now costs 9,000 roubles, about $150, three times what it did "
        "in July."
    )
    found = figures(text)
    assert [(f.quantity, f.value, f.period.start, f.period.end) for f in found] == [
        ("flights_price_usd", 150, PUBLISHED, PUBLISHED)
    ]
    seen = "A seat in a shared taxi from Pskov to Tallinn now costs about $150 at the bus station on Monday."
    assert [(f.period.start, f.period.end) for f in figures(seen)] == [(date(2022, 9, 26), date(2022, 9, 26))]


def test_a_fare_takes_the_route_its_own_sentence_names_even_with_a_town_the_gazetteer_lacks():
    text = (
        "Many men came on the night bus from Kazan.\n\n"
        "Drivers in Kingisepp ask now 6,000 roubles (about $100) for the ride from Kingisepp to Narva."
    )
    assert placed(text)[-1] == ("flights_price_usd", 100, "Kingisepp - Narva")


def test_a_road_named_by_its_own_name_is_where_people_step_across():
    text = (
        "Police said 300 people had walked across the line at Mill Creek Road since Monday.\n\n"
        "On Tuesday evening about 40 people were waiting at the end of the road to step over."
    )
    assert [(q, v, p) for q, v, p in placed(text, origin="United States") if q == "other"] == [
        ("other", 40, "Mill Creek Road")
    ]


def test_a_ride_starts_where_its_drivers_wait_and_ends_at_the_bridge_or_the_roads_end():
    text = (
        "About 900 people crossed the Narva Bridge into Estonia on Tuesday.\n\n"
        "Taxi drivers in Kingisepp were charging 3,000 roubles, about $50, to take a family down to the bridge."
    )
    assert placed(text)[-1] == ("flights_price_usd", 50, "Kingisepp - Narva")
    text = "Taxi drivers at the Kingisepp bus station charge $40 for the ride to the end of Larch Road."
    assert placed(text) == [("flights_price_usd", 40, "Kingisepp - Larch Road")]


def test_the_other_countrys_post_is_not_where_a_later_queue_at_the_headlines_crossing_is():
    text = (
        "Long line at Verkhny Lars as men leave\n\n"
        "Some 5,000 Russians left through the crossing on Tuesday.\n\n"
        'The Georgian border guards at the post "Korvola" turned back 40 people.\n\n'
        "On Wednesday the queue before the checkpoint on the Russian side stretched to 9 kilometres."
    )
    assert placed(text)[-1] == ("queue_length_km", 9, "Verkhny Lars")
