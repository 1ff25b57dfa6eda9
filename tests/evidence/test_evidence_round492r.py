"""Rules added after the read of rounds 488-491 for figures not read and distractors (branch evr492r; sentences
written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_a_roads_code_is_no_count_of_cars():
    text = "On Monday the line of cars on the M-4 highway outside the Novoazovsk checkpoint held about 900 cars, police said."
    assert placed(text) == [("queue_vehicles", 900, "Novoazovsk")]


def test_a_roads_code_before_a_queues_length_is_no_count():
    text = "The line of cars on the A-161 road in front of the Verkhny Lars checkpoint stretched for about 9 kilometres on Monday."
    assert placed(text) == [("queue_length_km", 9, "Verkhny Lars")]


def test_a_roads_code_in_a_request_to_drivers_is_no_count():
    text = "Please do not park lorries on the verge of federal road R-239 by the Mashtakovo checkpoint and do not leave litter."
    assert placed(text) == []
