"""Rules added after the read of rounds 428-431 for figures not read and distractors (branch evr432r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_relief_items_counted_by_the_piece_are_no_people():
    text = (
        "On Thursday 4 trucks carrying 2,400 plastic sheets, 1,100 jerrycans and 650 kitchen sets reached the camp. "
        "On Wednesday 1,700 refugees crossed into Chad."
    )
    rows = quantities(text, published=date(2004, 3, 5), origin="Sudan")
    assert 2400 not in values(rows) and 650 not in values(rows) and 1100 not in values(rows), rows
    assert ("entries", 1700.0) in rows, rows


def test_a_land_told_with_its_people_after_a_is_a_population():
    text = (
        "Lesotho, a mountain kingdom of about two million people, says 3,000 of its citizens crossed into South Africa "
        "on Monday."
    )
    rows = quantities(text, published=date(1998, 9, 23), origin="Lesotho")
    assert 2000000 not in values(rows), rows
    assert 3000 in values(rows), rows


def test_people_living_abroad_who_went_back_are_counted():
    text = "On Sunday about 640 Afghans living in Iran went back across the border into Afghanistan at Islam Qala."
    rows = quantities(text, published=date(2001, 10, 8), origin="Afghanistan")
    assert 640 in values(rows), rows


def test_the_hurt_in_an_aside_about_the_people_do_not_void_the_movement():
    text = (
        "Since Saturday, 870 Syrians, many of them wounded civilians and their families, have been let in through "
        "the Cilvegozu gate."
    )
    rows = quantities(text, published=date(2016, 2, 10), origin="Syria")
    assert ("entries", 870.0) in rows, rows


def test_a_crossing_then_a_move_on_to_a_camp_counts_the_crossing():
    text = "Last week 5,210 people crossed the river into Uganda at Elegu and were taken to the settlement at Adjumani."
    rows = quantities(text, published=date(2016, 7, 20), origin="South Sudan")
    assert ("entries", 5210.0) in rows, rows


def test_a_country_that_now_holds_people_has_them_still_there():
    text = "Thailand now holds some 41,000 Cambodians in its border camps, the UN said on Monday."
    rows = quantities(text, published=date(1979, 10, 22), origin="Cambodia")
    assert ("net_arrivals", 41000.0) in rows, rows


def test_what_a_post_can_handle_is_a_capacity():
    text = (
        "On Tuesday about 120 trucks were waiting at the post. The checkpoint can handle about 2 000 vehicles a day, "
        "officials said."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert 2000 not in values(rows), rows
    assert ("queue_vehicles", 120.0) in rows, rows
