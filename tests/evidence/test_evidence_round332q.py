"""Rules added after the read of rounds 328-331 for periods and quantities (branch evr332q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round328q import _found  # published Sunday 20 March 2022, origin Ukraine


def test_people_who_entered_and_have_stayed_are_net_arrivals():
    found = _found("Since 1 March about 2,640 Ukrainian nationals who entered through the northern posts have stayed in Moldova.")
    assert found == [("net_arrivals", 2640, "Moldova", date(2022, 3, 1), date(2022, 3, 20))], found


def test_people_who_crossed_and_have_remained_are_net_arrivals():
    found = _found("Border police said 2,640 refugees who crossed at night had remained in Moldovan territory since 1 March.")
    assert found == [("net_arrivals", 2640, "Moldova", date(2022, 3, 1), date(2022, 3, 20))], found


def test_people_who_entered_and_have_left_stay_entries_of_the_relative_clause():
    found = _found("Since 1 March 2,640 people who entered Moldova have left again for Romania.")
    assert found and found[0][0] != "net_arrivals", found


def test_since_early_weekday_runs_from_that_day_to_publication():
    found = _found("Since early Monday, when the guards left the fence, some 2,640 people have entered Moldova.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 14), date(2022, 3, 20))], found


def test_since_late_weekday_runs_from_that_day_to_publication():
    found = _found("Police said 2,640 people had crossed into Moldova since late Thursday, when the shelling stopped.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 17), date(2022, 3, 20))], found


def test_since_early_month_stays_the_months_start():
    found = _found("Since early March some 2,640 people have entered Moldova.")
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 1), date(2022, 3, 20))], found
