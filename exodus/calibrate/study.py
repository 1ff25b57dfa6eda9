"""Optuna studies over a Target, stored so that a killed study resumes where it stopped.

The study lives in an Optuna RDB storage (an SQLite file by default, PostgreSQL to share
one study between machines). Every trial simulates the target's fit window with fixed
seeds, so its loss is a function of the parameters alone. The first trial of a new study
is the scenario's own parameter values, so the best trial is never worse on the fit
window than the uncalibrated run. Trials send a heartbeat: a trial whose process was
killed is marked failed once its heartbeat is stale and is run again by the next worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exodus.calibrate.space import sim_pars
from exodus.calibrate.targets import Target
from exodus.engine.scenario import Scenario
from exodus.errors import InputError

HEARTBEAT_SECONDS = 5
GRACE_SECONDS = 15


@dataclass
class StudySpec:
    """Where a study is stored and how its trials are drawn and scored."""

    storage: str
    name: str
    trials: int
    sampler_seed: int = 1
    sim_seeds: tuple[int, ...] = (1,)


def open_storage(url: str):
    import warnings

    import optuna
    import sqlalchemy
    from optuna.storages import RDBStorage, RetryHeartbeatStaleTrialCallback

    # Heartbeats are marked experimental in Optuna; they are what makes kill -9 resumable.
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    try:
        return RDBStorage(url, heartbeat_interval=HEARTBEAT_SECONDS, grace_period=GRACE_SECONDS,
                          heartbeat_stale_trial_callback=RetryHeartbeatStaleTrialCallback(max_retry=2))
    except (optuna.exceptions.StorageInternalError, sqlalchemy.exc.SQLAlchemyError, ValueError, ImportError) as exc:
        raise InputError("--storage", f"cannot open study storage {url!r}: {exc}", field="storage") from None


def trial_values(trial, target: Target) -> dict[str, float]:
    """The trial's value of every calibrated parameter, by key (whole numbers for int parameters)."""
    return {row.key: (trial.suggest_int(row.key, int(row.low), int(row.high), log=row.scale == "log")
                      if row.key in target.integers else
                      trial.suggest_float(row.key, row.low, row.high, log=row.scale == "log"))
            for row in target.space}


def mean_losses(scenario: Scenario, target: Target, values: dict,
                seeds: tuple[int, ...]) -> tuple[float, float | None]:
    """Loss and, under a forward split, validation loss, each averaged over the seeds."""
    from exodus.engine.sim import Sim

    pars = sim_pars(scenario, values)
    sims = [Sim(scenario, pars=pars, seed=s).run() for s in seeds]
    loss = sum(target.loss(sim) for sim in sims) / len(sims)
    if target.validate_after is None:
        return loss, None
    return loss, sum(target.validation_loss(sim) for sim in sims) / len(sims)


def completed(study) -> list:
    import optuna

    return study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))


def model_fingerprint(scenario: Scenario) -> str:
    """The scenario's data plus every resolved module parameter (defaults included), so a
    study is never resumed after the model's defaults changed under it."""
    import hashlib

    from exodus.engine.sim import Sim
    from exodus.store.runstore import module_params

    resolved = repr(sorted(module_params(Sim(scenario)).items()))
    return f"{scenario.fingerprint()}-{hashlib.sha256(resolved.encode()).hexdigest()[:8]}"


def run_study(scenario: Scenario, target: Target, spec: StudySpec,
              progress: Callable[[int, int], None] | None = None):
    """Create or resume the study and run trials until ``spec.trials`` have completed."""
    import optuna
    from optuna.study import MaxTrialsCallback

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = open_storage(spec.storage)
    fingerprint = model_fingerprint(scenario)
    existing = {s.study_name: s for s in optuna.get_all_study_summaries(storage)}
    attrs = existing[spec.name].user_attrs if spec.name in existing else {}
    # A study killed before its attributes were written counts as new.
    fresh = "scenario_hash" not in attrs
    if not fresh:
        if attrs.get("scenario_hash") != fingerprint or attrs.get("space") != [r.key for r in target.space]:
            raise InputError("--study", f"study {spec.name!r} in {spec.storage} was made for another scenario or "
                                        "parameter set; choose another --study name", field="study")
        if (attrs.get("fit_last", target.fit_last), attrs.get("validate_after", target.validate_after)) != \
                (target.fit_last, target.validate_after):
            raise InputError("--study", f"study {spec.name!r} in {spec.storage} was fitted to another window "
                                        "(--until or --method); choose another --study name", field="study")
    done_before = existing[spec.name].n_trials if spec.name in existing else 0
    # A resumed study gets a sampler seeded past the trials it already has, so it does not
    # propose again the random start-up points of the first run.
    sampler = optuna.samplers.TPESampler(seed=spec.sampler_seed + done_before, multivariate=True)
    study = optuna.create_study(study_name=spec.name, storage=storage, sampler=sampler, direction="minimize",
                                load_if_exists=True)
    if fresh:
        study.enqueue_trial(target.start(scenario), user_attrs={"uncalibrated": True})
        study.set_user_attr("space", [r.key for r in target.space])
        study.set_user_attr("scenario_hash", fingerprint)
        study.set_user_attr("fit_last", target.fit_last)
        study.set_user_attr("validate_after", target.validate_after)
        if target.loss_terms is not None:
            study.set_user_attr("loss_terms", target.loss_terms)
    fit_scenario = target.prepare(scenario)

    def objective(trial):
        loss, validation = mean_losses(fit_scenario, target, trial_values(trial, target), spec.sim_seeds)
        if validation is not None:
            trial.set_user_attr("validation", validation)
        return loss

    def report(study, trial):
        if progress is not None:
            progress(len(completed(study)), spec.trials)

    if len(completed(study)) < spec.trials:
        study.optimize(objective, callbacks=[MaxTrialsCallback(spec.trials, states=(optuna.trial.TrialState.COMPLETE,)),
                                             report])
    return study


def best_trials(study, top: int) -> list[dict[str, float]]:
    """Values of the ``top`` best completed trials by key, best first (Sim overrides: space.sim_pars)."""
    ranked = sorted(completed(study), key=lambda t: t.value)
    return [dict(t.params) for t in ranked[:max(top, 1)]]
