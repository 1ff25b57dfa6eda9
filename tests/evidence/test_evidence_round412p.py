"""Rules added after the read of rounds 408-411 for places (branch evr412p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_region_entered_by_its_name_is_its_seat_town():
    text = "Officials said about 6,350 Burundians had arrived in Kigoma region from across the lake since Friday."
    rows = placed(text, published=date(2015, 5, 12), trigger=None, origin="Burundi")
    assert ("entries", 6350, "Kigoma") in rows
    assert ("entries", 6350, "Tanzania") not in rows


def test_a_region_crossed_into_with_the_is_its_seat_town():
    text = "Relief workers counted some 4,720 Nigerians who crossed into the Diffa region over the weekend, the ministry said."
    rows = placed(text, published=date(2015, 2, 9), trigger=None, origin="Nigeria")
    assert ("entries", 4720, "Diffa") in rows
    assert ("entries", 4720, "Niger") not in rows


def test_a_region_entered_written_with_a_capital_noun_is_its_seat_town():
    text = "The commissioner said that more than 2,480 refugees entered Kigoma Region in the past two days."
    rows = placed(text, published=date(2015, 5, 12), trigger=None, origin="Burundi")
    assert ("entries", 2480, "Kigoma") in rows


def test_regions_listed_before_a_plural_noun_stay_their_country():
    text = "Some 3,900 people from Mozambique crossed into the Mwanza and Chikwawa districts during the week, officials said."
    rows = placed(text, published=date(2015, 1, 20), trigger=None, origin="Mozambique")
    assert ("entries", 3900, "Malawi") in rows  # (a guard)


def test_of_them_with_a_crossing_is_the_parts_place_not_the_wholes():
    text = (
        "On Tuesday 7 310 Russian citizens entered Uzbekistan, of them 3 050 through the Gishtkuprik checkpoint, "
        "the border troops said."
    )
    rows = placed(text, published=date(2022, 10, 5), trigger=None, origin="Russia")
    assert ("entries", 7310, "Uzbekistan") in rows
    assert ("entries", 3050, "Zhibek Zholy") in rows


def test_among_them_with_a_crossing_is_the_parts_place_not_the_wholes():
    text = "On Monday 4,640 people entered Kazakhstan, among them 1,980 through the Kairak checkpoint, officials said."
    rows = placed(text, published=date(2022, 10, 4), trigger=None, origin="Russia")
    assert ("entries", 4640, "Kazakhstan") in rows


def test_among_them_of_who_they_are_leaves_the_place_after_it_to_the_whole():
    text = "Honduran soldiers detained 14 refugees, among them 5 women, at the La Virtud reception point on 3 March."
    rows = placed(text, published=date(1981, 3, 4), trigger=None, origin="El Salvador")
    assert ("arrests", 14, "Honduras") in rows  # (a guard: the part's aside ends at its count's word, "women")


def test_a_count_over_two_named_bridges_is_the_countrys():
    text = (
        "Queues grew at Kairak, in Kazakhstan, all week.\n\n"
        "On Tuesday, 7,250 people crossed the bridges at Kairak and Zhumbakty, the border service said."
    )
    rows = placed(text, published=date(2022, 9, 28), trigger=None, origin="Russia")
    assert ("entries", 7250, "Kazakhstan") in rows


def test_a_count_at_the_two_posts_is_the_countrys():
    text = (
        "Most of the cars came in through Kairak, on the road from Troitsk. "
        "On Sunday, about 8,100 people entered through the two checkpoints."
    )
    rows = placed(text, published=date(2022, 9, 28), trigger=None, origin="Russia")
    assert ("entries", 8100, "Kazakhstan") in rows


def test_a_part_through_one_post_after_all_posts_keeps_its_post():
    text = "On Tuesday 9,870 Russians entered Georgia through all checkpoints, 5,940 of them through Verkhny Lars."
    rows = placed(text, published=date(2022, 9, 28), trigger=None, origin="Russia")
    assert ("entries", 5940, "Verkhny Lars") in rows  # (a guard: the several posts stand before the part's count)
