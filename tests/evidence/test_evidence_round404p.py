"""Rules added after the read of rounds 400-403 for places (branch evr404p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_paper_told_or_its_correspondent_is_no_place():
    text = (
        "Irbid - Al Rai correspondent\n\n"
        "Jordanian border guards received 2,450 Syrian refugees overnight on Tuesday, an army officer told Al Rai."
    )
    rows = placed(text, published=date(2013, 2, 13), trigger=None, origin="Syria")
    assert ("entries", 2450, "Jordan") in rows
    assert ("entries", 2450, "Cobanbey") not in rows


def test_a_place_told_of_by_its_own_people_stays_a_place():
    text = "Officials told Jordan's border guards that 2,450 Syrian refugees crossed into Jordan overnight on Tuesday."
    rows = placed(text, published=date(2013, 2, 13), trigger=None, origin="Syria")
    assert ("entries", 2450, "Jordan") in rows


def test_a_reporters_town_before_the_crossing_the_count_is_at_is_not_the_counts_place():
    text = (
        "The flight from the mobilisation goes on.\n\n"
        "Our correspondent in Vladikavkaz, Ivan Petrov, reports that about 3,000 people are still gathered on the "
        "Russian side below the Verkhny Lars checkpoint, waiting for their turn to cross."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("other", 3000, "Verkhny Lars") in rows
    assert ("other", 3000, "Vladikavkaz") not in rows


def test_a_reporter_at_a_crossing_tells_of_the_count_made_there():
    text = (
        "The flight from the mobilisation goes on.\n\n"
        "Our correspondent at the Verkhny Lars checkpoint says about 3,000 cars are queuing on the road to Georgia."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("queue_vehicles", 3000, "Verkhny Lars") in rows
