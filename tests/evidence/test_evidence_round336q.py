"""Rules added after the read of rounds 332-335 for periods and quantities (branch evr336q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1987, 3, 14)  # a Saturday
LETTERHEAD = "REPUBLIC OF MALAWI\nMINISTRY OF INFORMATION\n\nPRESS STATEMENT\n\n"


def _found(text, value=2640, origin="Mozambique"):
    rows = figures(text, published=PUBLISHED, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


def test_going_home_through_the_hosts_crossing_under_its_letterhead_is_an_exit():
    found = _found(LETTERHEAD + "1. Since 1 March, 2,640 Mozambicans have returned to their country through Mwanza.")
    assert found == [("exits", 2640, "Mwanza", date(1987, 3, 1), date(1987, 3, 14))], found


def test_going_home_under_the_letterhead_with_the_nationality_left_to_the_origin():
    found = _found(LETTERHEAD + "2. Since 1 March, 2,640 displaced persons voluntarily returned to their country through Mwanza.")
    assert found == [("exits", 2640, "Mwanza", date(1987, 3, 1), date(1987, 3, 14))], found


def test_going_home_through_the_crossing_with_no_letterhead_stays_coming_home():
    # ((branch evr552q) named by their nationality, with no letterhead, people going home leave at the crossing: exits
    # there, as LABELLING.md reads people going back home; a count named by no nationality stays entries)
    found = _found("1. Since 1 March, 2,640 Mozambicans have returned to their country through Mwanza.")
    assert found and found[0][0] == "exits", found
    found = _found("1. Since 1 March, 2,640 workers have returned through Mwanza.")
    assert found and found[0][0] == "entries", found


def test_the_letterhead_of_the_home_country_leaves_coming_home():
    found = _found("REPUBLIC OF MOZAMBIQUE\nPRESS STATEMENT\n\n1. Since 1 March, 2,640 Mozambicans have returned to their country through Mwanza.")
    assert found and found[0][0] == "entries", found
