"""Calibrating exodus scenarios to reported figures: each figure is a measurement.

A scenario folder (scenario.yaml) marks parameters ``calibrated`` with a low-high range,
and lists observations, each with the simulated quantity of its own definition (measure,
labels, window, aggregate; compared by exodus.report.observations). The loss is a
Gaussian negative log-likelihood on the log scale, per figure:

    r = log(1 + simulated) - log(1 + reported)     (0 inside a reported range,
                                                     distance to the nearest bound outside)
    loss = mean over fitted figures of (r / sigma)^2 / 2

sigma is the figure's error on the log scale, set by its reliability (an optional
``reliability`` column: primary, secondary or repost; secondary when absent), so a
ministry count pulls harder than a repost. Figures marked ``fit`` whose window ends by
``until`` are fitted; every other ``fit`` or ``check`` figure is held out and scored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from exodus.calibrate.space import Calibrated
from exodus.calibrate.targets import Target
from exodus.engine.scenario import Scenario
from exodus.errors import InputError

SIGMA = {"primary": 0.2, "secondary": 0.4, "repost": 0.8}
AGGREGATES = ("sum", "mean", "max", "last")
# A range over which a parameter is searched on a log scale: positive and spanning a factor of 10 or more.
LOG_SPAN = 10.0


def scenario_space(scenario: Scenario) -> list[Calibrated]:
    """The parameters scenario.yaml marks calibrated; a table of named values gives one row per name."""
    file = scenario.source or scenario.name
    table = scenario.tables.get("parameters")
    if table is None or table.empty:
        return []
    given = {kind: pars for kind, pars in scenario.modules}
    rows = []
    for r in table[table["provenance"] == "calibrated"].itertuples(index=False):
        low, high = float(r.low), float(r.high)
        scale = "log" if low > 0 and high / low >= LOG_SPAN else "linear"
        value = given[r.module][r.parameter]
        parameter = f"{r.module}.{r.parameter}"
        if isinstance(value, dict):
            rows += [Calibrated(parameter, low, high, scale, file=file, entry=str(k)) for k in value]
        else:
            rows.append(Calibrated(parameter, low, high, scale, file=file))
    return rows


def reliability_sigma(figures: pd.DataFrame) -> np.ndarray:
    """Each figure's log-scale error from its reliability (secondary when not given)."""
    if "reliability" not in figures:
        return np.full(len(figures), SIGMA["secondary"])
    return figures["reliability"].fillna("secondary").map(SIGMA).to_numpy(float)


def bounds(row) -> tuple[float, float]:
    """The reported interval: [value, value], or the given range (one-sided when one bound is blank)."""
    if pd.notna(row.value_low) or pd.notna(row.value_high):
        low = row.value_low if pd.notna(row.value_low) else -np.inf
        high = row.value_high if pd.notna(row.value_high) else np.inf
        return float(low), float(high)
    return float(row.value), float(row.value)


def log_residual(simulated: float, low: float, high: float) -> float:
    """0 inside [low, high]; else the log-scale distance to the nearest bound."""
    if low <= simulated <= high:
        return 0.0
    bound = low if simulated < low else high
    return float(np.log1p(max(simulated, 0.0)) - np.log1p(max(bound, 0.0)))


