"""Rules added after the read of rounds 460-463 for places (branch evr464p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_waiting_on_the_far_bank_opposite_a_post_are_that_posts():
    text = (
        "Boats kept landing at Teknaf through the night.\n\n"
        "Some 7,500 people are waiting on the Myanmar bank of the river opposite Shah Porir Dwip, local officials said."
    )
    assert ("other", 7500, "Shah Porir Dwip") in placed(text)


def test_people_gathered_at_the_zero_line_opposite_a_post_are_that_posts():
    text = (
        "New arrivals were registered at Teknaf on Tuesday.\n\n"
        "Around 2 800 people are gathered at the zero line opposite Anjuman Para, where guards let them over in groups."
    )
    assert ("other", 2800, "Anjuman Para") in placed(text)


def test_a_queue_at_a_post_opposite_another_stays_at_its_post():
    text = "At the Ozinki checkpoint, opposite Kazakhstan's Syrym, some 1,600 people were waiting on Friday."
    assert [p for q, v, p in placed(text) if v == 1600] == ["Ozinki"]


def test_a_second_count_fronted_by_its_own_post_after_and_at_is_that_posts():
    text = "On Sunday the border service said 3 700 people crossed from Russia at Kairak, and at Karaozek, in Atyrau region, some 2,450."
    rows = placed(text)
    assert ("entries", 3700, "Kairak") in rows
    assert ("entries", 2450, "Karaozek") in rows


def test_a_second_count_fronted_by_its_own_post_with_its_verb_after_it():
    text = "In the week border guards registered 6,300 arrivals at Kairak, and at Karaozek 940 people crossed on Monday."
    assert ("entries", 940, "Karaozek") in placed(text)


def test_a_line_told_after_a_post_fronting_a_second_count_is_the_first_posts():
    text = (
        "REPORTER: Guards tell us 3 700 people crossed from Russia at Kairak yesterday, and at Karaozek, in Atyrau "
        "region, some 2,450. This morning the line of cars at the post stretched for 4 kilometres."
    )
    assert [p for q, v, p in placed(text) if q == "queue_length_km"] == ["Kairak"]


def test_a_binational_centre_named_by_its_acronym_is_the_crossing_of_its_town():
    text = (
        "Nearly 6,200 Venezuelans entered Peru on Tuesday through the Binational Border Service Centre (CEBAF) of "
        "Tumbes, Migraciones said.\n\n"
        "By noon on Wednesday about 1,800 people were waiting in line outside the CEBAF."
    )
    rows = placed(text)
    assert ("entries", 6200, "Tumbes") in rows
    assert ("other", 1800, "Tumbes") in rows
