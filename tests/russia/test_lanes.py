"""Lanes at Verkhny Lars: bicycles only from 22 Sep, news of a newly opened lane spreads over days, and
people on foot go through the cyclists' booths."""

from __future__ import annotations

import numpy as np
import pytest

from exodus.engine.sim import Sim


def day(sim, date: str) -> int:
    return int((sim.dates == date).nonzero()[0][0])


def lars(sim, name: str) -> np.ndarray:
    crossings = sim["russia.crossings"]
    return crossings.results[name][:, crossings.result_axes[name].index("Verkhny Lars")]


@pytest.fixture(scope="module")
def news(scenario):
    """Word of a new lane: heard at once, or half of the rest hearing every three days (at the shipped
    resolution: at 100 men per agent a first day's cyclists are a handful of agents)."""
    return {k: Sim(scenario, pars={"russia.crossings.word_of_mouth_days": v}, seed=2).run()
            for k, v in (("at_once", 0.0), ("slow", 3.0))}


def test_nobody_cycles_through_verkhny_lars_before_22_september(run):
    assert lars(run, "arrivals_bicycle")[: day(run, "2022-09-22")].sum() == 0
    assert lars(run, "arrivals_bicycle")[day(run, "2022-09-22"): day(run, "2022-09-28")].sum() > 0


def test_a_newly_opened_lane_fills_as_word_gets_round(news):
    for lane, opened in (("arrivals_bicycle", "2022-09-22"), ("arrivals_foot", "2022-09-26")):
        first = day(news["slow"], opened)
        at_once, slow = (lars(news[k], lane) for k in ("at_once", "slow"))
        assert slow[first] < 0.6 * at_once[first]  # few have heard on the first day ...
        assert slow[first + 2] > 2 * slow[first]  # ... more within days
    world = news["slow"]["russia.crossings"].world
    others = np.arange(world.n_crossings) != world.crossing_index["Verkhny Lars"]
    assert (world.lane_known[others, 0] == 1).all()  # car lanes never closed: everyone knows them


def test_walkers_go_through_the_cyclists_booths(run):
    walking = slice(day(run, "2022-09-26"), day(run, "2022-09-29"))
    assert lars(run, "arrivals_foot")[walking].sum() > 0
    np.testing.assert_allclose(lars(run, "wait_hours_foot")[walking], lars(run, "wait_hours_bicycle")[walking])
    # one set of booths: walkers and cyclists together no more than the cyclists' capacity (with its surge)
    crossings = run["russia.crossings"]
    world = crossings.world
    k = world.crossing_index["Verkhny Lars"]
    booths = world.base_capacity[k, 2] * crossings.pars.surge_factor
    through = lars(run, "arrivals_foot") + lars(run, "arrivals_bicycle")
    assert through.max() <= booths + 3 * run["russia.mobilisation"].pars.people_per_agent * 3
    assert world.base_capacity[k, 3] == 0  # no booths of their own


def test_lanes_without_booths_take_nobody(run):
    """Finland's road posts take no pedestrians and the Belarus border no cyclists: nobody queues there."""
    crossings = run["russia.crossings"]
    axis = crossings.result_axes["arrivals_foot"]
    for crossing, lane in (("Torfyanovka-Vaalimaa", "foot"), ("Belarus road border", "bicycle"),
                           ("Belarus road border", "foot")):
        k = axis.index(crossing)
        assert crossings.results[f"arrivals_{lane}"][:, k].sum() == 0
        assert crossings.results[f"wait_hours_{lane}"][:, k].max() == 0
