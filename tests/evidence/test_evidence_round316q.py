"""Rules added after the read of rounds 312-315 for periods, quantities, figures not read and distractors (branch
evr316q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1973, 10, 5)  # a Friday
COUP = date(1973, 9, 11)
TACNA = "TACNA, Peru, Oct. 5 - Peruvian border police said today that the flow of refugees had slowed.\n\n"


def _found(text, value=240):
    rows = figures(text, published=PUBLISHED, trigger=COUP, origin="Chile")
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


@pytest.mark.parametrize("verb", ["have returned home", "have gone home", "have returned to their country"])
def test_the_origins_nationals_going_home_through_a_crossing_into_the_host_that_files_the_report_leave_it(verb):
    found = _found(TACNA + f"Some 240 Chileans {verb} through Chacalluta since Monday, the police said.")
    assert found == [("exits", 240, "Chacalluta", date(1973, 10, 1), PUBLISHED)], found


def test_with_no_dateline_in_the_host_going_home_through_the_crossing_stays_an_entry():
    # ((branch evr552q) named by their nationality, people going home through a crossing leave there whatever the
    # dateline: exits, as LABELLING.md reads people going back home; a count named by no nationality stays entries)
    found = _found("Border police said today that the flow had slowed. Some 240 Chileans have returned home through "
                   "Chacalluta since Monday.")
    assert found and all(row[0] == "exits" for row in found), found
    found = _found("Border police said today that the flow had slowed. Some 240 people have returned home through "
                   "Chacalluta since Monday.")
    assert found and all(row[0] == "entries" for row in found), found
