"""Calibrations and ensembles as the command line runs them: run, score, record in the store."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from exodus.calibrate.ensemble import Ensemble, run_ensemble
from exodus.calibrate.space import sim_pars
from exodus.calibrate.study import (SignificanceCheck, StudySpec, best_trial, calibrated_values, completed,
                                    model_fingerprint, open_storage, run_study,
                                    significance_check)
from exodus.calibrate.targets import Target, target_for
from exodus.engine.scenario import Scenario
from exodus.errors import InputError
from exodus.store import RunStore
from exodus.store.runstore import write_tables


@dataclass
class CalibrationOutcome:
    record_id: str
    trials: int
    objective: float
    loss: float
    prior_distance: float
    uncalibrated: dict[str, float]
    calibrated: dict[str, float]
    closest_fit: dict[str, float]
    scores_uncalibrated: dict[str, float]
    scores_calibrated: dict[str, float]
    best_trial: int
    check: SignificanceCheck | None


def calibrate_and_record(scenario: Scenario, target: Target, spec: StudySpec, store: Path,
                         progress=None, check: bool = True) -> CalibrationOutcome:
    """Run (or resume) the study, check that its best trial's gain exceeds its noise (``check``,
    study.significance_check), then score the calibrated values and the scenario's own on every day."""
    from exodus.engine.sim import Sim

    started = dt.datetime.now()
    clock = time.perf_counter()
    study = run_study(scenario, target, spec, progress)
    best = best_trial(study)
    checked = significance_check(scenario, target, study, spec) if check else None
    values = calibrated_values(scenario, target, study, checked)
    if checked is not None and not checked.accepted:  # the scenario's own values: the study's first trial
        objective, loss, distance = 1.0, study.user_attrs["reference_loss"], 0.0
    else:
        objective, loss, distance = best.value, best.user_attrs["loss"], best.user_attrs["prior_distance"]
    # the trial a plain best fit would take among these, for comparison
    closest = min(completed(study), key=lambda t: (t.user_attrs["loss"], t.number))
    seed = spec.sim_seeds[0]
    calibrated_sim = Sim(scenario, pars=sim_pars(scenario, values), seed=seed).run()
    scores_cal = target.scores(calibrated_sim)
    scores_unc = target.scores(Sim(scenario, seed=seed).run())
    n_trials = len(completed(study))
    metrics = {"objective": objective, "loss": loss, "prior_distance": distance, "prior_weight": spec.prior_weight,
               "recency": target.recency,
               "best_trial": best.number, "best_objective": best.value,
               **(checked.metrics() if checked else {"check_accepted": None}),
               "reference_loss": study.user_attrs["reference_loss"], "trials": n_trials, "study": spec.name,
               "storage": spec.storage,
               **{f"calibrated_{k}": v for k, v in scores_cal.items()},
               **{f"uncalibrated_{k}": v for k, v in scores_unc.items()}}
    record_id = RunStore(store).save(f"study-{spec.name}", "study", scenario, values, seed, started,
                                     time.perf_counter() - clock, metrics,
                                     {"trials": trials_table(study), "daily": calibrated_sim.to_df()})
    return CalibrationOutcome(record_id, n_trials, objective, loss, distance, target.defaults(scenario), values,
                              dict(closest.params), scores_unc, scores_cal, best.number, checked)


def trials_table(study):
    trials = study.trials_dataframe(attrs=("number", "value", "params", "state", "duration", "user_attrs"))
    trials["duration"] = trials["duration"].dt.total_seconds()
    trials["state"] = trials["state"].astype(str)
    return trials


DRAWS = ("posterior", "best")


@dataclass
class Draws:
    """Parameters for each replica, drawn from a calibration study, and how they were drawn."""

    pars: list[dict]
    how: str
    trials: list[int]
    values: dict[int, dict[str, float]]
    effective_trials: float

    def metrics(self) -> dict:
        return {"draws": self.how, "distinct_trials": len(set(self.trials)),
                "effective_trials": self.effective_trials}


def load_finished_study(scenario: Scenario, name: str, storage: str):
    """A study of this scenario and model version with at least one completed trial, and the scenario
    as it was fitted: with the per-camp corrections the calibration made before the study."""
    import optuna

    from exodus.calibrate.shares import with_corrections

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        study = optuna.load_study(study_name=name, storage=open_storage(storage))
    except KeyError:
        raise InputError("--study", f"no study {name!r} in {storage}", field="study") from None
    scenario = with_corrections(scenario, study.user_attrs.get("corrections", {}))
    if study.user_attrs.get("scenario_hash") != model_fingerprint(scenario):
        raise InputError("--study", f"study {name!r} was made for another scenario or model version",
                         field="study")
    if not completed(study):
        raise InputError("--study", f"study {name!r} has no completed trial yet", field="study")
    return study, scenario


