"""What the report draws, checked against the run and the scenario it came from."""

from __future__ import annotations

import numpy as np
import pandas as pd

from exodus.io.flee import load_flee, read_series
from exodus.report import figures, views
from exodus.report.rundata import RunSet, load_runset
from tests.conftest import FLEE_SCENARIOS


def test_arrivals_are_the_people_in_each_camp(mali_run, mali_scenario):
    runset = load_runset(mali_run, str(FLEE_SCENARIOS / "mali"))
    run = runset.runs[0]
    arrivals = views.arrivals(mali_scenario, run.daily, run.summary)
    assert list(arrivals.columns) == list(mali_scenario.tables["camp_data"].columns)
    assert len(arrivals) == mali_scenario.days
    hasten = mali_scenario.tables["hasten"]
    assert hasten > 1  # figures are in people, not agents
    in_camps = run.out_table["refugees in camps (simulation)"].to_numpy(float) * hasten
    np.testing.assert_allclose(arrivals.sum(axis=1).to_numpy(), in_camps)


def test_observations_are_the_camp_series_on_reported_dates(mali_scenario):
    obs = views.observations(mali_scenario, "flee.movement:agents")
    camp = mali_scenario.tables["camp_data"].columns[0]
    mine = obs[obs["label"] == camp]
    layout = (FLEE_SCENARIOS / "mali" / "source_data" / "data_layout.csv").read_text().splitlines()
    fname = next(line.split(",")[1] for line in layout if line.startswith(camp + ","))
    days, _ = read_series(FLEE_SCENARIOS / "mali" / "source_data" / fname, FLEE_SCENARIOS / "mali",
                          mali_scenario.start)
    inside = sorted(int(d) for d in days if 0 <= d < mali_scenario.days)
    assert [(d - pd.Timestamp(mali_scenario.start)).days for d in mine["end"]] == inside
    expected = mali_scenario.tables["camp_data"][camp].to_numpy()[inside] * mali_scenario.tables["hasten"]
    np.testing.assert_allclose(mine["value"].to_numpy(), expected)
    assert mine["source"].str.contains(fname).all()
    assert mine["definition"].str.contains("UNHCR").all()


def test_ensemble_bands_hold_the_members(mali_ensemble):
    runset = load_runset(mali_ensemble, str(FLEE_SCENARIOS / "mali"))
    assert runset.is_ensemble and len(runset.runs) == 2
    members = [views.arrivals(runset.scenario, r.daily, r.summary) for r in runset.runs]
    assert not members[0].equals(members[1])
    bands = views.quantile_bands(members)
    lo, mid, hi = (bands[k].to_numpy() for k in ("low", "median", "high"))
    assert (lo <= mid).all() and (mid <= hi).all()
    assert (lo >= np.minimum(members[0], members[1]).to_numpy() - 1e-9).all()
    assert (hi <= np.maximum(members[0], members[1]).to_numpy() + 1e-9).all()


def test_error_table_scores_as_the_run_did(mali_run):
    runset = load_runset(mali_run, str(FLEE_SCENARIOS / "mali"))
    table = views.error_table(runset.runs, runset.scenario).set_index("destination")
    summary = runset.runs[0].summary
    assert table.loc["all camps: ARD (rescaled)", "mean relative error"] == summary["ard_rescaled"]
    assert table.loc["all camps: ARD (normal)", "mean relative error"] == summary["ard_normal"]
    camps = list(runset.scenario.tables["camp_data"].columns)
    out = runset.runs[0].out_table
    hasten = runset.scenario.tables["hasten"]
    simulated = (out[[f"{c} sim" for c in camps]].iloc[-1] * hasten).tolist()
    assert table.loc[camps, "simulated (last day)"].tolist() == simulated


def test_closures_become_the_policy_timeline():
    car = load_flee(FLEE_SCENARIOS / "car")
    timeline = views.policy_timeline(car, None)
    start = pd.Timestamp(car.start)
    assert timeline["what"].tolist() == ["country closed: CAR–DRC", "country closed: CAR–Chad"]
    assert timeline["start"].tolist() == [start + pd.Timedelta(days=5), start + pd.Timedelta(days=163)]
    assert timeline["end"].tolist() == [start + pd.Timedelta(days=212), start + pd.Timedelta(days=820)]


