"""Rules added after the read of rounds 392-395 for periods and quantities (branch evr396q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_feed_of_posts_stamped_with_at_and_a_time_dates_each_posts_today():
    text = (
        "Volunteer kitchen at the station, public posts\n\n---\n"
        "March 3, 2023 at 22:05\n\n"
        "Long day. A family from Kharkiv told us they waited 30 hours at the Medyka crossing this morning.\n\n---\n"
        "March 6, 2023 at 9:40 pm\n\n"
        "Quieter now, the bus drivers say the trip is easier."
    )
    rows = rows_of(30, text, published=date(2023, 3, 7), trigger=date(2022, 2, 24))
    assert [(r[0], r[3], r[4]) for r in rows] == [("wait_hours", date(2023, 3, 3), date(2023, 3, 3))]


def test_kilometres_joined_by_and_to_the_clause_after_stay_a_queue():
    text = "Drivers coming back tonight say the line before Verkhny Lars is now 15 km and people wait a whole day."
    rows = rows_of(15, text, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["queue_length_km"]
