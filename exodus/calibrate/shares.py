"""The share correction of a Flee calibration: per-camp attraction from the fit window's camp shares.

Some camps draw a persistently wrong share of the arrivals (car's Chad camps too many, Inke
and Boyabu too few, in the fit window and after it): an error of where each camp sits in
the network that no global movement parameter can fix. Each round runs the fit window on
the fitting seeds, and every camp with data on at least MIN_DAYS fit days gets

    m_c <- m_c * (D_c / S_c) ** alpha

where D_c and S_c are the camp's mean reported and simulated share over the fit days on
which it has data (each day's shares among the camps with data that day), the simulated
counts averaged over the seeds first. alpha < 1 shrinks the correction, because a share
error of the fit window only partly persists. Camps with too little data, or no simulated
arrivals, keep their value; m is clamped to CLAMP. It reads the fit window's data only
(FleeTarget.prepare cuts the tables), so no held-out day can change it.

How far a fit-window share error persists differs by scenario, so alpha can be chosen on a
split of the fit window (choose_alpha): corrected on its first half, scored on its second.
With ``recent`` the shares are taken over the (fit or inner) window's second half only.

A camp the simulation holds at its capacity takes the same share whatever its attraction, so
the capacity correction lowers the capacity instead, of those camps only: car's Chad camps
fill to their locations.csv capacity within the fit window while the reports stay well below.
It is kept only where a split of the fit window supports it (gated_capacity_correction).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from exodus.calibrate.study import unused_seeds
from exodus.calibrate.targets import FleeTarget
from exodus.engine.scenario import Scenario
from exodus.errors import InputError

ROUNDS = 3
CLAMP = (0.2, 5.0)
MIN_DAYS = 30  # a month of daily figures; fewer say little about a camp's share
ALPHAS = (0.0, 0.25, 0.5, 1.0)  # choose_alpha's candidates; 0: no correction


def with_movement(scenario: Scenario, key: str, value) -> Scenario:
    """The scenario with flee.movement's ``key`` set to ``value``."""
    modules = [(kind, {**pars, key: value} if kind == "flee.movement" else pars) for kind, pars in scenario.modules]
    return dataclasses.replace(scenario, modules=modules)


def with_attraction(scenario: Scenario, attraction: dict[str, float]) -> Scenario:
    """The scenario with flee.movement.attraction set to ``attraction``."""
    return with_movement(scenario, "attraction", attraction)


def own_named(scenario: Scenario, key: str) -> dict[str, float]:
    """The scenario's own flee.movement ``key`` (a per-place table; empty unless set)."""
    return {name: float(v) for name, v in (dict(scenario.modules)["flee.movement"].get(key) or {}).items()}


CORRECTED = ("attraction", "capacity_factor")  # flee.movement's per-camp tables the corrections set


def corrections(scenario: Scenario) -> dict[str, dict[str, float]]:
    """The scenario's per-camp tables a correction sets, as {"flee.movement.KEY": table} (empty ones
    left out): a study records them, so that an ensemble drawing from it runs what was fitted."""
    if "flee.movement" not in dict(scenario.modules):
        return {}
    return {f"flee.movement.{key}": table for key in CORRECTED if (table := own_named(scenario, key))}


def with_corrections(scenario: Scenario, recorded: dict[str, dict[str, float]]) -> Scenario:
    """The scenario with the per-camp tables ``corrections`` recorded."""
    for key, table in recorded.items():
        scenario = with_movement(scenario, key.removeprefix("flee.movement."), table)
    return scenario


def fit_window_camps(scenario: Scenario, target: FleeTarget, seeds: tuple[int, ...]):
    """The fit window's camps, their reported counts (days x camps), the simulated ones averaged over
    ``seeds``, and one of those runs."""
    from exodus.engine.sim import Sim

    fit = target.prepare(scenario)
    camp_data = fit.tables["camp_data"]
    camps = list(camp_data.columns)
    runs = [Sim(fit, seed=s).run() for s in seeds]
    columns = [runs[0].network.index[c] for c in camps]
    simulated = np.mean([r["flee.movement"].results["agents"][:, columns] for r in runs], axis=0)
    return camps, camp_data.to_numpy(dtype=float), simulated, runs[0]


