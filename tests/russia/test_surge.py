"""More staff where a crossing is congested, only at the crossings listed in ``surge_at``."""

from __future__ import annotations

import numpy as np

from exodus.engine.sim import Sim


def cars(sim, crossing: str) -> tuple[np.ndarray, np.ndarray]:
    """Capacity (cars a day) and cars queued at a crossing, by day."""
    c = sim["russia.crossings"]
    k = c.result_axes["capacity_cars"].index(crossing)
    return c.results["capacity_cars"][:, k], c.results["queued_vehicles"][:, k]


def test_only_the_listed_crossings_add_staff(scenario, run):
    crossings = run["russia.crossings"]
    assert crossings.pars.surge_at == ["Verkhny Lars"]
    capacity, queued = cars(run, "Verkhny Lars")
    base = crossings.world.base_capacity[crossings.world.crossing_index["Verkhny Lars"], 0]
    assert capacity.max() > base  # congested from 23 Sep: more staff
    capacity, queued = cars(run, "Troitsk")
    assert queued.max() > capacity[0]  # a day's queue and more ...
    assert (capacity == capacity[0]).all()  # ... but no more staff


def test_an_empty_list_means_every_crossing(scenario):
    sim = Sim(scenario, pars={"russia.mobilisation.people_per_agent": 100, "russia.crossings.surge_at": []},
              seed=1).run()
    capacity, _ = cars(sim, "Troitsk")
    assert capacity.max() > capacity[0]
