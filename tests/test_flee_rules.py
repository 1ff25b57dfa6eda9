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


def test_no_straight_backtracking_by_default_flee_rule_backtracks():
    # From hub B, Flee's rule picks A (where they came from), C or D; exodus' default never goes back.
    movement = {"conflict_movechance": 0.5}
    exodus_default = exodus.Sim(tiny_scenario(movement=movement), seed=2).run()
    flee_rule = exodus.Sim(tiny_scenario(movement=movement), seed=2,
                           pars={"flee.movement.backtrack_weight": 1.0}).run()
    # without returns, A empties geometrically (half leave a day): 500 + 250 + ... ~ 1000 person-days
    assert agents(exodus_default, "A")[1:].sum() < 1100
    assert agents(flee_rule, "A")[1:].sum() > 1200


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
