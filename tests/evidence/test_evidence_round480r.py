"""Rules added after the read of rounds 476-479 for figures not read and distractors (branch evr480r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_visitor_trips_to_a_named_country_are_entries_into_it():
    text = "In August 2023, citizens of Ukraine made 48 310 international visitor trips to Moldova, the agency said."
    rows = rows_of(48310, text, published=date(2023, 9, 12), trigger=None, origin="Ukraine")
    assert [(r[0], r[2]) for r in rows] == [("entries", "Moldova")]


def test_trips_of_citizens_to_a_named_country_are_entries_into_it():
    text = "The border service table shows 1.4 million trips of Russian citizens to Finland in April-June."
    rows = rows_of(1400000, text, published=date(2022, 8, 10))
    assert [(r[0], r[2]) for r in rows] == [("entries", "Finland")]


def test_a_vehicles_trips_are_no_count_of_people():
    text = "Since Monday the ferries have made 140 trips, the port authority said."
    assert rows_of(140, text, published=date(2022, 8, 10)) == []


def test_a_numbered_item_by_day_with_leader_dots_is_read_at_the_lead_ins_place():
    text = (
        "Landings at Key West by day, as of noon:\n\n"
        "1. Saturday, May 3 ........ 260 persons (11 boats)\n"
        "2. Sunday, May 4 ...... 735 persons (30 boats)\n"
    )
    kept = placed(text, published=date(1980, 5, 5), trigger=None, origin="Cuba")
    assert ("entries", 260, "Key West") in kept
    assert ("entries", 735, "Key West") in kept


def test_nights_of_lodging_are_no_count_of_people():
    text = (
        "Hotels in Batumi registered 98 400 overnight stays by guests from Armenia in May. The average length of stay "
        "was 4.2 nights. The shelter in Saburtalo logged 310 bed-nights this week."
    )
    for value in (98400, 4.2, 310):
        assert rows_of(value, text, published=date(2022, 6, 14)) == []


def test_a_speed_is_no_count_nor_a_queues_length():
    text = (
        "The storm crossed the coast with winds near 165 mph (265 km/h). On the map a jam in red means traffic moves "
        "below 15 km/h, and the queue at Verkhny Lars stretched 12 km."
    )
    for value in (165, 265, 15):
        assert rows_of(value, text) == []
    assert [r[0] for r in rows_of(12, text)] == ["queue_length_km"]
