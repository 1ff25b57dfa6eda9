"""Optuna studies over a Target, stored so that a killed study resumes where it stopped.

The study lives in an Optuna RDB storage (an SQLite file by default, PostgreSQL to share
one study between machines). Every trial simulates the target's fit window with fixed
seeds, so its loss is a function of the parameters alone. The first trial of a new study
is the scenario's own parameter values. Trials send a heartbeat: a trial whose process
was killed is marked failed once its heartbeat is stale and is run again by the next worker.

The study minimises a penalised objective (a negative log posterior up to scale, with a
Gaussian prior centred on the scenario's own values):

    objective = loss / reference_loss + prior_weight * mean_i (u_i - u0_i)^2

where reference_loss is the loss of the scenario's own values (the same seeds), and u_i is
where value i sits in its range on its search scale (0 at low, 1 at high; log for a
log-scale range), u0_i the same for the scenario's value. The first trial therefore
scores exactly 1. prior_weight 1 means moving every value across its whole range costs as
much as the scenario's whole fit error, moving each by a tenth of its range costs 1%;
prior_weight 0 is a plain best fit. Why this and not a plain best fit: docs/calibration.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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
    prior_weight: float = 1.0


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


def fit_losses(scenario: Scenario, target: Target, values: dict, seeds: tuple[int, ...], measure) -> list:
    """``measure(sim)`` of a run of ``scenario`` with ``values`` for each seed."""
    from exodus.engine.sim import Sim

    pars = sim_pars(scenario, values)
    return [measure(Sim(scenario, pars=pars, seed=s).run()) for s in seeds]


def mean_loss(scenario: Scenario, target: Target, values: dict, seeds: tuple[int, ...]) -> float:
    return sum(fit_losses(scenario, target, values, seeds, target.loss)) / len(seeds)


def range_position(row, value: float) -> float:
    """Where ``value`` sits in the row's range on its search scale: 0 at low, 1 at high."""
    import math

    scale = math.log if row.scale == "log" else float
    if row.high == row.low:
        return 0.0
    return (scale(value) - scale(row.low)) / (scale(row.high) - scale(row.low))


def prior_distance(target: Target, start: dict[str, float], values: dict[str, float]) -> float:
    """Mean squared distance from the prior's centre, in range positions."""
    return sum((range_position(r, values[r.key]) - range_position(r, start[r.key])) ** 2
               for r in target.space) / len(target.space)


def completed(study) -> list:
    import optuna

    return study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))


MODEL_CODE = ("engine", "model")  # the packages under exodus/ whose code decides what a run does


def model_code_hash(root: Path | None = None) -> str:
    """Hash of the source of the engine and the model rules (every .py file under exodus/engine
    and exodus/model), so a study is not resumed after the rules changed while no parameter did
    (e.g. a new draw schedule in a kernel)."""
    import hashlib

    import exodus

    root = Path(exodus.__file__).parent if root is None else root
    digest = hashlib.sha256()
    for package in MODEL_CODE:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def model_fingerprint(scenario: Scenario) -> str:
    """The scenario's data, every resolved module parameter (defaults included) and the model's
    code, so a study is never resumed after the model changed under it."""
    import hashlib

    from exodus.engine.sim import Sim
    from exodus.store.runstore import module_params

    resolved = repr(sorted(module_params(Sim(scenario)).items())) + model_code_hash()
    return f"{scenario.fingerprint()}-{hashlib.sha256(resolved.encode()).hexdigest()[:8]}"