def posterior_weights(objectives: np.ndarray, scale: float) -> np.ndarray:
    """Normalised posterior weight of each trial, exp(-scale * (objective - min objective)), where
    scale * objective is a negative log posterior (study.py: loss_terms * reference_loss)."""
    w = np.exp(-scale * (objectives - objectives.min()))
    return w / w.sum()


def study_draws(scenario: Scenario, name: str, storage: str, runs: int, seed: int, how: str = "posterior",
                top: int = 5) -> Draws:
    """Parameters for ``runs`` replicas from a finished study.

    posterior: trials drawn in proportion to their posterior weight, likelihood times the
    study's prior (systematic resampling, seeded by ``seed``): an approximate posterior over
    the points the study tried; best: the ``top`` best trials in turn."""
    study, fitted = load_finished_study(scenario, name, storage)
    ranked = sorted(completed(study), key=lambda t: t.value)
    if how == "best":
        picks = [i % min(top, len(ranked)) for i in range(runs)]
        effective = float(min(top, len(ranked)))
    else:
        terms = study.user_attrs.get("loss_terms")
        if terms is None:
            raise InputError("--study", f"study {name!r} has no likelihood to weigh its trials by (its loss is not "
                                        "a negative log-likelihood, or it predates loss_terms); use --draws best",
                             field="study")
        scale = terms * (study.user_attrs["reference_loss"] or 1.0)
        weights = posterior_weights(np.array([t.value for t in ranked]), scale)
        rng = np.random.default_rng(seed)
        picks = np.searchsorted(np.cumsum(weights), (rng.random() + np.arange(runs)) / runs)
        picks = np.minimum(picks, len(ranked) - 1).tolist()
        effective = float(1.0 / np.sum(weights ** 2))
    values = {ranked[i].number: dict(ranked[i].params) for i in picks}
    numbers = [ranked[i].number for i in picks]
    return Draws([fitted_pars(fitted, study, values[n]) for n in numbers], how, numbers, values, effective)


def fitted_pars(fitted: Scenario, study, values: dict[str, float]) -> dict[str, dict]:
    """Sim overrides of a trial's values, plus the per-camp corrections the study was fitted with."""
    pars = sim_pars(fitted, values)
    for key, table in study.user_attrs.get("corrections", {}).items():
        module, _, name = key.rpartition(".")
        pars.setdefault(module, {})[name] = table
    return pars


@dataclass
class EnsembleOutcome:
    record_id: str
    ensemble: Ensemble
    where: str
    wall_seconds: float
    series: int
    metrics: dict


def summary_scores(scores) -> list[str]:
    """Score columns summarised by quantiles: all but the seed and per-figure values ('obs:<id>')."""
    return [k for k in scores.columns if k != "seed" and not k.startswith("obs:")]


def connect(scheduler: str | None, workers: int | None):
    """A Dask client on an existing scheduler, or on a new local cluster of worker processes."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), scheduler
        except (OSError, TimeoutError) as exc:
            raise InputError("--scheduler", f"cannot reach Dask scheduler {scheduler}: {exc}",
                             field="scheduler") from None
    import dask

    n = workers or os.cpu_count() or 1
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which hands every freed array back
    # to the system; a replica allocates and frees hundreds of MB, and with it ran at half speed
    # (1.3 s instead of 0.65 s of CPU per Russia run, benchmarks in docs/forecast.md).
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    return Client(cluster), f"a local cluster of {n} workers"


def ensemble_and_record(scenario: Scenario, runs: int, seed: int, draws: Draws | None, scheduler: str | None,
                        workers: int | None, store: Path, progress=None, out: Path | None = None) -> EnsembleOutcome:
    try:
        target = target_for(scenario)
    except InputError:
        target = None  # nothing to score against; the bands are still made
    started = dt.datetime.now()
    clock = time.perf_counter()
    client, where = connect(scheduler, workers)
    try:
        ens = run_ensemble(scenario, runs, seed, draws.pars if draws else None, target, client, progress)
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None and not scheduler:
            cluster.close()
    wall = time.perf_counter() - clock
    bands = ens.bands()
    tables = {"bands": bands, "scores": ens.scores}
    metrics = {f"{k}_p{q}": float(ens.scores[k].quantile(q / 100)) for k in summary_scores(ens.scores)
               for q in (5, 50, 95)}
    if target is not None:
        metrics.update(target.ensemble_metrics(ens.scores))
    params = {"runs": runs, "seeds": [ens.seeds[0], ens.seeds[-1]]}
    if draws is not None:
        metrics.update(draws.metrics())
        params.update(trials=draws.trials, values={str(n): v for n, v in draws.values.items()})
    record_id = RunStore(store).save(RunStore(store).new_id("ensemble"), "ensemble", scenario, params, seed,
                                     started, wall, metrics, tables)
    if out is not None:
        write_tables(Path(out), tables)
    series = len(bands.groupby(["module", "result", "label"], sort=False))
    return EnsembleOutcome(record_id, ens, where, wall, series, metrics)
