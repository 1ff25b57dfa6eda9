"""Rules added after reading round 78 (branch evr78b; sentences written for these tests)."""

from exodus.evidence.gazetteer import find_places
from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday, origin Russia


def test_a_post_named_right_after_the_word_post_is_a_crossing():
    text = "Through the post Dostyk for the last day passed about 3 thous. persons, the border guards say."
    assert placed(text) == [("entries", 3000, "Dostyk")]


def test_a_wait_in_expectation_named_before_the_count_is_people_waiting():
    text = "At the Kairak checkpoint in expectation stay 4 thousand persons on Thursday."
    assert [(f.quantity, f.value, f.place) for f in figures(text)] == [("other", 4000, "Kairak")]


def test_more_right_before_a_count_is_a_lower_bound():
    text = "At the Kairak checkpoint in expectation stay more 4 thousand persons on Thursday."
    assert [(f.quantity, f.value_low, f.place) for f in figures(text)] == [("other", 4000, "Kairak")]


def test_a_motorbike_hired_to_the_border_is_a_fare():
    text = (
        "On Thursday 600 Russians crossed at Kairak.\n\n"
        '"I paid 3,000 roubles, about $50, to a motorbike rider to take me from Torvik to the border on Thursday," one man said.'
    )
    assert ("flights_price_usd", 50, "Torvik - Kairak") in placed(text)


def test_the_lao_landing_opposite_nong_khai_is_nong_khai():
    text = "Police said 900 people were waiting at Tha Deua on Thursday night for boats across the river."
    assert placed(text) == [("other", 900, "Nong Khai")]


def test_a_city_once_spelled_udorn_is_udon_thani():
    assert [(m.place.name, m.place.country) for m in find_places("the air base at Udorn")] == [("Udon Thani", "Thailand")]


def test_barnaul_is_a_russian_city():
    assert [(m.place.name, m.place.country) for m in find_places("a protest in Barnaul")] == [("Barnaul", "Russia")]
