"""Recency weighting of the Flee fit window: the loss weighs later fit days more, the scores never; and
the camp share trend objective of benchmarks/forecast_methods.py (measured and rejected)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from exodus.calibrate.targets import FleeTarget, recency_weights
from exodus.engine.sim import Sim
from exodus.errors import InputError
from exodus.store import RunStore
from tests.calibrate.conftest import ROOT, SHORT_UNTIL, run_exodus

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)


def test_linear_weights_rise_with_the_day_and_average_one():
    weights = recency_weights(40, "linear")
    assert np.all(np.diff(weights) > 0)
    assert weights.mean() == pytest.approx(1.0)
    assert weights[-1] / weights[0] == pytest.approx(40.0)
    assert np.array_equal(recency_weights(40, "none"), np.ones(40))


def test_an_unknown_recency_is_an_error_before_any_run(short_scenario):
    with pytest.raises(InputError, match="expected one of none, linear, got") as err:
        FleeTarget(short_scenario, UNTIL, recency="exponential")
    assert err.value.field == "recency"
    with pytest.raises(InputError, match="expected one of none, linear"):
        FleeTarget(short_scenario, UNTIL, recency="trend")  # a benchmark's target, not an option


@pytest.fixture
def forecast_methods(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import forecast_methods

    return forecast_methods


def test_the_loss_is_the_weighted_mean_of_the_daily_error_and_the_scores_are_unweighted(short_scenario):
    plain = FleeTarget(short_scenario, UNTIL)
    recent = FleeTarget(short_scenario, UNTIL, recency="linear")
    sim = Sim(short_scenario, seed=1).run()
    daily = plain.daily_error(sim).to_numpy()[: plain.fit_last + 1]
    weights = recency_weights(len(daily), "linear")
    assert recent.loss(sim) == pytest.approx(float((daily * weights).sum() / weights.sum()))
    assert recent.loss(sim) == pytest.approx(float(recent.fit_series(sim).mean()))  # what the check averages
    assert plain.loss(sim) == pytest.approx(float(daily.mean()))
    assert recent.scores(sim) == plain.scores(sim)


def test_trend_error_is_the_change_of_each_camps_share_mismatch_over_the_windows_last_fifth(forecast_methods):
    mismatch = np.zeros((10, 2))
    mismatch[7:, 0] = 0.1   # camp 0's share grows 0.1 more than reported from day 7 on
    mismatch[9, 1] = -0.05  # camp 1's 0.05 less on the last day
    error = forecast_methods.trend_error(mismatch)  # the last fifth: days 8 and 9, anchored at day 7
    assert np.array_equal(error[:8], np.zeros(8))
    assert error[8:] == pytest.approx([0.0, 0.05 * 10 / 2])
    assert error.mean() == pytest.approx(np.mean([0.0, 0.05]))


def test_the_trend_loss_is_the_fit_error_plus_the_mean_trend_error_of_the_last_fifth(short_scenario,
                                                                                     forecast_methods):
    from exodus.io.flee_out import flee_out_table

    plain = FleeTarget(short_scenario, UNTIL)
    trend = forecast_methods.TrendTarget(short_scenario, UNTIL)
    sim = Sim(short_scenario, seed=1).run()
    days = plain.fit_last + 1
    mismatch = forecast_methods.share_mismatch(flee_out_table(sim))[:days]
    span = round(days * 0.2)
    tail = np.abs(mismatch[-span:] - mismatch[-span - 1]).sum(axis=1)
    assert np.abs(mismatch).sum(axis=1) == pytest.approx(plain.fit_series(sim))
    assert trend.loss(sim) == pytest.approx(plain.loss(sim) + tail.mean())
    assert trend.scores(sim) == plain.scores(sim) and trend.recency == "trend"


def test_calibrate_records_the_recency_and_will_not_resume_a_study_with_another(tmp_path, short_mali):
    import optuna

    args = ["calibrate", str(short_mali), "--trials", "3", "--until", SHORT_UNTIL, "--study", "recent",
            "--store", str(tmp_path / "runs")]
    result = run_exodus(*args, "--recency", "linear", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "recency linear" in " ".join(result.stdout.split())
    metrics = RunStore(tmp_path / "runs").get("study-recent")["metrics"]
    study = optuna.load_study(study_name="recent", storage=metrics["storage"])
    assert metrics["recency"] == study.user_attrs["recency"] == "linear"
    other = run_exodus(*args, cwd=tmp_path)  # --recency none
    assert other.returncode == 2 and "--recency" in other.stderr
