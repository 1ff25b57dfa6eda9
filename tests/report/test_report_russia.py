"""The report and dashboard levers on the Russia 2022 scenario: crossings, modes, policies, reported figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import exodus
from exodus.io import load_scenario
from exodus.report import figures, views
from exodus.report.observations import compare
from exodus.report.outputs import summarize, write_outputs
from exodus.report.rundata import load_runset
from exodus.web.runs import levers_of, module_overrides


@pytest.fixture(scope="module")
def russia():
    return load_scenario("russia-2022")


@pytest.fixture(scope="module")
def russia_runs(tmp_path_factory, russia):
    """The baseline run and one with Finland's tourist ban (P12) switched off, on disk."""
    root = tmp_path_factory.mktemp("russia")
    sims = {}
    for name, pars in (("baseline", {}), ("no-ban", {"russia.policies": {"off": ["P12"]}})):
        sim = exodus.Sim(russia, pars=pars, seed=1).run()
        write_outputs(sim, summarize(sim), root / name)
        sims[name] = sim
    return root, sims


def test_report_finds_the_scenario_by_name_and_scores_as_a_live_run(russia_runs, russia):
    root, sims = russia_runs
    runset = load_runset(root / "baseline")  # summary.json names russia-2022, a folder in scenarios/
    assert runset.scenario.name == "russia-2022"
    table = views.error_table(runset.runs, runset.scenario)
    live = compare(sims["baseline"], russia.tables["observations"])
    assert table["id"].tolist() == live["id"].tolist()
    np.testing.assert_allclose(table["simulated"].to_numpy(float), live["simulated"].to_numpy(float))


def test_arrivals_are_daily_entries_with_reported_totals_as_daily_means(russia_runs):
    root, sims = russia_runs
    runset = load_runset(root / "baseline")
    fig = figures.arrivals_figure(runset)
    entries = sims["baseline"]["russia.destinations"].results["entries"]
    georgia = sims["baseline"]["russia.destinations"].result_axes["entries"].index("Georgia")
    panels = [a.text for a in fig.layout.annotations]
    line = [t for t in fig.data if t.name == "simulated"][panels.index("Georgia")]
    np.testing.assert_allclose(line.y, entries[:, georgia])
    observed = views.observations(runset.scenario, "russia.destinations:entries")
    row = observed[(observed["label"] == "Georgia") & (observed["aggregate"] == "sum")].iloc[0]
    days = (row["end"] - row["start"]).days + 1
    points = [t for t in fig.data if t.name == "observed" and row["end"] in list(pd.to_datetime(t.x))]
    assert any(np.isclose(t.y, row["value"] / days).any() for t in points)
    assert any(row["source"] in str(t.customdata) for t in points)


def test_waits_by_mode_and_queues_per_crossing(russia_runs):
    runset = load_runset(russia_runs[0] / "baseline")
    charts = {f.layout.title.text: f for f in figures.queue_figures(runset)}
    waits = charts["wait hours by mode"]
    assert [b.label for b in waits.layout.updatemenus[0].buttons] == ["car", "bus", "bicycle", "foot"]
    assert "Verkhny Lars (car)" in [t.name for t in waits.data]
    assert "queue km" in charts and "queued vehicles" in charts


def test_crossing_flows_and_policies_in_force(russia_runs):
    root, sims = russia_runs
    base, no_ban = load_runset(root / "baseline"), load_runset(root / "no-ban")
    flows = views.flows(base.scenario, base.runs[0].daily).set_index(["source", "target"])["volume"]
    crossed = sims["baseline"]["russia.crossings"].results["crossed"]
    lars = sims["baseline"]["russia.crossings"].result_axes["crossed"].index("Verkhny Lars")
    assert flows[("Verkhny Lars", "Tbilisi")] == pytest.approx(crossed[:, lars].sum())
    on = views.policy_timeline(base.scenario, base.runs[0].daily)
    ban = on[on["what"].str.startswith("P12")]
    assert ban["start"].tolist() == [pd.Timestamp("2022-09-30")]
    off = views.policy_timeline(no_ban.scenario, no_ban.runs[0].daily)
    assert off.loc[off["what"].str.startswith("P12"), "what"].str.endswith("(off in this run)").all()


def test_policy_and_crossing_levers(russia):
    levers = {lv.key: lv for lv in levers_of(russia)}
    off = levers["russia.policies.off"]
    assert off.type == "switches" and {"P09", "P10", "P12"} <= {c["key"] for c in off.choices}
    capacity = levers["russia.crossings.capacity_factor"]
    assert capacity.type == "factors"
    assert [c["key"] for c in capacity.choices] == russia.tables["crossings"]["name"].tolist()
    pars = module_overrides({"russia.crossings.capacity_factor": {"Verkhny Lars": 2.0}, "russia.policies.off": ["P12"]})
    assert pars == {"russia.crossings": {"capacity_factor": {"Verkhny Lars": 2.0}}, "russia.policies": {"off": ["P12"]}}
    sim = exodus.Sim(russia, pars=pars, seed=1).run()
    base = exodus.Sim(russia, seed=1).run()
    finland = base["russia.destinations"].result_axes["entries"].index("Finland")
    assert sim["russia.destinations"].results["entries"][:, finland].sum() > \
        base["russia.destinations"].results["entries"][:, finland].sum()
