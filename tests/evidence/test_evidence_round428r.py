"""Rules added after the read of rounds 424-427 for figures not read and distractors (branch evr428r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, quantities, values


def test_a_monthly_rate_before_a_month_named_alone_is_no_figure():
    text = (
        "Before March, Turkey took in an average of about 200 Syrians in a week, officials say. On Friday 1,300 "
        "Syrians crossed into Turkey at Kilis."
    )
    rows = quantities(text, published=date(2013, 5, 4), origin="Syria")
    assert 200 not in values(rows), rows
    assert ("entries", 1300.0) in rows, rows


def test_a_daily_rate_before_a_month_named_alone_is_no_figure():
    text = (
        "Before June, the officers said, some 40 people a day crossed the bridge. On Tuesday 900 people crossed "
        "into Ecuador."
    )
    rows = quantities(text, published=date(2001, 7, 4), origin="Colombia")
    assert 40 not in values(rows), rows
    assert ("entries", 900.0) in rows, rows


def test_cities_counted_with_their_countrys_name_are_no_people():
    text = (
        "Police have arrested more than 1,300 people at rallies in at least 30 Russian cities. On Monday 7,000 "
        "Russians entered Georgia."
    )
    rows = quantities(text, published=date(2022, 9, 27), origin="Russia")
    assert 30 not in values(rows), rows
    assert ("arrests", 1300.0) in rows, rows


def test_a_towns_people_after_an_is_a_population():
    text = (
        "On Monday 800 Colombians crossed into Ecuador at San Miguel. Tulcan, an old market town of about 52,000 "
        "people, has seen fighting spill over from Colombia."
    )
    rows = quantities(text, published=date(2001, 2, 13), origin="Colombia")
    assert 52000 not in values(rows), rows
    assert ("entries", 800.0) in rows, rows


def test_a_toll_free_line_is_a_phone_number():
    text = (
        "On Sunday 2,100 Burundians crossed into Rwanda at Nemba. For information, the agency can be reached on its "
        "toll-free line 4040."
    )
    rows = quantities(text, published=date(2015, 5, 4), origin="Burundi")
    assert 4040 not in values(rows), rows
    assert ("entries", 2100.0) in rows, rows


def test_vehicles_counted_at_one_post_then_at_others_with_the_noun_left_out():
    text = (
        "At 9:00 on Friday, 2,300 cars were queuing on the Russian side at Verkhny Lars, 700 at Kazbegi and about "
        "400 at Sadakhlo, officials said."
    )
    rows = quantities(text, published=date(2022, 9, 30), origin="Russia")
    assert ("queue_vehicles", 700.0) in rows, rows
    assert ("queue_vehicles", 400.0) in rows, rows


def test_people_killed_by_shelling_are_no_figure():
    text = (
        "Some 12,000 Rwandans crossed into Zaire at Goma on Saturday. Shells landed near the airport on Sunday, "
        "killing at least 25 people."
    )
    rows = quantities(text, published=date(1994, 7, 18), origin="Rwanda")
    assert 25 not in values(rows), rows
    assert ("entries", 12000.0) in rows, rows


def test_the_killing_of_someone_is_no_casualty_count():
    text = "Since the killing of the mayor on Monday, more than 9,000 people have crossed into Chad at Adre."
    rows = quantities(text, published=date(2023, 6, 16), origin="Sudan")
    assert ("entries", 9000.0) in rows, rows


def test_a_usual_weekend_is_no_figure():
    text = (
        "Over the weekend 11,200 Russians entered Finland. That is still well below the old level: on a usual "
        "weekend in the summer of 2019, more than 21 000 Russians crossed the border."
    )
    rows = quantities(text, published=date(2022, 9, 26), origin="Russia")
    assert 21000 not in values(rows), rows
    assert ("entries", 11200.0) in rows, rows


def test_bicycles_left_at_a_post_are_no_people():
    text = (
        "On Saturday 1,800 Russians crossed into Norway at Storskog. Police said some 55 bicycles were left on the "
        "Norwegian side last week."
    )
    rows = quantities(text, published=date(2022, 10, 3), origin="Russia")
    assert 55 not in values(rows), rows
    assert ("entries", 1800.0) in rows, rows


def test_vehicles_sent_to_carry_people_are_no_queue():
    text = (
        "Some 3,000 Guatemalans crossed into Mexico at Ciudad Cuauhtemoc on Monday. The army has sent 14 trucks to "
        "carry the sick from the border to Comitan."
    )
    rows = quantities(text, published=date(1982, 8, 17), origin="Guatemala")
    assert ("queue_vehicles", 14.0) not in rows, rows
