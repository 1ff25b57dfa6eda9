"""Rules added after reading round 81 (branch evr81b; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed  # published on a Friday


def test_a_queue_at_the_far_side_post_is_the_crossing_named_before():
    text = (
        "Border guards at the Tellin post said 2,000 people had crossed from Moldova on Thursday.\n\n"
        "The line of cars waiting on the Moldovan side at Varnek stretched for about 6 kilometres on Thursday. "
        "Some drivers said they had waited as long as 20 hours."
    )
    assert placed(text, origin="Moldova") == [
        ("entries", 2000, "Tellin"), ("queue_length_km", 6, "Tellin"), ("wait_hours", 20, "Tellin"),
    ]


def test_people_waiting_at_a_post_on_a_hyphenated_countrys_side_are_at_the_crossing_named_before():
    text = (
        "Some 3,000 people crossed at the Tellin border post on Thursday, officials said.\n\n"
        "Between 1,000 and 2,000 others were waiting at Varnek on the Guinea-Bissau side of the post on Thursday evening."
    )
    assert placed(text, origin="Guinea-Bissau") == [("entries", 3000, "Tellin"), ("other", 2000, "Tellin")]


def test_a_crossing_named_by_both_its_towns_goes_by_the_side_not_said_to_be_on_a_side():
    # (branch evsides: the town the queue is at, Varnek, until then; the two sides of one crossing are one place, named
    # by the side the report names without a side)
    text = (
        "Long queues at the Varnek-Tellin crossing.\n\n"
        "Our reporter at Tellin says the line on the Moldovan side at Varnek stretched for about 3 kilometres on Thursday."
    )
    assert [p for _, _, p in placed(text, origin="Moldova")] == ["Tellin"]


def test_a_length_restated_in_brackets_in_other_units_is_one_figure():
    text = "The queue at the Tellin post stretched for about 15 kilometers (nine miles) on Thursday."
    assert placed(text, origin="Moldova") == [("queue_length_km", 15, "Tellin")]


def test_a_fare_to_the_border_after_a_far_side_post_ends_at_the_crossing():
    text = (
        "Some 3,000 people crossed at the Tellin border post on Thursday, officials said.\n\n"
        "About 1,000 others were waiting at Varnek on the Moldovan side of the post on Thursday evening.\n\n"
        "A minibus from Chisinau to the border now costs 900 lei, about $45, travellers said."
    )
    assert placed(text, origin="Moldova")[-1] == ("flights_price_usd", 45, "Chisinau - Tellin")