class ObservationTarget(Target):
    """Fit the calibrated parameters of an exodus scenario to its reported figures."""

    def __init__(self, scenario: Scenario, until: dt.date | None = None, space: list[Calibrated] | None = None):
        space = scenario_space(scenario) if space is None else space
        if not space:
            raise InputError(scenario.source or scenario.name, "no parameter is marked calibrated")
        super().__init__(scenario, space, until)
        self.file = str(Path(scenario.source).parent / "observations.csv") if scenario.source else "observations"
        visible = scenario.tables["observations"]
        visible = visible[visible["use"].isin(("fit", "check")) & (visible["measure"].fillna("") != "")]
        check_observations(scenario, visible, self.file)
        last = pd.Timestamp(scenario.dates[self.fit_last])
        fitted = (visible["use"] == "fit") & (visible["period_end"] <= last)
        if not fitted.any():
            raise InputError("--until", f"no figure marked fit has a window ending by {last.date()}", field="until")
        self.fit = visible[fitted].reset_index(drop=True)
        self.held_out = visible[~fitted].reset_index(drop=True)
        self.visible = visible.reset_index(drop=True)

    def prepare(self, scenario: Scenario) -> Scenario:
        return dataclasses.replace(scenario, days=self.fit_last + 1)

    @staticmethod
    def simulated(sim, figures: pd.DataFrame) -> np.ndarray:
        from exodus.report.observations import simulated

        return np.array([simulated(sim, r.measure, r.labels, r.aggregate, r.period_start, r.period_end)
                         for r in figures.itertuples(index=False)])

    @staticmethod
    def nll(figures: pd.DataFrame, values: np.ndarray) -> float:
        if figures.empty:
            return float("nan")
        sigma = reliability_sigma(figures)
        r = np.array([log_residual(v, *bounds(row)) for v, row in zip(values, figures.itertuples(index=False))])
        return float(np.mean(0.5 * (r / sigma) ** 2))

    @property
    def loss_terms(self) -> int:
        return len(self.fit)

    def loss(self, sim) -> float:
        return self.nll(self.fit, self.simulated(sim, self.fit))

    def scores(self, sim) -> dict[str, float]:
        from exodus.report.observations import within

        values = self.simulated(sim, self.visible)
        by_id = dict(zip(self.visible["id"], values))
        out = {}
        for name, figures in (("fit", self.fit), ("holdout", self.held_out)):
            if figures.empty:
                continue
            mine = np.array([by_id[i] for i in figures["id"]])
            out[f"loss_{name}"] = self.nll(figures, mine)
            out[f"within_{name}"] = float(np.mean([within(r, v) for r, v in
                                                   zip(figures.itertuples(index=False), mine)]))
        out.update({f"obs:{i}": float(v) for i, v in by_id.items()})
        return out

    def ensemble_metrics(self, scores: pd.DataFrame) -> dict[str, float]:
        """Share of visible figures whose reported value or range meets the replicas' 5-95% band
        (band90_coverage: the model's spread alone), and meets the 5-95% interval of the
        posterior predictive distribution (predictive90_coverage): each replica's value with
        the figure's own error as the likelihood models it, log(1 + x) ~ N(log(1 + sim), sigma),
        mixed over replicas."""
        sigma = reliability_sigma(self.visible)
        covered, predicted = [], []
        for row, s in zip(self.visible.itertuples(index=False), sigma):
            column = scores[f"obs:{row.id}"]
            q5, q95 = float(column.quantile(0.05)), float(column.quantile(0.95))
            low, high = bounds(row)
            covered.append(q5 <= high and low <= q95)
            centres = np.log1p(np.maximum(column.to_numpy(float), 0.0))
            p5, p95 = (np.expm1(normal_mixture_quantile(centres, s, q)) for q in (0.05, 0.95))
            predicted.append(p5 <= high and low <= p95)
        return {"band90_coverage": float(np.mean(covered)), "predictive90_coverage": float(np.mean(predicted)),
                "figures": len(covered)}


def normal_mixture_quantile(centres: np.ndarray, sigma: float, q: float) -> float:
    """The q-quantile of an equal-weight mixture of N(centre, sigma) (by bisection on its CDF)."""
    from math import erf, sqrt

    cdf_terms = np.vectorize(lambda z: 0.5 * (1.0 + erf(z / sqrt(2.0))))
    low, high = float(centres.min()) - 10 * sigma, float(centres.max()) + 10 * sigma
    for _ in range(60):
        mid = 0.5 * (low + high)
        if cdf_terms((mid - centres) / sigma).mean() < q:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


def check_observations(scenario: Scenario, figures: pd.DataFrame, file: str) -> None:
    """Every figure must name a result, labels and a window this scenario can produce."""
    from exodus.engine.sim import Sim

    sim = Sim(scenario).init()
    modules = {m.name: m for m in sim.modules}
    first, last = pd.Timestamp(scenario.start), pd.Timestamp(scenario.dates[-1])
    for row in figures.itertuples(index=False):
        def error(message: str, field: str) -> InputError:
            return InputError(file, f"row {row.id}: {message}", field=field)

        module, _, result = row.measure.partition(":")
        if module not in modules:
            raise error(f"no module {module!r} in this scenario", "measure")
        if result not in modules[module].results:
            raise error(f"{module} has no result {result!r} (results: {', '.join(modules[module].results)})",
                        "measure")
        axis = [str(x) for x in modules[module].result_axes[result]]
        for label in filter(None, str(row.labels or "").split(";")):
            if label not in axis:
                raise error(f"unknown place {label!r} for {row.measure} (known: {', '.join(axis)})", "labels")
        if row.aggregate not in AGGREGATES:
            raise error(f"expected aggregate one of {', '.join(AGGREGATES)}, got {row.aggregate!r}", "aggregate")
        if not (first <= row.period_start <= row.period_end <= last):
            raise error(f"window {row.period_start.date()} to {row.period_end.date()} is not inside the simulated "
                        f"period {first.date()} to {last.date()}", "period_start")
        if pd.isna(row.value) and pd.isna(row.value_low) and pd.isna(row.value_high):
            raise error("no value and no range", "value")
        if pd.notna(row.value_low) and pd.notna(row.value_high) and row.value_low > row.value_high:
            raise error(f"impossible range: low {row.value_low:g} is above high {row.value_high:g}", "value_low")
