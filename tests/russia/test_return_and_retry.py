"""Traffic back into Russia queues in its own lanes; men turned back try again; queues peak within the day."""

from __future__ import annotations

import numpy as np
import pytest

from exodus.engine.sim import Sim
from exodus.model.russia.world import ABROAD, EXPOSED, HOME

COARSE = 100  # people per agent: fast, and still hundreds of agents a day at Verkhny Lars


def day(sim, date: str) -> int:
    return int((sim.dates == date).nonzero()[0][0])


def result(sim, module: str, name: str, label: str) -> np.ndarray:
    return sim[module].results[name][:, sim[module].result_axes[name].index(label)]


def coarse(scenario, seed=3, **pars):
    return Sim(scenario, pars={"russia.mobilisation.people_per_agent": COARSE, **pars}, seed=seed).run()


@pytest.fixture(scope="module")
def lars_shut(scenario):
    """Verkhny Lars shut on 25 Sep: its queue is sent home, with and without retrying."""
    shut = {"russia.crossings.close_from": {"Verkhny Lars": "2022-09-25"}}
    return {"retry": coarse(scenario, **shut),
            "give_up": coarse(scenario, **shut, **{"russia.crossings.retry_share": 0.0})}


def turned_back_at(sim, crossing: str) -> np.ndarray:
    """Men who were turned back at ``crossing`` and were never summoned."""
    people, n = sim.people, sim.people.count
    bit = 1 << list(sim["russia.crossings"].world.crossing_names).index(crossing)
    return np.flatnonzero((people.kind[:n] == EXPOSED) & (people.tried[:n] & bit != 0) & ~people.summoned[:n])


def test_men_turned_back_cross_elsewhere_or_fly(lars_shut):
    sim = lars_shut["retry"]
    people = sim.people
    back = turned_back_at(sim, "Verkhny Lars")
    assert len(back) * COARSE > 5_000  # the queue of 25 Sep went home
    georgia = sim["russia.destinations"].world.country_index["Georgia"]
    left = back[(people.state[back] == ABROAD) | (people.country[back] >= 0)]
    assert len(left) > 0.5 * len(back)  # most left Russia after all ...
    assert not (people.country[left] == georgia).any()  # ... and not through the crossing that sent them home
    flew = people.flight[left] >= 0
    assert flew.any() and (~flew).any()  # some by another crossing, some by air
    # about retry_share of the men turned back there tried again (a few were summoned: they do not)
    retried = result(sim, "russia.crossings", "retried", "Verkhny Lars").sum()
    n = people.count
    bit = 1 << list(sim["russia.crossings"].world.crossing_names).index("Verkhny Lars")
    men = (people.kind[:n] == EXPOSED) & (people.tried[:n] & bit != 0)
    turned = people.party[:n][men].sum() * COARSE
    assert retried / turned == pytest.approx(sim["russia.crossings"].pars.retry_share, abs=0.1)


def test_without_retrying_men_turned_back_stay_home(lars_shut):
    sim = lars_shut["give_up"]
    back = turned_back_at(sim, "Verkhny Lars")
    assert len(back) * COARSE > 5_000
    assert (sim.people.state[back] == HOME).all()
    assert sim["russia.crossings"].results["retried"].sum() == 0
    # those who retried went somewhere: more people left Russia than when all gave up
    left = {k: s["russia.routes"].results["departures"].sum() for k, s in lars_shut.items()}
    assert left["retry"] > left["give_up"] + 0.5 * len(back) * COARSE


@pytest.fixture(scope="module")
def narrow_way_back(scenario):
    """Baseline and a run where the way back into Russia has a fifth of its capacity."""
    return {"base": coarse(scenario), "narrow": coarse(scenario, **{"russia.crossings.inbound_factor": 0.2})}