def run_study(scenario: Scenario, target: Target, spec: StudySpec,
              progress: Callable[[int, int], None] | None = None):
    """Create or resume the study and run trials until ``spec.trials`` have completed."""
    import optuna
    from optuna.study import MaxTrialsCallback

    from exodus.calibrate.shares import corrections

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
        # studies from before --recency have no such attribute: their loss weighed every day alike
        if ((attrs.get("fit_last"), attrs.get("prior_weight"), attrs.get("recency", "none"))
                != (target.fit_last, spec.prior_weight, target.recency)):
            raise InputError("--study", f"study {spec.name!r} in {spec.storage} was made with another --until, "
                                        "--prior-weight or --recency; choose another --study name", field="study")
    done_before = existing[spec.name].n_trials if spec.name in existing else 0
    # A resumed study gets a sampler seeded past the trials it already has, so it does not
    # propose again the random start-up points of the first run.
    sampler = optuna.samplers.TPESampler(seed=spec.sampler_seed + done_before, multivariate=True)
    study = optuna.create_study(study_name=spec.name, storage=storage, sampler=sampler, direction="minimize",
                                load_if_exists=True)
    fit_scenario = target.prepare(scenario)
    start = target.start(scenario)
    if fresh:
        reference = mean_loss(fit_scenario, target, start, spec.sim_seeds)
        study.enqueue_trial(start, user_attrs={"uncalibrated": True})
        for key, value in (("space", [r.key for r in target.space]), ("fit_last", target.fit_last),
                           ("prior_weight", spec.prior_weight), ("recency", target.recency),
                           ("reference_loss", reference),
                           ("loss_terms", target.loss_terms), ("scenario_hash", fingerprint),
                           ("corrections", corrections(scenario))):
            study.set_user_attr(key, value)
    # a perfect fit of the scenario's own values leaves nothing to be relative to
    scale = study.user_attrs["reference_loss"] or 1.0

    def objective(trial):
        values = trial_values(trial, target)
        loss = mean_loss(fit_scenario, target, values, spec.sim_seeds)
        distance = prior_distance(target, start, values)
        trial.set_user_attr("loss", loss)
        trial.set_user_attr("prior_distance", distance)
        return loss / scale + spec.prior_weight * distance

    def report(study, trial):
        if progress is not None:
            progress(len(completed(study)), spec.trials)

    if len(completed(study)) < spec.trials:
        study.optimize(objective, callbacks=[MaxTrialsCallback(spec.trials, states=(optuna.trial.TrialState.COMPLETE,)),
                                             report])
    return study


def best_trial(study):
    """The completed trial with the lowest objective (the first of equals)."""
    return min(completed(study), key=lambda t: (t.value, t.number))


# One-sided 95% quantiles of Student's t by degrees of freedom (batches - 1).
T95 = {1: 6.314, 2: 2.920, 3: 2.353, 4: 2.132, 5: 2.015, 6: 1.943, 7: 1.895, 8: 1.860, 9: 1.833}
BATCHES = 10  # batch-means standard practice: 10 to 30 batches (Schmeiser 1982); the fewest, for the widest batches


@dataclass
class SignificanceCheck:
    """Whether the best trial's gain over the scenario's own values is larger than its noise.

    ``gain`` is the objective of the scenario's values minus the best trial's (positive: the
    best trial is better), measured again on ``seeds`` (not the study's); ``batch_gains`` the
    gain per day weight over each of ``len(batch_gains)`` consecutive batches of fit-window days
    (batch_t); ``t`` the gain over its standard error; accepted if ``t > critical``."""

    trial: int
    seeds: tuple[int, ...]
    gain: float
    batch_gains: list[float]
    t: float
    critical: float
    accepted: bool

    def metrics(self) -> dict:
        return {"check_trial": self.trial, "check_seeds": list(self.seeds), "check_gain": self.gain,
                "check_t": self.t, "check_critical": self.critical, "check_accepted": self.accepted}


def check_seeds(spec: StudySpec) -> tuple[int, ...]:
    """Seeds the study never used, as many as it used and at least 3."""
    return unused_seeds(spec.sim_seeds)


def unused_seeds(seeds: tuple[int, ...]) -> tuple[int, ...]:
    """Seeds after ``seeds``, as many and at least 3: for checking what ``seeds`` fitted."""
    first = max(seeds) + 1
    return tuple(range(first, first + max(3, len(seeds))))


