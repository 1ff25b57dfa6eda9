"""Choosing the calibrated values: the best trial, or the best trial shrunk toward the
scenario's own values by as much as a forward split inside the fit window supports.

``best`` takes the study's best trial. It fits the fit window as closely as the trials
allow, and with several free parameters and a short window that includes its noise and
its passing dynamics: fitted values then land at the ends of their ranges and forecast
worse than the scenario's own values (docs/forecast.md).

``forward`` (the default) asks the data inside the fit window how far to trust a fit:

1. an *inner* study fits the earlier half of the fit window's data (Target.forward) and
   scores every trial on the later half, which it does not fit;
2. the inner best is shrunk toward the scenario's own values, in the parameters' search
   scale (log for log-scale ranges), by each factor s of SHRINKAGE, and each shrunk
   point is scored on the later half: s* is the factor that forecasts the later half
   best (ties go to the smaller s, i.e. nearer the scenario's values);
3. the *outer* study fits the whole fit window, as ``best`` does, and its best trial is
   shrunk by the same s*.

s* = 0 returns the scenario's own values, s* = 1 the outer best. Nothing after the fit
window is read: the validation days are inside it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from exodus.calibrate.space import Calibrated
from exodus.calibrate.study import StudySpec, best_trials, mean_losses, run_study
from exodus.calibrate.targets import Target
from exodus.engine.scenario import Scenario

METHODS = ("forward", "best")
SHRINKAGE = (0.0, 0.25, 0.5, 0.75, 1.0)


def search_coordinate(row: Calibrated, value: float) -> float:
    return math.log(value) if row.scale == "log" else value


def shrink(target: Target, start: dict[str, float], best: dict[str, float], s: float) -> dict[str, float]:
    """start + s * (best - start) in each parameter's search scale (whole numbers stay whole)."""
    out = {}
    for row in target.space:
        a, b = search_coordinate(row, start[row.key]), search_coordinate(row, best[row.key])
        z = a + s * (b - a)
        value = row.clip(math.exp(z) if row.scale == "log" else z)
        out[row.key] = float(round(value)) if row.key in target.integers else value
    return out


@dataclass
class Fit:
    """The chosen values and how they were chosen."""

    method: str
    values: dict[str, float]
    best: dict[str, float]
    study: object
    shrinkage: float = 1.0
    validation: dict[float, float] = dataclasses.field(default_factory=dict)
    split_day: int | None = None
    inner_study: object = None

    def metrics(self) -> dict:
        """What the run store keeps about the choice."""
        out = {"method": self.method, "shrinkage": self.shrinkage}
        if self.inner_study is not None:
            out.update(split_day=self.split_day, inner_study=self.inner_study.study_name,
                       **{f"validation_s{s:g}": v for s, v in self.validation.items()})
        return out


def inner_spec(spec: StudySpec) -> StudySpec:
    return dataclasses.replace(spec, name=f"{spec.name}-forward")


def fit(scenario: Scenario, target: Target, spec: StudySpec, method: str = "forward",
        progress: Callable[[str, int, int], None] | None = None) -> Fit:
    """Run (or resume) the studies of ``method`` and return the chosen values."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")

    def stage(name: str):
        return None if progress is None else (lambda done, total: progress(name, done, total))

    if method == "best":
        study = run_study(scenario, target, spec, stage("fit window"))
        best = best_trials(study, 1)[0]
        return Fit("best", best, best, study)
    inner_target = target.forward()  # raises, before any simulation, if the window cannot be split
    inner = run_study(scenario, inner_target, inner_spec(spec), stage("earlier half"))
    inner_best = best_trials(inner, 1)[0]
    start = target.start(scenario)
    fit_scenario = inner_target.prepare(scenario)
    validation = {}
    for i, s in enumerate(SHRINKAGE):
        validation[s] = mean_losses(fit_scenario, inner_target, shrink(target, start, inner_best, s),
                                    spec.sim_seeds)[1]
        if progress is not None:
            progress("shrinkage", i + 1, len(SHRINKAGE))
    chosen = min(SHRINKAGE, key=lambda s: (validation[s], s))
    study = run_study(scenario, target, spec, stage("fit window"))
    best = best_trials(study, 1)[0]
    return Fit("forward", shrink(target, start, best, chosen), best, study, chosen, validation,
               inner_target.validate_after, inner)
