"""Rules added after the read of rounds 416-419 for figures not read and distractors (branch evr420r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_a_part_after_of_those_who_came_named_by_who_its_people_are_is_no_figure():
    text = (
        "On Friday 4,120 people crossed into Latvia at Terehova, the border guard said. Of those who crossed, "
        "3 870 citizens of the Russian Federation."
    )
    rows = quantities(text, published=date(2022, 10, 1), trigger=date(2022, 9, 21), origin="Russia")
    assert 3870 not in values(rows), rows
    assert ("entries", 4120.0) in rows, rows


def test_a_part_named_by_the_papers_its_people_held_is_no_figure():
    text = (
        "Last week 8,450 Russian citizens entered Finland at Vaalimaa, the guard said. Of those who arrived, 5,210 "
        "held a Finnish residence permit, 1,940 a work visa and 830 a Schengen visa."
    )
    rows = quantities(text, published=date(2022, 10, 3), trigger=date(2022, 9, 21), origin="Russia")
    assert not {5210, 1940, 830} & set(values(rows)), rows
    assert 8450 in values(rows), rows


def test_a_usual_day_told_at_the_clause_end_is_no_figure():
    text = (
        "Before the war, about 7,500 travellers passed the border post at Koidula on an ordinary winter day. On "
        "Monday 2,640 Russians entered Estonia at Koidula, the board said."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert 7500 not in values(rows), rows
    assert ("entries", 2640.0) in rows, rows


def test_a_platform_named_by_its_number_in_lower_case_is_no_count():
    text = (
        "At platform 7 of the central station, the night train from Minsk arrives on time. On Sunday 1,310 Russians "
        "arrived in Vilnius by train, the railway said."
    )
    rows = quantities(text, published=date(2022, 9, 26), trigger=date(2022, 9, 21), origin="Russia")
    assert 7 not in values(rows), rows
    assert 1310 in values(rows), rows


def test_a_house_number_after_its_street_is_no_count():
    text = (
        "On Tuesday 3,400 Russians left for Georgia at Upper Lars. The volunteers who feed those who leave sit at "
        "Mira avenue 17, near the market. Men leaving for Kazakhstan can stay at the shelter at Lenina street 21."
    )
    rows = quantities(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="Russia")
    assert not {17, 21} & set(values(rows)), rows
    assert 3400 in values(rows), rows


def test_people_helped_named_in_several_words_before_the_verb_are_no_movement():
    text = (
        "Some 6,300 Afghans were deported from Iran through Islam Qala last week. In all, 2,480 vulnerable women "
        "and unaccompanied children received emergency cash assistance at the border."
    )
    rows = quantities(text, published=date(2021, 11, 20), trigger=date(2021, 8, 15), origin="Iran")
    assert 2480 not in values(rows), rows
    assert 6300 in values(rows), rows


def test_people_who_applied_for_refugee_status_are_no_entries():
    text = (
        "Mexican officials said 900 migrants entered through the gate at Ciudad Hidalgo on Saturday. Some 1,340 "
        "people have applied for refugee status in Mexico since the group reached the river."
    )
    rows = quantities(text, published=date(2018, 10, 21), trigger=date(2018, 10, 13), origin="Honduras")
    assert 1340 not in values(rows), rows
    assert 900 in values(rows), rows


def test_people_given_an_identification_number_told_far_after_the_count_are_no_entries():
    text = (
        "On Monday 5,200 Russians entered Kazakhstan at Kairak, the border service said. Since 21 September, 27 "
        "thousand 300 foreign citizens from Russia have received an individual identification number in the region."
    )
    rows = quantities(text, published=date(2022, 10, 4), trigger=date(2022, 9, 21), origin="Russia")
    assert 27300 not in values(rows), rows
    assert ("entries", 5200.0) in rows, rows
