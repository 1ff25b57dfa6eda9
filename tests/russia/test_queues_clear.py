"""Queues are bounded: after North Ossetia turns away outside cars, Verkhny Lars empties."""

from __future__ import annotations


def test_verkhny_lars_queue_clears_after_the_car_ban(run):
    crossings = run["russia.crossings"]
    lars = list(crossings.world.crossing_names).index("Verkhny Lars")
    queued = crossings.results["queued_people"][:, lars]
    ban_day = (run.dates == "2022-09-28").nonzero()[0][0]
    assert queued[:ban_day].max() > 5_000  # the late-September queue
    assert queued[-7:].max() == 0  # ... is gone by the end of October
    assert crossings.results["queued_vehicles"][ban_day + 2:, lars].max() == 0
