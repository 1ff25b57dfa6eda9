"""Flee movement rules on a tiny map where the right answer is known."""

from __future__ import annotations

import numpy as np

import exodus
from tests.tiny import tiny_scenario


def agents(sim, place: str) -> np.ndarray:
    return sim["flee.movement"].results["agents"][:, sim.network.index[place]]


def test_spawned_people_flee_to_camps_and_stay():
    sim = exodus.Sim(tiny_scenario(), seed=1).run()
    assert sim.people.count == 1000
    settled = agents(sim, "C")[-1] + agents(sim, "D")[-1]
    assert settled >= 990  # camps keep people (move chance 0.001 a day)
    # nearer camp C (50 km from B) draws more than D (150 km): weight ~ 1/(10 + km)
    assert agents(sim, "C")[-1] > 2 * agents(sim, "D")[-1]


def test_turning_straight_back_is_rarer_than_in_flee():
    # From hub B, people pick A (where they came from), C or D. A conflict zone holds half
    # its people a day, so without returns A empties geometrically: ~1000 person-days.
    movement = {"conflict_movechance": 0.5}
    at_a = {}
    for weight in (0.0, 0.3, 1.0):
        sim = exodus.Sim(tiny_scenario(movement=movement), seed=2,
                         pars={"flee.movement.backtrack_weight": weight}).run()
        at_a[weight] = agents(sim, "A")[1:].sum()
    assert at_a[0.0] < 1100 < at_a[0.3] < at_a[1.0]
    assert at_a[1.0] > 1200
    assert exodus.Sim(tiny_scenario()).modules[-1].pars.backtrack_weight == 0.3  # the default


def test_speed_limits_daily_distance():
    slow = exodus.Sim(tiny_scenario(movement={"max_move_speed": 30.0}), seed=1).run()
    # C is 100 km from A; at 30 km/day (with Flee's full credit per new link) it takes until day 3
    assert agents(slow, "C")[:3].sum() == 0
    assert agents(slow, "C")[-1] > 0


def test_closed_link_blocks_and_reopens():
    closure = [{"type": "link", "name1": "B", "name2": "C", "start": 0, "end": 10}]
    sim = exodus.Sim(tiny_scenario(closures=closure), seed=1).run()
    assert agents(sim, "C")[:10].sum() == 0
    assert agents(sim, "D")[9] > 900
    assert sim["flee.closures"].results["closed_links"][5] == 2
    assert sim["flee.closures"].results["closed_links"][15] == 0


def test_full_camp_turns_people_away():
    sim = exodus.Sim(tiny_scenario(capacity=100, per_day=20, days=60), seed=1).run()
    # decisions use start-of-day occupancy, so C overshoots by at most about a day's arrivals
    assert agents(sim, "C").max() <= 100 + 20
    assert agents(sim, "D")[-1] > 800


def test_country_closure_keeps_people_home():
    closure = [{"type": "country", "name1": "Home", "name2": "Abroad", "start": 0, "end": -1}]
    sim = exodus.Sim(tiny_scenario(closures=closure), seed=1).run()
    assert agents(sim, "D").max() == 0
    assert agents(sim, "C")[-1] > 950
