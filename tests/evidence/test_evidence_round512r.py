"""Rules added after the read of rounds 512-515 for figures not read and distractors (branch evr512r; sentences written
for these tests)."""

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_a_part_named_by_who_after_those_who_came_and_a_verb_is_no_figure():
    text = (
        "Since Monday, 9 400 Russian citizens have entered Kazakhstan at Kairak. "
        "Among those who entered there are 5 100 men."
    )
    assert rows_of(5100, text) == []
    assert [v for _, v, _ in placed(text)] == [9400]


def test_a_part_of_unaccompanied_minors_after_those_who_entered_are_is_no_figure():
    text = "Since Friday 12,300 people crossed into Moldova at Palanca. Among those who entered are 2.150 unaccompanied minors."
    assert rows_of(2150, text) == []


def test_both_parts_named_by_who_after_those_who_left_were_are_no_figure():
    text = (
        "In the past week 3 200 people left Belarus through Brest. "
        "Among those who left were 900 women and 410 minor children."
    )
    assert rows_of(900, text) == []
    assert rows_of(410, text) == []
    assert [v for _, v, _ in placed(text)] == [3200]


def test_people_a_border_guard_did_not_allow_to_enter_are_no_figure():
    text = "On Tuesday the Latvian guards at Terehova did not allow 412 citizens of Russia to enter, officials said."
    assert rows_of(412, text) == []


def test_men_who_were_not_allowed_to_board_are_no_figure():
    text = (
        "Our volunteers know of at least 75 men who were not allowed to board flights at Pulkovo and Domodedovo since "
        "last Friday, told they may not leave."
    )
    assert rows_of(75, text) == []


def test_people_who_entered_are_still_read_beside_those_not_allowed():
    text = "On Tuesday 2,300 Russians entered Latvia at Terehova; the guards did not allow 412 of them to go on."
    assert [r[:3] for r in rows_of(2300, text)] == [("entries", 2300, "Terehova")]


def test_families_counted_are_households_no_figure():
    text = "UNHCR has registered 3,200 families in Chaman in the past two weeks."
    assert rows_of(3200, text) == []


def test_families_beside_the_people_they_make_are_no_figure_but_the_people_are():
    text = "Some 2,100 families, or roughly 9,000 people, arrived in Arsal on Monday, the mayor said."
    assert rows_of(2100, text) == []
    assert [r[:3] for r in rows_of(9000, text)] == [("entries", 9000, "Arsal")]


def test_people_and_their_families_are_still_a_count():
    text = "Our clients have flown more than 1,200 developers and their families out of Russia since Wednesday."
    assert [r[:3] for r in rows_of(1200, text)] == [("departures_total", 1200, "Russia")]
