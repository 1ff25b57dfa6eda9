"""An end-to-end run writes the outputs the scenario promises, and is reproducible."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from exodus.engine.sim import Sim
from exodus.report.outputs import summarize, write_outputs

COARSE = {"russia.mobilisation.people_per_agent": 400}


def test_outputs_per_crossing_destination_and_origin(run):
    crossings = run["russia.crossings"]
    for result in ("arrivals_car", "arrivals_bus", "arrivals_bicycle", "arrivals_foot", "queued_vehicles",
                   "queue_km", "wait_hours_car", "wait_hours_bicycle", "turned_back"):
        assert "Verkhny Lars" in crossings.result_axes[result]
        assert crossings.results[result].shape == (48, 13)
    destinations = run["russia.destinations"]
    for result in ("entries", "exits", "present"):
        assert {"Georgia", "Kazakhstan", "Finland", "Mongolia"} <= set(destinations.result_axes[result])
    assert "Moscow" in run["russia.routes"].result_axes["departures"]
    assert run["russia.routes"].results["departures"].sum() > 0


def test_people_are_conserved_between_crossings_and_destinations(run):
    """Everyone who crossed a land border entered the country on its far side."""
    crossed = run["russia.crossings"].results["crossed"].sum()
    flown = run["russia.flights"].results["passengers"].sum()
    onward = run["russia.destinations"].results["onward"].sum()
    entries = run["russia.destinations"].results["entries"].sum()
    assert np.isclose(crossed + flown + onward, entries, rtol=1e-9)


def test_same_seed_same_run_and_another_seed_differs(scenario):
    a = Sim(scenario, pars=COARSE, seed=3).run().to_df()
    b = Sim(scenario, pars=COARSE, seed=3).run().to_df()
    c = Sim(scenario, pars=COARSE, seed=4).run().to_df()
    pd.testing.assert_frame_equal(a, b)
    assert not a["value"].equals(c["value"])


def test_run_writes_tidy_table_and_summary(scenario, tmp_path):
    sim = Sim(scenario, pars=COARSE, seed=1).run()
    write_outputs(sim, summarize(sim), tmp_path / "out")
    daily = pd.read_parquet(tmp_path / "out" / "daily.parquet")
    queued = daily[(daily["result"] == "queued_vehicles") & (daily["label"] == "Verkhny Lars")]
    assert len(queued) == 48 and queued["value"].max() > 0
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["scenario"] == "russia-2022"
