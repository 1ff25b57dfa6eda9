"""Rules added after the read of rounds 572-575 for figures not read and distractors (branch evr572r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

MOLDOVA_2022 = dict(published=date(2022, 3, 10), trigger=date(2022, 2, 24), origin="Ukraine")
KOSOVO_1999 = dict(published=date(1999, 4, 20), trigger=date(1999, 3, 24), origin="Serbia")
RUSSIA_2022 = dict(published=date(2022, 10, 5))
MYANMAR_2017 = dict(published=date(2017, 9, 20), trigger=date(2017, 8, 25), origin="Myanmar")
SUDAN_2023 = dict(published=date(2023, 5, 30), trigger=date(2023, 4, 15), origin="Sudan")


def values(text, **kwargs):
    return [row(f)[:2] for f in figures(text, **kwargs)]


def test_the_children_among_a_days_arrivals_at_a_crossing_are_no_figure():
    text = (
        "Yesterday 2,450 refugees crossed into Macedonia at Blace. Among yesterday's arrivals at Blace were some 900 "
        "children."
    )
    assert values(text, **KOSOVO_1999) == [("entries", 2450)]


def test_the_children_among_the_arrivals_of_a_span_are_no_figure():
    text = (
        "In the past 24 hours, 4,100 refugees entered Bangladesh at Teknaf. Among the arrivals of the past 24 hours "
        "were 1,950 children."
    )
    assert values(text, **MYANMAR_2017) == [("entries", 4100)]


def test_a_sum_in_shekels_written_nis_is_no_count():
    text = (
        "Since 21 September, 2,310 new immigrants from Russia have arrived in Israel. Each of them receives NIS 1,800 "
        "on landing."
    )
    assert values(text) == [("entries", 2310)]


def test_a_sum_in_uzbek_sum_is_no_count():
    text = (
        "On Monday 640 Russians crossed into Uzbekistan at Oybek. \"I flew to Samarkand on Friday and paid a driver to "
        "take me to the post for 380 000 sum.\""
    )
    assert values(text) == [("entries", 640)]


def test_booths_and_carriages_counted_are_no_people():
    text = (
        "The airport said 3,120 passengers from Russia arrived on Monday. All 14 passport control booths are open. "
        "A train of 18 carriages reached the border station."
    )
    assert values(text, **RUSSIA_2022) == [("entries", 3120)]


def test_a_bulleted_crossing_with_a_hyphen_before_its_count_of_persons_is_an_item():
    text = (
        "In the past 24 hours, 5 210 citizens of Ukraine entered the Republic of Moldova. The largest flows were "
        "recorded at:\n"
        "   - Palanca crossing point - 2 130 persons;\n"
        "   - Otaci crossing point - 1 040 persons.\n"
    )
    assert [row(f)[:3] for f in figures(text, **MOLDOVA_2022)] == [
        ("entries", 5210, "Moldova"),
        ("entries", 2130, "Palanca"),
        ("entries", 1040, "Otaci"),
    ]


def test_a_biometric_registration_count_is_no_figure():
    text = (
        "Since 15 April, 48 200 people have crossed from Sudan at Joda. So far 29 600 new arrivals have been "
        "registered biometrically."
    )
    assert values(text, **SUDAN_2023) == [("entries", 48200)]


def test_minutes_per_person_at_the_check_are_no_wait():
    text = (
        "Drivers at Upper Lars said they had waited 30 hours in the queue. On the Georgian side, passport control "
        "takes four to six minutes per person."
    )
    assert values(text, published=date(2022, 9, 28)) == [("wait_hours", 30)]


def test_the_parts_told_right_after_a_count_of_detained_persons_are_no_figures():
    text = (
        "On Monday, 18 September, border guards detained 11 persons, 8 Myanmar boatmen and 3 Bangladeshi brokers, "
        "at Teknaf."
    )
    assert values(text, **MYANMAR_2017) == [("arrests", 11)]
