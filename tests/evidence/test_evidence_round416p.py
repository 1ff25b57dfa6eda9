"""Rules added after the read of rounds 412-415 for places (branch evr416p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_queue_stretching_back_past_a_village_is_the_posts_queue():
    text = (
        "The checkpoint at Karaozek has become the busiest in the district.\n\n"
        "By Thursday evening the line of cars stretched for 9 km, back past the turn to the village of Troitsk, "
        "and police counted about 1 200 cars in it."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("queue_length_km", 9, "Karaozek") in rows
    assert ("queue_length_km", 9, "Troitsk") not in rows


def test_a_queue_reaching_beyond_a_village_is_the_posts_queue():
    text = (
        "The checkpoint at Karaozek has become the busiest in the district.\n\n"
        "On Friday the queue extended 7 km beyond the village of Troitsk."
    )
    rows = placed(text, published=date(2022, 9, 30), trigger=None, origin="Russia")
    assert ("queue_length_km", 7, "Karaozek") in rows


def test_a_compass_region_of_kazakhstan_entered_by_name_is_the_country():
    # LABELLING.md: a region with no town of its name stays at its country (the labels of rounds 289, 302, 388 and
    # 412 that kept "North/West Kazakhstan" were brought to it on 6 Dec 2026, and the rule that read the region went)
    text = "Since the decree more than 18 500 Russian citizens have entered North Kazakhstan region, the akimat said on Monday."
    rows = placed(text, published=date(2022, 10, 3), trigger=None, origin="Russia")
    assert ("entries", 18500, "Kazakhstan") in rows
    assert all(place != "North Kazakhstan" for _q, _v, place in rows)


def test_a_compass_region_after_the_stays_the_country():
    text = "Since the decree across the East Kazakhstan region entered about 12 thousand citizens of Russia, the service said."
    rows = placed(text, published=date(2022, 10, 3), trigger=None, origin="Russia")
    assert all(place != "East Kazakhstan" for _q, _v, place in rows)


def test_a_window_ending_on_a_weekday_names_no_place_for_the_count_after_a_crossing():
    text = (
        "On Monday, 615 people entered Finland through Nuijamaa, the border guard said. The day before, 540 came in. "
        "In the week to Monday, 3 910 travellers entered."
    )
    rows = placed(text, published=date(2022, 9, 27), trigger=None, origin="Russia")
    assert ("entries", 3910, "Nuijamaa") in rows
    assert ("entries", 3910, "Finland") not in rows


def test_people_deported_are_out_of_the_country_sending_them_not_their_own():
    text = (
        "Immigration agents deported 2,210 Haitians on Friday, of whom 1,050 were handed over to Haitian officials at "
        "Jimaní and 700 at Pedernales, the directorate said."
    )
    rows = placed(text, published=date(2023, 10, 21), trigger=None, origin="Dominican Republic")
    assert ("exits", 2210, "Dominican Republic") in rows
    assert ("exits", 2210, "Haiti") not in rows


def test_people_remaining_in_the_country_are_the_reports_host_not_where_others_went_on_to():
    text = (
        "Refugees from Ukraine keep entering Moldova\n\n"
        "More than 61,000 people have entered Moldova from Ukraine since the invasion, the border police said.\n\n"
        "Many move on. About 30,000 have left Moldova for Romania, the ministry said. Around 28,500 Ukrainians remain in the "
        "country, most of them with families."
    )
    rows = placed(text, published=date(2022, 3, 3), trigger=date(2022, 2, 24), origin="Ukraine")
    assert ("net_arrivals", 28500, "Moldova") in rows
    assert ("net_arrivals", 28500, "Romania") not in rows
