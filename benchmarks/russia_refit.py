"""Russia 2022: the local random search that set the calibrated values of scenario.yaml.

    .venv/bin/python benchmarks/russia_refit.py [--steps 170] [--seeds 4] [--tolerance 0.2] [--rng 7]

Starts from the scenario's own values and, at each step, moves one to three calibrated
values (a normal step of 8% of the range, on a log scale where the range spans a factor of
10 or more) and keeps the move if the loss falls. The loss: for each figure marked `fit`
(all end by 27 Sep 2022), its log distance outside its reported range or +-tolerance, the
figures named in issue 3 weighed three times; summed, then the mean over seeds 1..N plus
half the worst seed. Runs stop on 27 Sep: nothing after it is read. Prints the values found;
it writes nothing (copy them into scenario.yaml by hand).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.calibrate.observations import ObservationTarget, bounds, scenario_space  # noqa: E402
from exodus.calibrate.space import sim_pars  # noqa: E402
from exodus.engine.sim import Sim  # noqa: E402
from exodus.io import load_scenario  # noqa: E402
from exodus.report.observations import reference  # noqa: E402

# Calibrated values no visible figure bears on: left where they are.
FIXED = {"russia.routes.draft_penalty", "russia.destinations.onward_rate[Armenia]",
         "russia.destinations.onward_rate[Mongolia]", "russia.routes.country_preference[Belarus]"}
NAMED = {"O008", "O038", "O039", "O009", "O070", "O035", "O093", "O011", "O111", "O005", "O058", "O061", "O056",
         "O064", "T01"}
LAST_DAY = "2022-09-27"


def distance(row, value: float, tolerance: float) -> float:
    """0 inside the reported range or within the tolerance of the figure; else the log distance."""
    low, high = bounds(row)
    if low <= value <= high:
        return 0.0
    ref = reference(row)
    lo, hi = ref * (1 - tolerance), ref * (1 + tolerance)
    if lo <= value <= hi:
        return 0.0
    return abs(np.log(max(value, 1e-9) / (hi if value > hi else lo)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="russia-2022")
    parser.add_argument("--steps", type=int, default=170)
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--tolerance", type=float, default=0.2)
    parser.add_argument("--rng", type=int, default=7)
    args = parser.parse_args()
    scenario = load_scenario(args.scenario)
    last = int(np.searchsorted(scenario.dates.strftime("%Y-%m-%d"), LAST_DAY))
    short = dataclasses.replace(scenario, days=last + 1)
    obs = scenario.tables["observations"]
    obs = obs[(obs["use"] == "fit") & (obs["measure"].fillna("") != "")]
    given = dict(scenario.modules)
    space = [c for c in scenario_space(scenario) if c.key not in FIXED]

    def value(c) -> float:
        module, key = c.parameter.rsplit(".", 1)
        v = given[module][key]
        return float(v[c.entry] if c.entry else v)

    low = np.array([c.low for c in space])
    high = np.array([c.high for c in space])
    log = np.array([c.scale == "log" for c in space])
    base = np.where(log, low, 1.0)  # the log branch is evaluated for linear ranges too: keep it finite
    span = np.where(log, high / base, 2.0)

    def to_unit(x):
        return np.where(log, np.log(np.maximum(x, 1e-12) / base) / np.log(span), (x - low) / (high - low))

    def from_unit(u):
        u = np.clip(u, 0, 1)
        return np.where(log, base * span ** u, low + u * (high - low))

    def pars(x) -> dict:
        return sim_pars(scenario, {c.key: float(v) for c, v in zip(space, x)})

    def loss(x) -> float:
        per_seed = []
        for seed in range(1, args.seeds + 1):
            sim = Sim(short, pars=pars(x), seed=seed).run()
            values = ObservationTarget.simulated(sim, obs)
            per_seed.append(sum(distance(r, v, args.tolerance) * (3 if r.id in NAMED else 1)
                                for r, v in zip(obs.itertuples(index=False), values)))
        return float(np.mean(per_seed) + 0.5 * np.max(per_seed))

    rng = np.random.default_rng(args.rng)
    u = to_unit(np.array([value(c) for c in space]))
    best = loss(from_unit(u))
    print(f"start: loss {best:.4f}", flush=True)
    for step in range(args.steps):
        k = int(rng.integers(1, 4))
        moved = rng.choice(len(space), k, replace=False)
        trial = u.copy()
        trial[moved] += rng.normal(0, 0.08, k)
        trial_loss = loss(from_unit(trial))
        if trial_loss < best:
            best, u = trial_loss, np.clip(trial, 0, 1)
            print(f"step {step}: loss {best:.4f}", flush=True)
    x = from_unit(u)
    for c, v in zip(space, x):
        print(f"{c.key}: {float(f'{v:.4g}'):g}")


if __name__ == "__main__":
    main()
