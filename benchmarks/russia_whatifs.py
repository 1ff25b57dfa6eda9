"""Russia 2022 what-ifs against the baseline: the table of docs/russia-2022.md.

    .venv/bin/python benchmarks/russia_whatifs.py [--seeds 3]

Each column is the mean over seeds 1..N of one policy setting, run from the same
`--set`-style overrides the command line and the dashboard use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.engine.sim import Sim  # noqa: E402
from exodus.io import load_scenario  # noqa: E402

WHAT_IFS = {
    "baseline": {},
    "Finland never bans": {"russia.policies.off": ["finland_tourist_ban"]},
    "Lars x2": {"russia.crossings.capacity_factor": {"Verkhny Lars": 2.0}},
    "no draft points": {"russia.policies.off": ["draft_points"]},
}


def window(sim, start: str, end: str) -> slice:
    days = np.asarray(sim.dates.strftime("%Y-%m-%d"))
    return slice(int(np.searchsorted(days, start)), int(np.searchsorted(days, end, side="right")))


def figures(sim) -> dict[str, float]:
    dest, cross = sim["russia.destinations"], sim["russia.crossings"]
    countries = list(dest.result_axes["entries"])
    lars = list(cross.result_axes["queued_vehicles"]).index("Verkhny Lars")

    def entries(country: str, start: str, end: str) -> float:
        return float(dest.results["entries"][window(sim, start, end), countries.index(country)].sum())

    day27 = window(sim, "2022-09-27", "2022-09-27").start
    return {
        "Finland entries 30 Sep - 31 Oct": entries("Finland", "2022-09-30", "2022-10-31"),
        "Georgia entries 21 Sep - 15 Oct": entries("Georgia", "2022-09-21", "2022-10-15"),
        "Kazakhstan entries 21 Sep - 15 Oct": entries("Kazakhstan", "2022-09-21", "2022-10-15"),
        "Verkhny Lars, most cars queued": float(cross.results["queued_vehicles"][:, lars].max()),
        "Verkhny Lars car wait 27 Sep (h)": float(cross.results["wait_hours_car"][day27, lars]),
        "turned back at borders (all)": float(cross.results["turned_back"].sum()),
        "of whom tried another way": float(cross.results["retried"].sum()),
        "summonses served at borders": float(cross.results["summoned_at_border"].sum()),
        "left Russia (whole period)": float(sim["russia.routes"].results["departures"].sum()),
        "mobilised by 31 Oct": float(sim["russia.mobilisation"].results["mobilised"][-1]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    scenario = load_scenario("russia-2022")
    table = {}
    for name, pars in WHAT_IFS.items():
        runs = [figures(Sim(scenario, pars=pars, seed=s).run()) for s in range(1, args.seeds + 1)]
        table[name] = {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}
    print("| quantity | " + " | ".join(WHAT_IFS) + " |")
    print("|---|" + "---|" * len(WHAT_IFS))
    for key in table["baseline"]:
        print(f"| {key} | " + " | ".join(f"{table[n][key]:,.0f}" for n in WHAT_IFS) + " |")


if __name__ == "__main__":
    main()
