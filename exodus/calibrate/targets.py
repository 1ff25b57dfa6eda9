"""What a calibration fits: the calibrated parameters and a loss on a finished Sim.

A target splits the scenario's days at ``until``: the loss is computed on what is known
by then (the fit window) and every score is also reported on the rest (held out), so a
study can be judged on days it never saw. Trials simulate only the fit window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd

from exodus.calibrate.space import Calibrated, check_space
from exodus.engine.scenario import Scenario
from exodus.errors import InputError

# The Flee ruleset's calibrated parameters and ranges (why each range: docs/calibration.md).
FLEE_SPACE = [
    Calibrated("flee.movement.camp_weight", 0.5, 10.0, "log", file="exodus/calibrate/targets.py"),
    Calibrated("flee.movement.conflict_weight", 0.05, 1.0, "log", file="exodus/calibrate/targets.py"),
    Calibrated("flee.movement.default_movechance", 0.05, 0.6, "linear", file="exodus/calibrate/targets.py"),
    Calibrated("flee.movement.camp_movechance", 1e-4, 0.05, "log", file="exodus/calibrate/targets.py"),
    Calibrated("flee.movement.capacity_buffer", 0.5, 1.0, "linear", file="exodus/calibrate/targets.py"),
    Calibrated("flee.movement.distance_power", 0.25, 2.0, "linear", file="exodus/calibrate/targets.py"),
]


def until_day(scenario: Scenario, until: dt.date | None) -> int:
    """Last day index of the fit window; a date outside the simulated period is an error."""
    last = scenario.days - 1
    if until is None:
        return last
    day = (until - scenario.start).days
    if not 0 <= day <= last:
        end = scenario.start + dt.timedelta(days=last)
        raise InputError("--until", f"{until} is outside the simulated period {scenario.start} to {end}",
                         field="until")
    return day


class Target:
    """Base: a parameter space, a fit window [0, fit_last], a loss and scores."""

    recency = "none"  # how the loss stresses the fit window's end (FleeTarget); a study records it

    def __init__(self, scenario: Scenario, space: list[Calibrated], until: dt.date | None):
        from exodus.model.registry import module_classes

        check_space(scenario, space)
        self.space = space
        self.fit_last = until_day(scenario, until)
        self.days = scenario.days
        classes = module_classes()
        self.integers = {row.key for row in space if row.entry is None
                         and classes[row.module].Pars.model_fields[row.name].annotation is int}

    def defaults(self, scenario: Scenario) -> dict[str, float]:
        """The scenario's own value of each calibrated parameter (the uncalibrated run)."""
        from exodus.model.registry import module_classes

        classes = module_classes()
        given = dict(scenario.modules)
        out = {}
        for row in self.space:
            value = getattr(classes[row.module].Pars(**given[row.module]), row.name)
            out[row.key] = float(value[row.entry] if row.entry is not None else value)
        return out

    def start(self, scenario: Scenario) -> dict[str, float]:
        """The first trial of a study and the centre of its prior: the scenario's own values,
        clipped into the ranges."""
        return {row.key: row.clip(v) for row, v in zip(self.space, self.defaults(scenario).values())}

    @property
    def loss_terms(self) -> int | None:
        """How many independent terms the loss averages if it is a mean negative log-likelihood
        (so that loss_terms * loss is one), else None: then trials cannot be weighted as a posterior."""
        return None

    def prepare(self, scenario: Scenario) -> Scenario:
        """The scenario a trial simulates: by default the whole period."""
        return scenario

    def loss(self, sim) -> float:
        raise NotImplementedError

    def fit_series(self, sim) -> np.ndarray | None:
        """The loss as a series over the fit window's days (``loss`` is its mean), for the significance
        check of a calibration (study.significance_check); None if the loss is not a daily series."""
        return None

    def fit_weights(self, days: int) -> np.ndarray:
        """Each of the ``days`` fit days' weight in ``fit_series`` (mean 1), which the significance
        check divides out of the gains' noise: all 1 unless a recency weighting says otherwise."""
        return np.ones(days)

    def scores(self, sim) -> dict[str, float]:
        raise NotImplementedError

    def ensemble_metrics(self, scores: pd.DataFrame) -> dict[str, float]:
        """Figures about a whole ensemble from its replicas' scores (none by default)."""
        return {}


RECENCY = ("none", "linear")


def recency_weights(days: int, recency: str) -> np.ndarray:
    """Weights of the fit window's days, mean 1. "linear" rises in proportion to the day's number
    (day 0 weighs 1/days of the last day), so a forecast fits the regime at the window's end more
    than its start; "none" weighs every day alike."""
    if recency == "none":
        return np.ones(days)
    if recency == "linear":
        return np.arange(1, days + 1) * (2.0 / (days + 1))
    raise InputError("--recency", f"expected one of {', '.join(RECENCY)}, got {recency!r}", field="recency")


class FleeTarget(Target):
    """Flee scenarios: ARD (rescaled, as Flee scores it) against the UNHCR camp counts, over the fit
    window's days weighted by ``recency`` (recency_weights) in the loss; scores are never weighted."""

    def __init__(self, scenario: Scenario, until: dt.date | None = None, space: list[Calibrated] | None = None,
                 recency: str = "none"):
        super().__init__(scenario, FLEE_SPACE if space is None else space, until)
        recency_weights(1, recency)  # an unknown recency is an error here, not at the first trial
        self.recency = recency

    def prepare(self, scenario: Scenario) -> Scenario:
        """Cut the day-indexed Flee tables to the fit window so trials stop at ``until``."""
        days = self.fit_last + 1
        tables = dict(scenario.tables)
        tables["conflicts"] = np.asarray(tables["conflicts"])[:days]
        tables["total"] = np.asarray(tables["total"])[:days]
        tables["camp_data"] = tables["camp_data"].iloc[:days].reset_index(drop=True)
        return dataclasses.replace(scenario, days=days, tables=tables)

    def daily_error(self, sim) -> pd.Series:
        from exodus.io.flee_out import flee_out_table
        from exodus.report.validation import per_day_error

        return per_day_error(flee_out_table(sim), "rescaled")

    def loss(self, sim) -> float:
        return float(self.fit_series(sim).mean())

    def fit_series(self, sim) -> np.ndarray:
        """Each fit day's error times its recency weight (so the loss is the mean)."""
        days = self.fit_last + 1
        return self.daily_error(sim).iloc[:days].to_numpy(dtype=float) * self.fit_weights(days)

    def fit_weights(self, days: int) -> np.ndarray:
        return recency_weights(days, self.recency)

    def scores(self, sim) -> dict[str, float]:
        error = self.daily_error(sim)
        out = {"ard_fit": float(error.iloc[: self.fit_last + 1].mean()), "ard_all": float(error.mean())}
        if self.fit_last + 1 < len(error):
            out["ard_holdout"] = float(error.iloc[self.fit_last + 1:].mean())
        return out


def target_for(scenario: Scenario, until: dt.date | None = None, space: list[Calibrated] | None = None,
               recency: str = "none") -> Target:
    """The calibration target a scenario supports."""
    if "camp_data" in scenario.tables:
        return FleeTarget(scenario, until, space, recency)
    if recency != "none":
        raise InputError("--recency", "only a Flee scenario's loss is a daily series whose end can be stressed",
                         field="recency")
    if "observations" in scenario.tables:
        from exodus.calibrate.observations import ObservationTarget

        return ObservationTarget(scenario, until, space)
    raise InputError(scenario.source or scenario.name, "this scenario declares no calibration target "
                                                       "(no observations to fit)")
