"""The significance check: the best trial is kept only if its gain over the scenario's own values
exceeds its noise, measured on seeds the study never used with batch means over the fit days."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from exodus.calibrate.runner import calibrate_and_record
from exodus.calibrate.space import sim_pars
from exodus.calibrate.study import (BATCHES, T95, StudySpec, batch_t, best_trial, calibrated_values, check_seeds,
                                    significance_check, run_study)
from exodus.calibrate.targets import FleeTarget, recency_weights
from exodus.engine.sim import Sim
from exodus.store import RunStore
from tests.calibrate.conftest import SHORT_UNTIL, run_exodus

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)


def spec(tmp_path, name: str, trials: int = 8, seeds: tuple[int, ...] = (1,)) -> StudySpec:
    return StudySpec(storage=f"sqlite:///{tmp_path / f'{name}.sqlite3'}", name=name, trials=trials,
                     sim_seeds=seeds, prior_weight=0.0)


class LastBatchOnly(FleeTarget):
    """Flee's ARD, but every fit day outside the last batch of days counts as a fixed 0.5: whatever a
    trial gains, it gains in the last tenth of the window only."""

    def fit_series(self, sim):
        error = super().fit_series(sim)
        last = np.array_split(np.arange(len(error)), BATCHES)[-1][0]
        return np.where(np.arange(len(error)) >= last, error, 0.5)

    def loss(self, sim) -> float:
        return float(self.fit_series(sim).mean())


def test_check_seeds_are_never_the_studys_own():
    assert check_seeds(StudySpec("sqlite://", "s", 1, sim_seeds=(1,))) == (2, 3, 4)
    assert check_seeds(StudySpec("sqlite://", "s", 1, sim_seeds=(5, 6, 7, 8))) == (9, 10, 11, 12)


def plain_batch_t(daily: np.ndarray, batches: int = BATCHES) -> tuple[float, float]:
    """The check before weights were divided out of it (sampler seeds 1-8 of docs/forecast.md)."""
    means = np.array([np.nanmean(b) for b in np.array_split(daily, batches)])
    return float(means.mean()), float(means.mean()) / (float(means.std(ddof=1)) / np.sqrt(batches))


@pytest.mark.parametrize("days", [273, 300, 91])
def test_with_days_alike_the_weighted_t_is_the_plain_batch_means_t_to_the_last_digit(days):
    rng = np.random.default_rng(days)
    daily = 0.01 + 0.05 * rng.standard_normal(days)
    gain, means, t = batch_t(daily, recency_weights(days, "none"), BATCHES)
    assert (gain, t) == plain_batch_t(daily)
    assert list(means) == [np.nanmean(b) for b in np.array_split(daily, BATCHES)]


def test_a_constant_gain_under_rising_weights_is_significant():
    # the weighted daily gains rise with the weights; the gain per unit of weight does not vary
    days = 273
    weights = recency_weights(days, "linear")
    noise = 1e-4 * np.random.default_rng(0).standard_normal(days)
    gain, means, t = batch_t((0.02 + noise) * weights, weights, BATCHES)
    assert gain == pytest.approx(0.02, rel=1e-3)
    assert means == pytest.approx([0.02] * BATCHES, rel=1e-2)
    assert t > 100
    # the check before: the weight profile made the batch means' spread, t about 5 whatever the gain
    assert plain_batch_t((0.02 + noise) * weights)[1] < 6


@pytest.mark.parametrize("recency", ["none", "linear"])
def test_pure_noise_is_not_significant_at_either_weighting(recency):
    days = 273
    weights = recency_weights(days, recency)
    ts = [batch_t(np.random.default_rng(seed).standard_normal(days) * weights, weights, BATCHES)[2]
          for seed in range(400)]
    assert abs(np.mean(ts)) < 0.15
    # about 5% above the one-sided 95% quantile, as a t test on noise should be
    assert 0.02 < np.mean(np.array(ts) > T95[BATCHES - 1]) < 0.09


def test_the_check_divides_the_day_weights_out_of_the_batch_means(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL, recency="linear")
    s = spec(tmp_path, "weighted")
    study = run_study(short_scenario, target, s)
    best = best_trial(study)
    assert best.number != 0
    check = significance_check(short_scenario, target, study, s)
    cut = target.prepare(short_scenario)

    def daily(values):
        return np.mean([target.fit_series(Sim(cut, pars=sim_pars(short_scenario, values), seed=seed).run())
                        for seed in (2, 3, 4)], axis=0)

    weighted = (daily(target.start(short_scenario)) - daily(best.params)) / study.user_attrs["reference_loss"]
    weights = recency_weights(len(weighted), "linear")
    assert check.gain == pytest.approx(weighted.mean(), rel=1e-2)  # batches alike, not days: within a day's weight
    assert check.batch_gains == pytest.approx([g.sum() / w.sum() for g, w in zip(np.array_split(weighted, BATCHES),
                                                                                np.array_split(weights, BATCHES))])
    assert check.t == batch_t(weighted, weights, BATCHES)[2]


def test_the_check_is_the_batch_mean_t_statistic_of_the_daily_gain_on_unused_seeds(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    s = spec(tmp_path, "gain")
    study = run_study(short_scenario, target, s)
    best = best_trial(study)
    assert best.number != 0  # the plain fit moved, so there is something to check
    check = significance_check(short_scenario, target, study, s)
    assert check.trial == best.number and check.seeds == (2, 3, 4)
    cut = target.prepare(short_scenario)

    def daily(values):
        return np.mean([target.fit_series(Sim(cut, pars=sim_pars(short_scenario, values), seed=seed).run())
                        for seed in (2, 3, 4)], axis=0)

    gain = (daily(target.start(short_scenario)) - daily(best.params)) / study.user_attrs["reference_loss"]
    means = [b.mean() for b in np.array_split(gain, BATCHES)]
    assert check.batch_gains == pytest.approx(means)
    assert check.gain == pytest.approx(np.mean(means))
    assert check.t == plain_batch_t(gain)[1]
    assert check.critical == T95[BATCHES - 1]
    assert check.accepted == (check.t > check.critical)
    values = calibrated_values(short_scenario, target, study, check)
    assert values == (dict(best.params) if check.accepted else target.start(short_scenario))


def test_a_gain_made_in_a_tenth_of_the_window_is_not_kept_however_large(tmp_path, short_scenario):
    target = LastBatchOnly(short_scenario, UNTIL)
    s = spec(tmp_path, "last")
    study = run_study(short_scenario, target, s)
    best = best_trial(study)
    assert best.number != 0 and best.value < 0.95  # the study found a real gain on the days it counts
    check = significance_check(short_scenario, target, study, s)
    # nine batches gain nothing, one gains g: t = (g/10) / (sd / sqrt(10)) = 1 for any g
    assert check.batch_gains[:-1] == pytest.approx([0.0] * (BATCHES - 1))
    assert check.batch_gains[-1] > 0
    assert check.t == pytest.approx(1.0)
    assert not check.accepted
    outcome = calibrate_and_record(short_scenario, target, s, tmp_path / "runs")
    assert outcome.check.accepted is False and outcome.best_trial == best.number
    assert outcome.calibrated == pytest.approx(target.start(short_scenario))
    assert (outcome.objective, outcome.prior_distance) == (1.0, 0.0)
    assert outcome.loss == pytest.approx(study.user_attrs["reference_loss"])
    record = RunStore(tmp_path / "runs").get(outcome.record_id)
    assert record["params"] == pytest.approx(target.start(short_scenario))
    assert record["metrics"]["check_accepted"] is False and record["metrics"]["best_trial"] == best.number
    # without the check the best trial is taken, as before
    plain = calibrate_and_record(short_scenario, target, s, tmp_path / "runs", check=False)
    assert plain.check is None and plain.calibrated == pytest.approx(best.params)
    assert plain.objective == best.value


def test_nothing_to_check_when_the_scenario_values_win(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    s = StudySpec(storage=f"sqlite:///{tmp_path / 'strong.sqlite3'}", name="strong", trials=4, prior_weight=1000.0)
    study = run_study(short_scenario, target, s)
    assert best_trial(study).number == 0
    assert significance_check(short_scenario, target, study, s) is None


def test_calibrate_command_reports_the_check(tmp_path, short_mali):
    result = run_exodus("calibrate", str(short_mali), "--trials", "6", "--until", SHORT_UNTIL, "--study", "cli",
                        "--prior-weight", "0", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    metrics = RunStore(tmp_path / "runs").get("study-cli")["metrics"]
    assert f"significance check of trial {metrics['best_trial']} on seeds 2, 3, 4" in out
    assert metrics["check_seeds"] == [2, 3, 4] and isinstance(metrics["check_accepted"], bool)
    unchecked = run_exodus("calibrate", str(short_mali), "--trials", "6", "--until", SHORT_UNTIL, "--study", "cli",
                           "--prior-weight", "0", "--no-check", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert unchecked.returncode == 0, unchecked.stderr
    assert "significance check" not in unchecked.stdout

