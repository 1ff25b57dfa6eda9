"""Rules added after the read of rounds 356-359 for figures not read and distractors (branch evr360r; sentences
written for these tests)."""

from datetime import date

from exodus.evidence.figures import _phone_numbers
from tests.evidence.test_evidence_round70 import figures, row

PUBLISHED = date(2011, 3, 10)  # a Thursday
BASE = "On Wednesday 3,150 people entered Tunisia at Ras Jedir."


def _rows(text, origin="Libya"):
    return [row(f) for f in figures(text, published=PUBLISHED, origin=origin)]


def _values(text, origin="Libya"):
    return [row[1] for row in _rows(text, origin)]


def test_a_daily_level_opened_by_for_comparison_is_no_count():
    for said in (
        " For comparison, in March 2010 the guards cleared on average about 900 travellers a day.",
        " For comparison, before the uprising roughly 900 people a day crossed at the post.",
        " By comparison, in the year 2009 an average of 900 persons per day passed through Ras Jedir.",
    ):
        rows = _rows(BASE + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_a_dated_count_opened_by_for_comparison_is_kept():
    rows = _rows(BASE + " For comparison: on Tuesday, the last day before the closure, 2,480 people entered Tunisia at Ras Jedir.")
    assert 2480 in [row[1] for row in rows], rows


def test_what_a_camp_can_hold_is_no_count():
    for said in (
        " A tent camp was put up outside Ben Gardane; it can hold 4 000 people but has received only a few hundred so far.",
        " The sports hall could accommodate 1,200 people but has taken in only a few hundred.",
    ):
        rows = _rows(BASE + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_lines_to_call_and_accounts_are_no_counts():
    for said in (
        "- Donations by bank transfer: Banque de Tunisie, account 4417 2290 0815 3366.",
        " Information line for people arriving from Libya: +216 71 345 678 (7 days a week, 24h).",
    ):
        rows = _rows(BASE + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_a_line_named_after_its_body_is_a_phone_number():
    text = "All travellers are treated alike. The hotline of the Migration Office is 1700-1525."
    start = text.index("1700")
    assert (start, start + len("1700-1525")) in _phone_numbers(text, len(text))


def test_an_age_told_with_hes_is_no_count():
    for said in (
        " A driver from Sfax, he's 43, a mechanic, showed me his papers: he joined the queue on Monday.",
        " One nurse - she's 52 - walked over with her bags.",
    ):
        rows = _rows(BASE + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_a_terminal_or_gate_by_its_number_is_no_count():
    rows = _rows(BASE + " The terminal is at Gate 4, said Karim, 34, waiting at Terminal 2 with his sons.")
    assert [row[:2] for row in rows] == [("entries", 3150)], rows


def test_people_cleared_by_officers_at_a_post_are_entries():
    rows = _rows("On Wednesday officers at Ras Jedir cleared 4 870 persons, most of them Egyptian workers.")
    assert ("entries", 4870) in [row[:2] for row in rows], rows
    rows = _rows("On Wednesday the post cleared 612 people, its busiest day this year. The queue is 4 km long at Ras Jedir.")
    assert ("entries", 612) in [row[:2] for row in rows], rows


def test_those_who_came_and_are_still_staying_in_a_country_are_net_arrivals():
    rows = _rows("The ministry estimates that about 210,000 people who arrived from Libya are still staying in Tunisia, the rest having gone home.")
    assert ("net_arrivals", 210000) in [row[:2] for row in rows], rows
    rows = _rows("Some 8,300 citizens of Libya who arrived after 17 February are currently staying in Tunisia, the ministry said.")
    # (branch evr584q) from the day they came after to the day they are there, as LABELLING.md reads those who came
    # since or after a day and round 358's label was changed to on 5 Dec 2026 (publication alone until then)
    assert ("net_arrivals", 8300, "Tunisia", date(2011, 2, 17), PUBLISHED) in rows, rows


def test_those_staying_in_flats_are_still_a_stock():
    rows = _rows(BASE + " About 9,000 Libyans are now staying in rented flats in Tunis.")
    assert 9000 not in [row[1] for row in rows], rows


def test_numbers_in_names_and_decrees_are_no_counts():
    for said in (
        " Many crossed without the negative COVID-19 test required under Government Decree 27-2011.",
        " The trucks waited on the C-118 road all night.",
        " Entry is governed by Law 4/2011 and by Resolution 1970.",
    ):
        rows = _rows(BASE + said)
        assert [row[:2] for row in rows] == [("entries", 3150)], (said, rows)


def test_buses_laid_on_are_no_queue():
    for said in (
        " The governorate has provided 45 buses to transport the workers to Djerba.",
        " Since Monday 12,000 have left for Gabes on 80 buses chartered by the Egyptian government.",
        " The army sent 60 buses to the border.",
    ):
        rows = _rows(BASE + said)
        assert "queue_vehicles" not in [row[0] for row in rows], (said, rows)
    rows = _rows(BASE + " On Thursday a line of 70 buses waited at the post.")
    assert ("queue_vehicles", 70) in [row[:2] for row in rows], rows
