"""Rules added after the read of rounds 352-355 for places (branch evr356p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import rows_of

CASES = {
    # the host's officers named by their demonym ("Georgians quick, 15 minutes") in a report with no origin given: the
    # country people entered is not taken for the one they left, so the crossing they came through keeps its name
    "a_country_entered_is_not_the_origin_on_its_demonym_alone": (
        "Thread: Upper Lars today\n\n#12 Driver_77 - 30.09.2022, 09:40\nBorder police said: on Thursday through "
        "Upper Lars entered Georgia some 2 600 persons. Georgians quick, 15 minutes per car.",
        (None, date(2022, 9, 30), date(2022, 9, 21)),
        ("entries", 2600, "Verkhny Lars", date(2022, 9, 29), date(2022, 9, 29)),
    ),
    # a dispatch filed from a port of entry: a later paragraph's day count naming no place is the port's
    "a_day_count_under_a_port_dateline_is_the_ports": (
        "KEY WEST, Fla. (AP) - Boats carrying Cuban refugees kept arriving on Saturday.\n\nThe Coast Guard said "
        "1,730 Cubans came ashore Saturday, after 2,050 on Friday.",
        (None, date(1980, 5, 11), None),
        ("entries", 1730, "Key West", date(1980, 5, 10), date(1980, 5, 10)),
    ),
    # the town the people came from, given by its other name in brackets after "from": not where a later count was made
    "a_town_left_named_again_in_brackets_is_not_the_crossing": (
        "Officials at the bridge said some 6.000 Haitians entered Dajabón on Monday, most of them traders from Juana "
        "Méndez (Ouanaminthe). On Friday, 4.200 had crossed.",
        (None, date(2021, 7, 20), None),
        ("entries", 4200, "Dajabon", date(2021, 7, 16), date(2021, 7, 16)),
    ),
}


@pytest.mark.parametrize(("text", "document", "expected"), CASES.values(), ids=CASES.keys())
def test_the_place_of_the_row(text, document, expected):
    origin, published, trigger = document
    found = rows_of(expected[1], text, published=published, trigger=trigger, origin=origin)
    assert found and all(row == expected for row in found), found