def mean_shares(data: np.ndarray, simulated: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each camp's mean reported and simulated share (days x camps in, camps out) over the days it
    has data, the shares taken among the camps with data that day; and on how many days it has data."""
    present = data > 0
    sim = np.where(present, simulated, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        d = data / data.sum(axis=1, keepdims=True)
        s = sim / sim.sum(axis=1, keepdims=True)
    days = present.sum(axis=0)
    counted = present & np.isfinite(s)  # a day with no simulated arrival at a camp with data says nothing
    with np.errstate(invalid="ignore"):
        return ((np.where(counted, d, 0).sum(axis=0) / counted.sum(axis=0)),
                (np.where(counted, s, 0).sum(axis=0) / counted.sum(axis=0)), days)


def share_correction(scenario: Scenario, target: FleeTarget, alpha: float, seeds: tuple[int, ...],
                     rounds: int = ROUNDS, recent: bool = False) -> dict[str, float]:
    """The corrected attraction of the camps (from the scenario's own, 1 unless set), after ``rounds``
    rounds on the fit window with ``seeds``. ``recent``: shares over the fit window's second half
    only, leaving out the opening weeks, when a camp the simulation fills later than it really
    filled (car's Mole) shows a share error that does not last."""
    attraction = own_named(scenario, "attraction")
    for _ in range(rounds):
        camps, data, simulated, _ = fit_window_camps(with_attraction(scenario, attraction), target, seeds)
        first = len(data) // 2 if recent else 0
        d, s, days = mean_shares(data[first:], simulated[first:])
        for camp, dc, sc, n in zip(camps, d, s, days):
            if n >= MIN_DAYS and sc > 0:
                m = attraction.get(camp, 1.0) * (dc / sc) ** alpha
                attraction[camp] = float(min(max(m, CLAMP[0]), CLAMP[1]))
    return attraction


def split_fit_window(scenario: Scenario, target: FleeTarget) -> tuple[int, FleeTarget]:
    """The fit window in two halves, to validate a correction on it: the first day of the second
    half, and a target whose fit window is the first half."""
    half = (target.fit_last + 1) // 2
    return half, FleeTarget(scenario, scenario.dates[half - 1].date())


def second_half_error(scenario: Scenario, target: FleeTarget, half: int, seeds: tuple[int, ...]) -> float:
    """Mean daily error from day ``half`` to the fit window's end, in runs of the fit window with ``seeds``."""
    from exodus.engine.sim import Sim

    fit = target.prepare(scenario)
    return float(np.mean([target.daily_error(Sim(fit, seed=s).run()).iloc[half:].mean() for s in seeds]))


@dataclass
class AlphaChoice:
    """choose_alpha's result: the chosen alpha and each candidate's validation ARD."""

    alpha: float
    validation: dict[float, float]


def choose_alpha(scenario: Scenario, target: FleeTarget, seeds: tuple[int, ...], check_seeds: tuple[int, ...],
                 alphas: tuple[float, ...] = ALPHAS, recent: bool = False) -> AlphaChoice:
    """The alpha whose correction, made on the fit window's first half with ``seeds``, gives the lowest
    mean daily error over its second half in runs of the fit window with ``check_seeds`` (among equals
    the smallest alpha)."""
    half, inner = split_fit_window(scenario, target)
    validation = {}
    for alpha in alphas:
        attraction = share_correction(scenario, inner, alpha, seeds, recent=recent) if alpha > 0 else {}
        validation[alpha] = second_half_error(with_attraction(scenario, attraction), target, half, check_seeds)
    best = min(validation.values())
    return AlphaChoice(min(a for a, v in validation.items() if v == best), validation)


@dataclass
class Correction:
    """A share correction as `exodus calibrate --share-correction` makes it: the scenario with the corrected
    attraction, the alpha used, and choose_alpha's result if alpha was "auto"."""

    scenario: Scenario
    alpha: float
    attraction: dict[str, float]
    choice: AlphaChoice | None


def parse_alpha(value: str) -> float | str:
    """--share-correction: a number >= 0, or auto."""
    if value == "auto":
        return value
    try:
        alpha = float(value)
    except ValueError:
        alpha = -1.0
    if not alpha >= 0:
        raise InputError("--share-correction", f"expected a number >= 0 or auto, got {value!r}",
                         field="share_correction")
    return alpha


def corrected(scenario: Scenario, target, alpha: float | str, seeds: tuple[int, ...],
              recent: bool = False) -> Correction:
    """The share correction with ``alpha`` on the fit window with ``seeds`` (auto: choose_alpha, validated
    on the seeds after them, those of the significance check); ``recent`` as in share_correction."""
    if not isinstance(target, FleeTarget):
        raise InputError("--share-correction", "only a Flee scenario has camp shares to correct",
                         field="share_correction")
    choice = choose_alpha(scenario, target, seeds, unused_seeds(seeds), recent=recent) if alpha == "auto" else None
    alpha = choice.alpha if choice else alpha
    attraction = share_correction(scenario, target, alpha, seeds, recent=recent) if alpha > 0 else {}
    return Correction(with_attraction(scenario, attraction), alpha, attraction, choice)


AT_CAPACITY_DAYS = 30  # a camp full over the fit window's last month is held at its capacity


def capacity_correction(scenario: Scenario, target: FleeTarget, seeds: tuple[int, ...]) -> dict[str, float]:
    """The capacity factors (from the scenario's own, 1 unless set) after one correction on the fit
    window with ``seeds``: a camp whose mean simulated occupancy over the window's last
    AT_CAPACITY_DAYS is at least capacity_buffer of its capacity, with data on MIN_DAYS fit days
    and a reported share D below its simulated share S, gets its capacity times D / S (at least
    CLAMP[0]); no other camp changes."""
    factors = own_named(scenario, "capacity_factor")
    camps, data, simulated, run = fit_window_camps(scenario, target, seeds)
    movement = run["flee.movement"]
    capacity = movement.capacity[[run.network.index[c] for c in camps]]
    full = (capacity > 0) & (simulated[-AT_CAPACITY_DAYS:].mean(axis=0) >= movement.pars.capacity_buffer * capacity)
    d, s, days = mean_shares(data, simulated)
    for camp, at_capacity, dc, sc, n in zip(camps, full, d, s, days):
        if at_capacity and n >= MIN_DAYS and 0 < sc and dc < sc:
            factors[camp] = float(factors.get(camp, 1.0) * max(dc / sc, CLAMP[0]))
    return factors


@dataclass
class CapacityCorrection:
    """gated_capacity_correction's result: the scenario with the kept factors, the factors, and the
    fit window's second-half error without and with the correction made on its first half."""

    scenario: Scenario
    factors: dict[str, float]
    validation: tuple[float, float]


def gated_capacity_correction(scenario: Scenario, target: FleeTarget, seeds: tuple[int, ...],
                              check_seeds: tuple[int, ...]) -> CapacityCorrection:
    """The capacity correction of the whole fit window, kept only if the one made on the window's
    first half lowers the mean daily error over its second half (runs of the fit window with
    ``check_seeds``); else the scenario's own capacities. The gate keeps a correction out where
    the fit window's full camps are an opening phase that does not last (mali's small camps)."""
    half, inner = split_fit_window(scenario, target)

    def error(factors: dict[str, float]) -> float:
        return second_half_error(with_movement(scenario, "capacity_factor", factors), target, half, check_seeds)

    own, trial = own_named(scenario, "capacity_factor"), capacity_correction(scenario, inner, seeds)
    without = error(own)
    with_trial = error(trial) if trial != own else without
    factors = capacity_correction(scenario, target, seeds) if with_trial < without else own
    return CapacityCorrection(with_movement(scenario, "capacity_factor", factors), factors, (without, with_trial))


def capacity_corrected(scenario: Scenario, target, seeds: tuple[int, ...]) -> CapacityCorrection:
    """`exodus calibrate --capacity-correction`: gated_capacity_correction with the fitting ``seeds``,
    validated on the seeds after them (those of the significance check)."""
    if not isinstance(target, FleeTarget):
        raise InputError("--capacity-correction", "only a Flee scenario has camp capacities to correct",
                         field="capacity_correction")
    return gated_capacity_correction(scenario, target, seeds, unused_seeds(seeds))
