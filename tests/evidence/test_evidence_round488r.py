"""Rules added after the read of rounds 484-487 for figures not read and distractors (branch evr488r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_men_called_up_by_mistake_who_returned_home_are_no_count():
    text = "On Tuesday 312 men who were called up by mistake returned home, the governor said."
    assert rows_of(312, text, published=date(2022, 9, 29)) == []


def test_men_mistakenly_called_up_are_no_count():
    text = "According to the district office, 2,450 men mistakenly called up have returned home since Friday."
    assert rows_of(2450, text, published=date(2022, 10, 3)) == []


def test_men_called_up_in_violation_of_the_rules_are_no_count():
    text = "Some 1,800 citizens who were called up in violation of the rules went back home in October, officials said."
    assert rows_of(1800, text, published=date(2022, 11, 2)) == []


def test_the_call_up_target_is_still_read():
    text = "The decree of 21 September orders 300,000 reservists to be called up, the ministry said."
    rows = rows_of(300000, text, published=date(2022, 9, 23))
    assert [r[0] for r in rows] == ["other"]


def test_men_mobilised_and_sent_to_an_assembly_point_are_no_count():
    text = "On Monday 860 men from Buryatia were mobilised and sent to the assembly point at Ulan-Ude."
    assert rows_of(860, text, published=date(2022, 9, 27)) == []
