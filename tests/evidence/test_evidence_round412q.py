"""Rules added after the read of rounds 408-411 for periods and quantities (branch evr412q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_since_midnight_is_the_day_of_publication_not_the_day_told_before():
    text = (
        "On Monday 1,200 people crossed at Kapitan Andreevo, police said, and since midnight another 640 have "
        "arrived at the checkpoint."
    )
    rows = rows_of(640, text, published=date(2015, 9, 8), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2015, 9, 8), date(2015, 9, 8))]


def test_since_dawn_is_the_day_of_publication():
    text = "On Saturday 900 refugees came over the bridge at Gevgelija, and since dawn 310 more have crossed."
    rows = rows_of(310, text, published=date(2015, 9, 7), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2015, 9, 7), date(2015, 9, 7))]


def test_last_two_weekdays_are_both_days():
    text = "A driver told us he waited 30 hours in the queue at Kazbegi last Sunday and Monday before he got through."
    rows = rows_of(30, text, published=date(2022, 10, 5), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 2), date(2022, 10, 3))]


def test_since_the_opening_runs_from_the_trigger():
    text = (
        "Three weeks after the two governments reopened the Humera crossing on 7 January, the traffic has not eased. "
        "On Monday, officials counted 800 people crossing into Ethiopia. "
        "Since the opening, more than 9,000 people have crossed at Humera."
    )
    rows = rows_of(9000, text, published=date(2019, 1, 28), trigger=date(2019, 1, 7))
    assert [(r[3], r[4]) for r in rows] == [(date(2019, 1, 7), date(2019, 1, 28))]


def test_arrivals_on_flights_in_a_paragraph_about_hotels_are_entries():
    text = (
        "In Batumi, the city hall said 2 100 Russian citizens arrived in the city in the past week, most of them on "
        "flights from Moscow and Sochi. Hotel occupancy in Batumi has reached 88 percent, against 55 percent a year "
        "ago, and a room in a hotel on the seafront costs 150 lari a night."
    )
    rows = rows_of(2100, text, published=date(2022, 10, 6), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["entries"]


def test_the_first_n_days_after_the_trigger_count_the_trigger_day_as_the_first():
    text = "A source in the border service said 74,000 people left the country in the first three days after the order."
    rows = rows_of(74000, text, published=date(2022, 10, 3), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 9, 23))]
