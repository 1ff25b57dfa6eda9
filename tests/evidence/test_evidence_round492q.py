"""Rules added after the read of rounds 488-491 for periods and quantities (branch evr492q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_those_who_came_since_a_day_still_in_a_country_run_to_the_day_it_was_said():
    text = (
        '"By our count about 2,700 of those who came since September 21 are still in Armenia, mostly in Yerevan," '
        "a deputy minister told journalists on Tuesday."
    )
    rows = rows_of(2700, text, published=date(2022, 9, 30), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("net_arrivals", date(2022, 9, 21), date(2022, 9, 27))]