def test_return_traffic_lengthens_waits_in_its_own_direction(narrow_way_back):
    base, narrow = narrow_way_back["base"], narrow_way_back["narrow"]
    lars = "Verkhny Lars"
    assert result(base, "russia.crossings", "wait_hours_in_car", lars).max() < 12
    assert result(narrow, "russia.crossings", "wait_hours_in_car", lars).max() > 48
    assert result(narrow, "russia.crossings", "queued_vehicles_in", lars).max() > 500
    # the way out is another set of lanes: its queue hardly changes
    out_base = result(base, "russia.crossings", "queued_vehicles", lars).max()
    out_narrow = result(narrow, "russia.crossings", "queued_vehicles", lars).max()
    assert out_narrow == pytest.approx(out_base, rel=0.15)


def test_exits_are_counted_when_people_are_through(narrow_way_back):
    base, narrow = narrow_way_back["base"], narrow_way_back["narrow"]
    window = slice(day(base, "2022-09-21"), day(base, "2022-10-10"))
    exits = {k: result(s, "russia.destinations", "exits", "Georgia")[window].sum() for k, s in narrow_way_back.items()}
    present = {k: result(s, "russia.destinations", "present", "Georgia")[day(s, "2022-10-10")]
               for k, s in narrow_way_back.items()}
    assert exits["narrow"] < 0.8 * exits["base"]
    assert present["narrow"] > present["base"]  # the queue to leave Georgia is still in Georgia
    # through the narrow way back no more pass a day than it can serve (plus the agent that overruns)
    lars = list(narrow["russia.crossings"].world.crossing_names).index("Verkhny Lars")
    returned = narrow["russia.crossings"].results["returned"][:, lars]
    world = narrow["russia.crossings"].world
    capacity = world.base_capacity[lars] * 0.2 * np.array([2.5, 1, 1, 1])  # cars carry 2.5 people
    assert returned.max() <= 1.4 * capacity[:2].sum() * 1.3 + 2 * COARSE  # up to the surge factor


def test_everyone_who_leaves_a_country_is_counted_once(run):
    """People present change by entries less exits, day by day: the queue back into Russia is still
    in the country, and a crossing counts its exit only when it lets them through."""
    dest, crossings = run["russia.destinations"], run["russia.crossings"]
    present, entries, exits = (dest.results[r] for r in ("present", "entries", "exits"))
    np.testing.assert_allclose(np.diff(present, axis=0), entries[1:] - exits[1:], atol=1e-6)
    assert crossings.results["returned"].sum() > 0.3 * exits.sum()  # most go home by road


def test_the_longest_queue_of_the_day_is_at_least_the_end_of_day_queue(run):
    crossings = run["russia.crossings"]
    peak, end = crossings.results["queue_km_peak"], crossings.results["queue_km"]
    assert (peak >= end - 1e-9).all()
    assert (peak[1:] >= end[:-1] - 1e-9).all()  # the day starts with yesterday's queue
    finland = [crossings.result_axes["queue_km"].index(c) for c in ("Torfyanovka-Vaalimaa", "Brusnichnoye-Nuijamaa",
                                                                     "Svetogorsk-Imatra")]
    window = slice(day(run, "2022-09-22"), day(run, "2022-09-27"))
    assert end[window][:, finland].max() < 0.5 < peak[window][:, finland].max()  # gone by night, there by day


def test_ordinary_trips_to_finland_rise_at_weekends(scenario):
    sim = Sim(scenario, pars={"russia.policies.off": ["decree"]}, seed=4).run()
    crossings = sim["russia.crossings"]
    finland = [crossings.result_axes["crossed"].index(c) for c in crossings.world.crossing_names
               if crossings.world.countries[crossings.world.crossing_country[
                   crossings.world.crossing_index[c]]] == "Finland"]
    daily = crossings.results["crossed"][:, finland].sum(axis=1)
    weekend = sim.dates.day_of_week >= 4
    ratio = daily[weekend].mean() / daily[~weekend].mean()
    assert 1.15 < ratio < 1.45
