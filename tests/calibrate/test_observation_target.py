"""Calibrating an exodus scenario (Russia 2022) to its reported figures."""

from __future__ import annotations

import datetime as dt
import shutil

import numpy as np
import pandas as pd
import pytest

import exodus
from exodus.calibrate.observations import ObservationTarget, bounds, log_residual, scenario_space
from exodus.calibrate.space import sim_pars
from exodus.calibrate.targets import target_for
from exodus.errors import InputError
from exodus.io import SCENARIOS_DIR, load_scenario
from tests.calibrate.conftest import run_exodus

UNTIL = dt.date(2022, 9, 27)


@pytest.fixture(scope="module")
def russia():
    return load_scenario("russia-2022")


def figures(rows: list[dict]) -> pd.DataFrame:
    base = {"value": np.nan, "value_low": np.nan, "value_high": np.nan}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_residual_is_zero_inside_a_range_and_log_distance_outside():
    assert log_residual(150.0, 100.0, 200.0) == 0.0
    assert log_residual(99.0, 100.0, 200.0) == pytest.approx(np.log(100 / 101))
    assert log_residual(399.0, 100.0, 199.0) == pytest.approx(np.log(2.0))
    assert log_residual(1e9, 100.0, np.inf) == 0.0  # "at least 100"


def test_reliable_figures_pull_harder():
    rows = figures([{"value": 100.0, "reliability": "primary"}, {"value": 100.0, "reliability": "repost"}])
    off_by_half = np.array([150.0, 150.0])
    primary = ObservationTarget.nll(rows.iloc[:1], off_by_half[:1])
    repost = ObservationTarget.nll(rows.iloc[1:], off_by_half[1:])
    assert primary == pytest.approx(16 * repost)  # sigma 0.2 against 0.8
    # without the column every figure counts as secondary (sigma 0.4)
    plain = figures([{"value": 100.0}])
    r = np.log(151 / 101)
    assert ObservationTarget.nll(plain, off_by_half[:1]) == pytest.approx(0.5 * (r / 0.4) ** 2)


def test_calibrated_parameters_come_from_scenario_yaml(russia):
    space = {row.key: row for row in scenario_space(russia)}
    marked = russia.tables["parameters"]
    marked = marked[marked["provenance"] == "calibrated"]
    given = dict(russia.modules)
    expected = set()
    for r in marked.itertuples():
        value = given[r.module][r.parameter]
        names = [f"[{k}]" for k in value] if isinstance(value, dict) else [""]
        expected |= {f"{r.module}.{r.parameter}{n}" for n in names}
    assert set(space) == expected
    preference = [k for k in space if k.startswith("russia.routes.country_preference[")]
    assert preference and all(space[k].scale == "linear" for k in preference)
    # a table entry becomes a whole table for the Sim, the other entries kept
    key = preference[0]
    table = sim_pars(russia, {key: 1.25})["russia.routes"]["country_preference"]
    entry = key[key.index("[") + 1:-1]
    assert table[entry] == 1.25
    assert {k: v for k, v in table.items() if k != entry} == \
        {k: v for k, v in given["russia.routes"]["country_preference"].items() if k != entry}


def test_trials_fit_figures_known_by_until_on_a_cut_run(russia):
    target = target_for(russia, UNTIL)
    assert isinstance(target, ObservationTarget)
    assert (target.fit["period_end"] <= pd.Timestamp(UNTIL)).all()
    assert set(target.fit["use"]) == {"fit"}
    assert "check" not in set(target.fit["use"]) and len(target.held_out) > 0
    full = exodus.Sim(russia, seed=2).run()
    cut = exodus.Sim(target.prepare(russia), seed=2).run()
    assert cut.days == (UNTIL - russia.start).days + 1
    scores = target.scores(full)
    assert target.loss(cut) == pytest.approx(scores["loss_fit"])
    assert 0 <= scores["within_fit"] <= 1
    assert set(f"obs:{i}" for i in target.visible["id"]) <= set(scores)
    # coverage: a figure is covered when its value or range meets the replicas' 5-95% interval
    from exodus.report.observations import reference

    at_reported = {f"obs:{r.id}": reference(r) for r in target.visible.itertuples(index=False)}
    assert target.ensemble_metrics(pd.DataFrame([at_reported] * 3)) == \
        {"band90_coverage": 1.0, "predictive90_coverage": 1.0, "figures": len(target.visible)}
    # 30% above every point figure: outside the model band, inside once the figures' own error is added
    above = {k: v * 1.3 for k, v in at_reported.items()}
    metrics = target.ensemble_metrics(pd.DataFrame([above] * 3))
    assert metrics["band90_coverage"] < 1.0 and metrics["predictive90_coverage"] == 1.0
    # below every figure, only those given as "at most" are still met
    at_most = [bounds(r)[0] == -np.inf for r in target.visible.itertuples(index=False)]
    far_below = {k: -1.0 for k in at_reported}
    assert 0 < sum(at_most) < len(at_most)
    assert target.ensemble_metrics(pd.DataFrame([far_below] * 3))["band90_coverage"] == pytest.approx(np.mean(at_most))


@pytest.fixture
def damaged_russia(tmp_path):
    """A copy of scenarios/russia-2022 whose observations.csv the test edits."""
    dest = tmp_path / "russia-2022"
    shutil.copytree(SCENARIOS_DIR / "russia-2022", dest)

    def damage(row_id: str, column: str, value: str):
        path = dest / "observations.csv"
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert (table["id"] == row_id).sum() == 1
        table.loc[table["id"] == row_id, column] = value
        table.to_csv(path, index=False)
        return dest

    return damage


def fit_row(scenario) -> pd.Series:
    obs = scenario.tables["observations"]
    return obs[(obs["use"] == "fit") & (obs["labels"].fillna("") != "")].iloc[0]


def test_unknown_place_in_an_observation_is_named_before_any_simulation(damaged_russia, russia, tmp_path):
    row = fit_row(russia)
    folder = damaged_russia(row["id"], "labels", "Atlantis")
    result = run_exodus("calibrate", str(folder), "--trials", "1", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    message = " ".join(result.stderr.split())
    assert f"observations.csv, field 'labels': row {row['id']}: unknown place 'Atlantis'" in message
    assert not (tmp_path / "runs" / "studies").exists()


def test_window_outside_the_period_is_named(damaged_russia, russia):
    row = fit_row(russia)
    folder = damaged_russia(row["id"], "period_end", "2023-01-31")
    with pytest.raises(InputError) as err:
        target_for(load_scenario(folder), UNTIL)
    assert err.value.field == "period_start"
    assert f"row {row['id']}: window" in err.value.message and "is not inside the simulated period" in err.value.message


def test_until_the_first_day_fits_only_figures_of_that_day(russia):
    target = target_for(russia, russia.start)
    assert target.fit_last == 0
    assert set(target.fit["period_end"]) == {pd.Timestamp(russia.start)}
    assert len(target.fit) + len(target.held_out) == len(target.visible)


def test_recency_weights_are_for_daily_losses_only(russia):
    with pytest.raises(InputError, match="daily series") as err:
        target_for(russia, UNTIL, recency="linear")
    assert err.value.field == "recency"
