"""Rules added after the read of rounds 492-495 for periods and quantities (branch evr496q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_window_to_an_hour_with_a_m_today_runs_from_its_first_day():
    text = "Between Friday and 7:00 a.m. today, 212 Venezuelans entered Brazilian territory at Pacaraima."
    rows = rows_of(212, text, published=date(2019, 3, 4))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 3, 1), date(2019, 3, 4))]


def test_a_window_to_the_morning_of_today_runs_from_its_first_day():
    text = (
        "The coast guard said that from the morning of Thursday 5 March to the morning of today, 640 persons "
        "arrived on the island of Kos."
    )
    rows = rows_of(640, text, published=date(2020, 3, 7))
    assert [(r[3], r[4]) for r in rows] == [(date(2020, 3, 5), date(2020, 3, 7))]
