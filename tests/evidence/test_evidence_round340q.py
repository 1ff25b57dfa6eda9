"""Rules added after the read of rounds 336-339 for periods and quantities (branch evr340q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2011, 3, 10)  # a Thursday


def _found(text, value=2640, origin="Libya"):
    rows = figures(text, published=PUBLISHED, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows if f.value == value]


def test_since_an_event_with_its_day_between_commas_runs_to_publication():
    found = _found("Since the start of the unrest in Libya, on 15 February, more than 2,640 Chadians have crossed into Niger at Madama.")
    assert found == [("entries", 2640, "Madama", date(2011, 2, 15), date(2011, 3, 10))], found


def test_since_an_event_with_its_day_between_commas_told_of_a_town():
    found = _found("Since the fighting around the port, on 1 March, some 2,640 people have arrived at Dirkou, officials said.")
    assert found and found[0][3:] == (date(2011, 3, 1), date(2011, 3, 10)), found


def test_another_nations_people_returned_to_the_country_come_into_theirs():
    found = _found("More than 2,640 Chadians have returned to the country since 1 March, the governor said.")
    assert found == [("entries", 2640, "Chad", date(2011, 3, 1), date(2011, 3, 10))], found


def test_another_nations_people_returned_home_named_by_the_adjective():
    found = _found("Some 2,640 Chadian workers have returned home since 1 March.")
    assert found == [("entries", 2640, "Chad", date(2011, 3, 1), date(2011, 3, 10))], found


def test_the_origins_own_people_returned_home_stay_going_back():
    found = _found("More than 2,640 Libyans have returned home since 1 March.")
    assert found and found[0][0] != "entries", found


def test_a_part_still_in_the_country_with_the_rest_moved_on_is_what_stayed():
    found = _found(
        "Since 1 March 9,000 Chadians have crossed into Niger. Officials estimated that about 2,640 of them are still in "
        "Niger, the rest having returned or moved on to Algeria."
    )
    assert found and found[0][0] == "net_arrivals", found


def test_a_part_waiting_with_the_rest_moved_on_is_not_what_stayed():
    found = _found(
        "Since 1 March 9,000 Chadians have crossed into Niger. About 2,640 of them were still waiting at Dirkou, the "
        "rest having moved on to Agadez."
    )
    assert not found or found[0][0] != "net_arrivals", found