def significance_check(scenario: Scenario, target: Target, study, spec: StudySpec,
                       batches: int = BATCHES) -> SignificanceCheck | None:
    """Is the best trial's gain in the objective over the scenario's own values larger than its noise?

    Both run the fit window again with seeds the study never used (the best of many trials is
    flattered by the seeds it was chosen on). Per fit day, the gain is (loss of the scenario's
    values - loss of the best trial) / reference_loss - prior_weight * prior distance, averaged
    over those seeds and weighted as the loss weighs the day (Target.fit_weights); its weighted
    mean is the objective gain. Days next to each other are not independent, so its standard
    error comes from batch means: the fit days are cut into ``batches`` consecutive batches and
    the batch means treated as independent (batch_t, which keeps the weights out of their spread). The move is
    accepted if gain / standard error exceeds the one-sided 95% quantile of Student's t.
    A gain that comes from a few weeks of the window, or that seed noise could make, fails.
    None if there is nothing to check (the best trial is the scenario's own values) or the
    target's loss is not a daily series."""
    import numpy as np

    best = best_trial(study)
    start = target.start(scenario)
    fit_scenario = target.prepare(scenario)
    if best.number == min(t.number for t in completed(study)) or best.params == start:
        return None
    seeds = check_seeds(spec)

    def series(values):
        runs = fit_losses(fit_scenario, target, values, seeds, target.fit_series)
        return None if runs[0] is None else np.mean(runs, axis=0)

    reference = series(start)
    if reference is None:
        return None
    scale = study.user_attrs["reference_loss"] or 1.0
    weights = target.fit_weights(len(reference))
    # the prior term weighted as the days are, so the summed daily gains over the summed weights are the objective gain
    daily = ((reference - series(dict(best.params))) / scale
             - spec.prior_weight * best.user_attrs["prior_distance"] * weights)
    batches = min(batches, len(daily) // 2)
    if batches < 2:
        return None
    gain, means, t = batch_t(daily, weights, batches)
    critical = T95[batches - 1]
    return SignificanceCheck(best.number, seeds, gain, [float(m) for m in means], t, critical, bool(t > critical))


def batch_t(daily_gains, day_weights, batches: int) -> tuple[float, np.ndarray, float]:
    """The weighted mean daily gain, its batch means and its t statistic.

    ``daily_gains`` are the fit days' gains already multiplied by ``day_weights`` (mean 1), as
    the objective sums them. The noise is in the unweighted gains, so each batch's mean is its
    summed gain over its summed weight (the batch's weighted mean gain), and the batch means are
    combined as a weighted mean with the batch's mean day weight v_b (so that, as without
    weights, batches a day longer or shorter count alike). With a_b = v_b / sum(v) and n_eff =
    1 / sum(a_b^2) the effective number of batches, the common variance of a batch mean is
    estimated without bias by sum((m_b - gain)^2) / (B - 2 + B / n_eff) and the standard error
    of the gain is its square root over sqrt(n_eff). With all weights 1 this is the plain batch-
    means test: mean of the batch means, sd(ddof=1) / sqrt(B)."""
    import numpy as np

    gains = np.array_split(np.asarray(daily_gains, dtype=float), batches)
    weights = np.array_split(np.asarray(day_weights, dtype=float), batches)
    valid = [~np.isnan(g) for g in gains]  # a day without a figure counts in neither sum
    means = np.array([g[k].sum() / w[k].sum() for g, w, k in zip(gains, weights, valid)])
    batch_weights = np.array([w[k].mean() for w, k in zip(weights, valid)])
    gain = float(np.average(means, weights=batch_weights))
    effective = float(batch_weights.sum() ** 2 / np.sum(batch_weights ** 2))
    deviations = means - gain
    spread = float(np.sqrt(np.sum(deviations * deviations) / (batches - 2 + batches / effective))) / np.sqrt(effective)
    t = gain / spread if spread > 0 else (np.inf if gain > 0 else -np.inf)
    return gain, means, float(t)


def calibrated_values(scenario: Scenario, target: Target, study, check: SignificanceCheck | None) -> dict[str, float]:
    """The best trial's values, unless the significance check rejected them: then the scenario's own."""
    if check is not None and not check.accepted:
        return target.start(scenario)
    return dict(best_trial(study).params)
