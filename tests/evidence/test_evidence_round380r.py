"""Rules added after the read of rounds 376-379 for figures not read and distractors (branch evr380r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import quantities

_rows = partial(quantities, published=date(2022, 10, 4), origin="Russia")


def test_a_day_and_month_with_a_dot_is_no_count():
    rows = _rows("Bus seats out of Russia to Tbilisi: none left for 26.09 and 27.09. On the bus of 28.09 we still have 4 seats.")
    assert not [r for r in rows if r[1] in (26.09, 27.09, 28.09)], rows


def test_a_clock_time_with_a_dot_is_no_count():
    rows = _rows("By 18.00 yesterday evening some 620 cars were waiting at Narva to leave Estonia for Russia.")
    assert not [r for r in rows if r[1] == 18], rows
    assert ("queue_vehicles", 620) in rows, rows


def test_a_decimal_with_a_multiplier_after_a_dot_date_word_is_still_read():
    rows = _rows("By Sunday some 1.20 million people had left Russia, officials said.")
    assert ("departures_total", 1_200_000) in rows, rows


def test_sorties_are_no_people():
    rows = _rows(
        "Allied aircraft flew about 640 sorties over Serbia overnight, while 3,100 refugees crossed into Albania at Morina.",
        published=date(1999, 4, 20), origin="Yugoslavia",
    )
    assert not [r for r in rows if r[1] == 640], rows
    assert ("entries", 3100) in rows, rows


def test_refugees_hosted_before_the_influx_are_a_stock():
    rows = _rows(
        "Chad already hosted about 80,000 refugees from the Central African Republic before the fighting, and 2,300 more "
        "crossed into Chad on Monday.",
        published=date(2014, 1, 8), origin="Central African Republic",
    )
    assert not [r for r in rows if r[1] == 80_000], rows
    rows = _rows(
        "The camp, which held 12,000 registered refugees before 3 May, received 900 new arrivals from Nigeria on Tuesday.",
        published=date(2015, 5, 8), origin="Nigeria",
    )
    assert not [r for r in rows if r[1] == 12_000], rows
    assert ("entries", 900) in rows, rows


def test_what_a_country_could_not_shelter_is_a_cap():
    rows = _rows(
        "The minister said 4,000 people crossed into Chad on Monday but warned that the country could not shelter more "
        "than 150,000 refugees in total.",
        published=date(2023, 5, 2), origin="Sudan",
    )
    assert not [r for r in rows if r[1] == 150_000], rows
    assert ("entries", 4000) in rows, rows


def test_people_walking_in_are_entries():
    rows = _rows(
        "Border guards at the Kenyan post counted 640 people walking in from Somalia on Tuesday.",
        published=date(2011, 7, 28), origin="Somalia",
    )
    assert ("entries", 640) in rows, rows


def test_people_waiting_to_be_registered_are_no_count():
    rows = _rows(
        "About 9,000 people are still waiting to be registered at the reception centre in Dadaab, officials said.",
        published=date(2011, 7, 28), origin="Somalia",
    )
    assert not [r for r in rows if r[1] == 9000], rows


def test_people_sent_on_by_train_leave():
    rows = _rows(
        "Since Monday about 4,000 refugees have been sent on by train from Ljubljana to Austria.",
        published=date(1992, 5, 14), origin="Bosnia and Herzegovina",
    )
    assert ("exits", 4000) in rows, rows
