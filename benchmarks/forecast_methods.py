"""Diagnostics and rejected methods of the Flee forecast benchmark (docs/forecast.md), kept so
their figures can be measured again. None of this is used by `exodus calibrate`.

    python benchmarks/forecast_methods.py oracle SCENARIO [--trials N]
    python benchmarks/forecast_methods.py posterior SCENARIO --results FORECAST.json [--draws K]
    python benchmarks/forecast_methods.py more SCENARIO [--trials N] [--sampler-seed S]
    python benchmarks/forecast.py [SCENARIO ...] --prior-weight auto     # the split-chosen prior weight
    python benchmarks/forecast.py [SCENARIO ...] --recency trend         # the camp share trend objective

oracle: a study (prior weight 0, seeds 1-3, sampler seed 1) whose loss is the ARD over the
held-out last two thirds themselves, every trial simulating the whole period; its best trial and
the scenario's own values are then scored on seeds 101-105, on the held-out days and on the fit
window. It looks at the held-out days, so it is no method: it bounds how much any values of the
six FLEE_SPACE parameters could lower the held-out error, and says whether the fit window could
have told those values from the scenario's own.

posterior: forecast from the trials of a finished weight-1 study of benchmarks/forecast.py
(same sampler seed), each weighted by exp(-(objective - lowest objective) / se), se being the
standard error of the best trial's objective gain in its significance check (gain / t, read
from forecast.py's --json output): trials within about one standard error of the best share the
weight and the scenario's own values (objective 1) get about exp(-t). K runs (seeds
101..100+K) are spread over the trials in proportion to their weights (largest remainder).
Scored against the scenario's own values and the best trial on the same K seeds: the mean of
the runs' held-out ARD, and the held-out ARD of the mean trajectory (camp counts averaged over
the K runs).

more: a copy of forecast.py's weight-1 study (40 trials, sampler seed S) resumed to N trials, as
`exodus calibrate --trials N` resumes a study, then checked and scored on seeds 101-105 as
forecast.py does. The copy lives in .bench-cache/forecast/<scenario>/more-trials/.

split (choose_prior_weight, forecast.py --prior-weight auto): the prior weight chosen on a
time-series split of the fit window, then a study of the whole fit window with that weight.

trend (TrendTarget, forecast.py --recency trend): the fit error plus, with equal weight, the error
of each camp's share growth over the fit window's last fifth (trend_error).
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import optuna

from exodus.calibrate.space import sim_pars
from exodus.calibrate.study import (StudySpec, best_trial, check_seeds, completed, fit_losses, model_fingerprint,
                                    run_study)
from exodus.calibrate.targets import FleeTarget, Target
from exodus.engine.scenario import Scenario
from exodus.engine.sim import Sim
from exodus.errors import InputError
from exodus.io import load_scenario
from forecast import CACHE, SCENARIOS, fit_until, holdout_ard, study_name

# --- split: the prior weight chosen on a time-series split of the fit window -------------------

SPLIT_WEIGHTS = (0.0, 0.25, 1.0, 4.0, 16.0)  # candidates; plus the scenario's own values (no move)
SPLIT_FIRST = 2 / 3  # the inner study fits this share of the fit window's days; the rest validates
SPLIT_EXPLORE_WEIGHT = 1.0  # the prior weight of the inner study, whose trials every candidate weight re-ranks


@dataclass
class PriorChoice:
    """An inner study fits days 0..``inner_last``; each candidate weight takes the inner trial with the
    lowest loss / reference_loss + weight * prior distance; those trials and the scenario's own values
    run the whole fit window on ``seeds`` (not the study's), and the weight whose trial has the lowest
    mean daily loss over days inner_last+1..fit_last is chosen (among equals the strongest prior;
    ``weight`` None: the scenario's own values)."""

    inner_last: int
    seeds: tuple[int, ...]
    trials: dict[str, int]
    validation: dict[str, float]
    weight: float | None

    def metrics(self) -> dict:
        return {"split_inner_last": self.inner_last, "split_seeds": list(self.seeds),
                "split_trials": self.trials, "split_validation": self.validation,
                "split_weight": "own values" if self.weight is None else self.weight}


def split_label(weight: float | None) -> str:
    return "own values" if weight is None else f"{weight:g}"


def choose_prior_weight(scenario: Scenario, target: Target, spec: StudySpec) -> PriorChoice:
    """The inner study is stored beside the main one as ``<spec.name>-split`` and resumes like it."""
    inner = copy.copy(target)
    inner.fit_last = int((target.fit_last + 1) * SPLIT_FIRST) - 1
    if inner.fit_last < 1 or inner.fit_last >= target.fit_last:
        raise InputError("--until", "the fit window is too short to split", field="until")
    inner_spec = StudySpec(storage=spec.storage, name=f"{spec.name}-split", trials=spec.trials,
                           sampler_seed=spec.sampler_seed, sim_seeds=spec.sim_seeds,
                           prior_weight=SPLIT_EXPLORE_WEIGHT)
    study = run_study(scenario, inner, inner_spec)
    start = target.start(scenario)
    scale = study.user_attrs["reference_loss"] or 1.0
    first = min(t.number for t in completed(study))
    picks: dict[float | None, object] = {None: None}
    for weight in SPLIT_WEIGHTS:
        picks[weight] = min(completed(study), key=lambda t: (t.user_attrs["loss"] / scale
                                                             + weight * t.user_attrs["prior_distance"], t.number))

    def number_of(weight):
        trial = picks[weight]
        return None if trial is None or trial.number == first else trial.number

    seeds = check_seeds(spec)
    fit_scenario = target.prepare(scenario)
    validation: dict[int | None, float] = {}
    for weight in picks:
        number = number_of(weight)
        if number not in validation:
            values = start if number is None else dict(picks[weight].params)
            runs = fit_losses(fit_scenario, target, values, seeds, target.fit_series)
            validation[number] = float(np.mean([r[inner.fit_last + 1: target.fit_last + 1].mean() for r in runs]))
    chosen = min(picks, key=lambda w: (validation[number_of(w)], -(np.inf if w is None else w)))
    return PriorChoice(inner.fit_last, seeds, {split_label(w): -1 if number_of(w) is None else number_of(w)
                                               for w in picks},
                       {split_label(w): validation[number_of(w)] for w in picks},
                       None if number_of(chosen) is None else chosen)


# --- trend: the camps' share growth at the fit window's end -----------------------------------

TREND_SHARE = 0.2  # the share of the fit window, at its end, whose camp share growth is fitted


def share_mismatch(out) -> np.ndarray:
    """Per day and camp of a Flee out table, (sim_c - data_c) / max(U, 1), rescaled: the signed terms
    whose absolute sum is the daily error (validation.per_day_error), a camp's simulated share of U
    minus its reported share."""
    from exodus.report.validation import camp_counts

    sim, data, unhcr = camp_counts(out, "rescaled")
    return (sim - data) / np.maximum(unhcr, 1.0)[:, None]


def trend_error(mismatch: np.ndarray) -> np.ndarray:
    """Per fit day, how far each camp's simulated share grew unlike its reported share since the start of
    the window's last TREND_SHARE (sum over camps of |change of share_mismatch|), 0 before it,
    scaled so its mean over the window is its mean over that stretch: a forecast should carry on the
    trend the camps are on at the window's end, which the level error over the window weighs little."""
    days = len(mismatch)
    span = max(1, round(days * TREND_SHARE))
    anchor = days - 1 - span
    error = np.zeros(days)
    error[anchor + 1:] = np.abs(mismatch[anchor + 1:] - mismatch[anchor]).sum(axis=1) * (days / span)
    return error


class TrendTarget(FleeTarget):
    """Loss: the fit window's ARD plus the mean trend_error of its last fifth (fit_series is their
    daily sum, so the significance check applies unchanged)."""

    def __init__(self, scenario: Scenario, until, space=None):
        super().__init__(scenario, until, space)
        self.recency = "trend"  # recorded with the study, as --recency is

    def fit_weights(self, days: int) -> np.ndarray:
        """Its days weigh alike ("trend" is no recency weighting)."""
        return np.ones(days)

    def fit_series(self, sim) -> np.ndarray:
        from exodus.io.flee_out import flee_out_table
        from exodus.report.validation import per_day_error

        days = self.fit_last + 1
        out = flee_out_table(sim)
        return (per_day_error(out, "rescaled").iloc[:days].to_numpy(dtype=float)
                + trend_error(share_mismatch(out)[:days]))


# --- oracle ------------------------------------------------------------------------------------

class HeldOutTarget(FleeTarget):
    """Loss: the ARD over the days after ``until``, every trial simulating the whole period."""

    def prepare(self, scenario):
        return scenario

    def loss(self, sim):
        return float(self.daily_error(sim).iloc[self.fit_last + 1:].mean())


def oracle(name: str, trials: int) -> dict:
    scenario = load_scenario(SCENARIOS / name)
    target = HeldOutTarget(scenario, fit_until(scenario))
    folder = CACHE / "forecast" / name / "oracle"
    folder.mkdir(parents=True, exist_ok=True)
    spec = StudySpec(storage=f"sqlite:///{(folder / 'optuna.sqlite3').resolve()}",
                     name=f"{name}-{model_fingerprint(scenario)[-8:]}-oracle-t{trials}", trials=trials,
                     sampler_seed=1, sim_seeds=(1, 2, 3), prior_weight=0.0)
    clock = time.perf_counter()
    study = run_study(scenario, target, spec)
    seconds = time.perf_counter() - clock
    best = best_trial(study)
    scored = {label: [target.scores(Sim(scenario, pars=sim_pars(scenario, values), seed=s).run())
                      for s in range(101, 106)]
              for label, values in (("oracle", dict(best.params)), ("uncalibrated", target.start(scenario)))}
    return {"scenario": name, "trials": trials, "seconds": round(seconds), "best_params": best.params,
            "start": target.start(scenario),
            **{f"{k}_{label}": float(np.mean([s[k] for s in runs])) for label, runs in scored.items()
               for k in ("ard_holdout", "ard_fit")},
            **{f"ard_holdout_{label}_sd": float(np.std([s["ard_holdout"] for s in runs]))
               for label, runs in scored.items()}}


# --- posterior averaging -----------------------------------------------------------------------

def mean_trajectory_ard(outs: list, fit_days: int) -> tuple[float, float]:
    """(mean of the runs' held-out ARD, held-out ARD of their mean camp counts)."""
    from exodus.report.validation import SIM_TOTAL, camp_names, per_day_error

    per_run = [float(per_day_error(o, "rescaled").iloc[fit_days:].mean()) for o in outs]
    mean = outs[0].copy()
    cols = [f"{c} sim" for c in camp_names(outs[0])] + [SIM_TOTAL]
    mean[cols] = np.mean([o[cols].to_numpy(float) for o in outs], axis=0)
    return float(np.mean(per_run)), float(per_day_error(mean, "rescaled").iloc[fit_days:].mean())


def posterior(name: str, results: Path, draws: int) -> dict:
    from exodus.io.flee_out import flee_out_table

    row = next(r for r in json.loads(results.read_text()) if r["scenario"] == name)
    sampler, replicas = row["sampler_seed"], row["replicas"]
    scenario = load_scenario(SCENARIOS / name)
    fit_days = scenario.days // 3
    target = FleeTarget(scenario, fit_until(scenario))
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = f"sqlite:///{(CACHE / 'forecast' / name / 'flee_space' / 'optuna.sqlite3').resolve()}"
    stored = study_name(name, scenario, replicas, f"{row['prior_weight']:g}", row["trials"], sampler)
    study = optuna.load_study(study_name=stored, storage=storage)
    trials = sorted(completed(study), key=lambda t: t.number)
    start = target.start(scenario)
    check = row["check"]
    if check is None or check["check_t"] <= 0:  # nothing better than the scenario's own values
        weights, se = {trials[0].number: 1.0}, None
    else:
        se = check["check_gain"] / check["check_t"]
        objective = np.array([t.value for t in trials])
        w = np.exp(-(objective - objective.min()) / se)
        w /= w.sum()
        weights = {t.number: float(x) for t, x in zip(trials, w) if x > 1e-4}
    numbers = list(weights)
    p = np.array([weights[n] for n in numbers])
    p /= p.sum()
    counts = np.floor(p * draws).astype(int)
    for i in np.argsort(-(p * draws - counts))[: draws - counts.sum()]:
        counts[i] += 1
    by_number = {t.number: t for t in trials}
    seeds = list(range(101, 101 + draws))

    def runs(assigned):
        return [flee_out_table(Sim(scenario, pars=sim_pars(scenario, start if n == trials[0].number
                                                           else dict(by_number[n].params)), seed=s).run())
                for n, s in zip(assigned, seeds)]

    assigned = [n for n, c in zip(numbers, counts) for _ in range(c)]
    scored = {"posterior": runs(assigned), "uncalibrated": runs([trials[0].number] * draws),
              "best_trial": runs([best_trial(study).number] * draws)}
    out = {"scenario": name, "sampler_seed": sampler, "draws": draws, "study": stored, "se": se,
           "check_t": None if check is None else check["check_t"],
           "effective_trials": float(1.0 / (p ** 2).sum()),
           "trials_drawn": {int(n): int(c) for n, c in zip(numbers, counts) if c},
           "weight_own_values": float(weights.get(trials[0].number, 0.0))}
    for label, outs in scored.items():
        out[f"{label}_mean_run_ard"], out[f"{label}_mean_trajectory_ard"] = mean_trajectory_ard(outs, fit_days)
    return out


# --- more trials ------------------------------------------------------------------------------

def more_trials(name: str, trials: int, sampler_seed: int) -> dict:
    import shutil

    from exodus.calibrate.study import calibrated_values, significance_check

    scenario = load_scenario(SCENARIOS / name)
    target = FleeTarget(scenario, fit_until(scenario))
    db = CACHE / "forecast" / name / "more-trials" / "optuna.sqlite3"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CACHE / "forecast" / name / "flee_space" / "optuna.sqlite3", db)
    spec = StudySpec(storage=f"sqlite:///{db.resolve()}",
                     name=study_name(name, scenario, 3, "1", 40, sampler_seed),  # forecast.py's study, resumed
                     trials=trials, sampler_seed=sampler_seed, sim_seeds=(1, 2, 3), prior_weight=1.0)
    clock = time.perf_counter()
    study = run_study(scenario, target, spec)
    best = best_trial(study)
    checked = significance_check(scenario, target, study, spec)
    seconds = time.perf_counter() - clock
    values = calibrated_values(scenario, target, study, checked)
    held_out = holdout_ard(scenario, target, sim_pars(scenario, values), range(101, 106))
    return {"scenario": name, "sampler_seed": sampler_seed, "trials": trials, "seconds": round(seconds),
            "best_trial": best.number, "fit_loss": best.user_attrs["loss"],
            "prior_distance": best.user_attrs["prior_distance"],
            "check_t": None if checked is None else checked.t, "kept": None if checked is None else checked.accepted,
            "holdout_calibrated": float(np.mean(held_out)), "best_params": best.params}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    o = sub.add_parser("oracle")
    o.add_argument("scenario")
    o.add_argument("--trials", type=int, default=40)
    p = sub.add_parser("posterior")
    p.add_argument("scenario")
    p.add_argument("--results", type=Path, required=True, help="benchmarks/forecast.py --json output")
    p.add_argument("--draws", type=int, default=10)
    m = sub.add_parser("more")
    m.add_argument("scenario")
    m.add_argument("--trials", type=int, default=120)
    m.add_argument("--sampler-seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="append the figures to this JSON-lines file")
    args = parser.parse_args()
    if args.what == "oracle":
        row = oracle(args.scenario, args.trials)
    elif args.what == "posterior":
        row = posterior(args.scenario, args.results, args.draws)
    else:
        row = more_trials(args.scenario, args.trials, args.sampler_seed)
    print(json.dumps(row, indent=1))
    if args.json:
        with args.json.open("a") as f:
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
