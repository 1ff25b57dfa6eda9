"""Calibrations and ensembles as the command line runs them: run, score, record in the store."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path

from exodus.calibrate.ensemble import Ensemble, run_ensemble
from exodus.calibrate.space import sim_pars
from exodus.calibrate.study import StudySpec, best_trials, completed, model_fingerprint, open_storage, run_study
from exodus.calibrate.targets import Target, target_for
from exodus.engine.scenario import Scenario
from exodus.errors import InputError
from exodus.store import RunStore
from exodus.store.runstore import write_tables


@dataclass
class CalibrationOutcome:
    record_id: str
    trials: int
    best_loss: float
    uncalibrated: dict[str, float]
    calibrated: dict[str, float]
    scores_uncalibrated: dict[str, float]
    scores_calibrated: dict[str, float]


def calibrate_and_record(scenario: Scenario, target: Target, spec: StudySpec, store: Path,
                         progress=None) -> CalibrationOutcome:
    """Run (or resume) the study, then score its best parameters and the scenario's own on every day."""
    from exodus.engine.sim import Sim

    started = dt.datetime.now()
    clock = time.perf_counter()
    study = run_study(scenario, target, spec, progress)
    best = best_trials(study, 1)[0]
    seed = spec.sim_seeds[0]
    calibrated_sim = Sim(scenario, pars=sim_pars(scenario, best), seed=seed).run()
    scores_cal = target.scores(calibrated_sim)
    scores_unc = target.scores(Sim(scenario, seed=seed).run())
    n_trials = len(completed(study))
    metrics = {"best_loss": study.best_value, "trials": n_trials, "study": spec.name, "storage": spec.storage,
               **{f"calibrated_{k}": v for k, v in scores_cal.items()},
               **{f"uncalibrated_{k}": v for k, v in scores_unc.items()}}
    trials = study.trials_dataframe(attrs=("number", "value", "params", "state", "duration"))
    trials["duration"] = trials["duration"].dt.total_seconds()
    trials["state"] = trials["state"].astype(str)
    record_id = RunStore(store).save(f"study-{spec.name}", "study", scenario, best, seed, started,
                                     time.perf_counter() - clock, metrics,
                                     {"trials": trials, "daily": calibrated_sim.to_df()})
    return CalibrationOutcome(record_id, n_trials, study.best_value, target.defaults(scenario), best,
                              scores_unc, scores_cal)


def study_draws(scenario: Scenario, name: str, storage: str, top: int) -> list[dict[str, float]]:
    """Parameters of a finished study's best trials; the study must belong to this scenario."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        study = optuna.load_study(study_name=name, storage=open_storage(storage))
    except KeyError:
        raise InputError("--study", f"no study {name!r} in {storage}", field="study") from None
    if study.user_attrs.get("scenario_hash") != model_fingerprint(scenario):
        raise InputError("--study", f"study {name!r} was made for another scenario or model version",
                         field="study")
    if not completed(study):
        raise InputError("--study", f"study {name!r} has no completed trial yet", field="study")
    return [sim_pars(scenario, values) for values in best_trials(study, top)]


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
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), f"a local cluster of {n} workers"


def ensemble_and_record(scenario: Scenario, runs: int, seed: int, draws, scheduler: str | None,
                        workers: int | None, store: Path, progress=None, out: Path | None = None) -> EnsembleOutcome:
    try:
        target = target_for(scenario)
    except InputError:
        target = None  # nothing to score against; the bands are still made
    started = dt.datetime.now()
    clock = time.perf_counter()
    client, where = connect(scheduler, workers)
    try:
        ens = run_ensemble(scenario, runs, seed, draws, target, client, progress)
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
    params = {"runs": runs, "seeds": [ens.seeds[0], ens.seeds[-1]], "draws": draws or []}
    record_id = RunStore(store).save(RunStore(store).new_id("ensemble"), "ensemble", scenario, params, seed,
                                     started, wall, metrics, tables)
    if out is not None:
        write_tables(Path(out), tables)
    series = len(bands.groupby(["module", "result", "label"], sort=False))
    return EnsembleOutcome(record_id, ens, where, wall, series, metrics)