def _tidy(result: str, labels: list[str], values: np.ndarray, dates: pd.DatetimeIndex) -> pd.DataFrame:
    return pd.DataFrame({"date": np.repeat(dates, len(labels)), "day": np.repeat(np.arange(len(dates)), len(labels)),
                         "module": "test", "result": result, "label": np.tile(labels, len(dates)),
                         "value": values.ravel()})


def test_queues_by_mode_and_flows_from_any_result_names(mali_scenario):
    """A model that records waits per crossing and mode, and flows between places, gets their charts."""
    dates = mali_scenario.dates
    names = mali_scenario.places["name"].tolist()
    crossings = names[:2]
    car = np.arange(len(dates) * 2, dtype=float).reshape(len(dates), 2)
    bus = car * 3
    flow_labels = [f"{names[0]}->{names[1]}", f"{names[1]}-{names[2]}"]
    flow = np.ones((len(dates), 2)) * [2.0, 5.0]
    daily = pd.concat([_tidy("wait_hours_car", crossings, car, dates), _tidy("wait_hours_bus", crossings, bus, dates),
                       _tidy("queue_km", crossings, car, dates), _tidy("passengers", flow_labels, flow, dates)])
    assert views.queue_families(daily) == {"wait_hours": {"car": "wait_hours_car", "bus": "wait_hours_bus"},
                                           "queue_km": {"": "queue_km"}}
    run = type("R", (), {"daily": daily, "summary": {}, "path": None, "out_table": None})()
    runset = RunSet(scenario=mali_scenario, runs=[run])
    waits, queue = figures.queue_figures(runset)
    assert waits.layout.title.text == "wait hours by mode" and queue.layout.title.text == "queue km"
    assert [t.name for t in waits.data] == [f"{c} ({m})" for m in ("car", "bus") for c in crossings]
    assert [t.visible for t in waits.data] == [True, True, False, False]
    assert [b.label for b in waits.layout.updatemenus[0].buttons] == ["car", "bus"]
    assert waits.layout.updatemenus[0].buttons[1].args[0]["visible"] == [False, False, True, True]
    np.testing.assert_allclose(waits.data[3].y, bus[:, 1])
    volumes = views.flows(mali_scenario, daily).set_index("target")["volume"]
    assert volumes[names[1]] == 2.0 * len(dates) and volumes[names[2]] == 5.0 * len(dates)
    drawn = [t for t in figures.map_figure(runset).data if t.name and t.name.startswith("flows")]
    assert len(drawn) == 2 and drawn[0].line.width < drawn[1].line.width


def test_ensemble_bands_file_draws_its_own_quantiles(tmp_path, mali_run):
    """An `exodus ensemble --out` folder (bands.parquet with p5/p50/p95) is drawn as given."""
    daily = pd.read_parquet(mali_run / "daily.parquet")
    bands = daily.drop(columns="value").assign(p5=daily["value"] * 0.5, p50=daily["value"],
                                               p95=daily["value"] * 2.0)
    bands.to_parquet(tmp_path / "bands.parquet", index=False)
    pd.DataFrame({"seed": [1, 2, 3]}).to_parquet(tmp_path / "scores.parquet", index=False)
    runset = load_runset(tmp_path, str(FLEE_SCENARIOS / "mali"))
    assert runset.is_ensemble and runset.size == 3
    fig = figures.arrivals_figure(runset)
    camp = runset.scenario.tables["camp_data"].columns[0]
    hasten = runset.scenario.tables["hasten"]
    agents = views.result_frame(daily, "agents")[camp].to_numpy() * hasten
    high, low, median = fig.data[0], fig.data[1], fig.data[2]
    assert low.name == "5-95% of 3 runs"
    np.testing.assert_allclose(median.y, agents)
    np.testing.assert_allclose(low.y, agents * 0.5)
    np.testing.assert_allclose(high.y, agents * 2.0)
