"""Russia 2022: how robust the validation is across seeds, the seed table of docs/russia-2022.md.

    .venv/bin/python benchmarks/russia_seeds.py [--seeds 10] [--set module.key=value ...]

Runs `exodus validate russia-2022` for seeds 1..N and prints, for each figure named in
issue 3 (and the known misses), the smallest, median and largest relative error across
seeds and on how many seeds the simulated value is within the reported range or 25%; then
how many of the fitted figures are within on each seed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.cli import parse_sets  # noqa: E402
from exodus.engine.sim import Sim  # noqa: E402
from exodus.io import load_scenario  # noqa: E402
from exodus.report.observations import compare  # noqa: E402

# The figures issue 3 names under "What it must show", in its order.
NAMED = {
    "O008": "Georgia entries 21-27 Sep",
    "O038": "Georgia entries 25 Sep",
    "O039": "Georgia entries 26 Sep",
    "O009": "Kazakhstan entries 21-27 Sep",
    "O070": "Kazakhstan exits 21-27 Sep",
    "O035": "Finland 21 Sep",
    "O093": "Finland 25 Sep",
    "O011": "Mongolia 21-25 Sep",
    "O005": "Verkhny Lars cars queued 24 Sep",
    "O058": "Verkhny Lars cars queued 27 Sep",
    "O061": "Verkhny Lars queue km 27 Sep",
    "O056": "Verkhny Lars wait by car 26 Sep (>=36 h)",
    "O064": "Verkhny Lars wait by car 26 Sep (up to 48 h)",
    "T01": "Verkhny Lars wait by bicycle 26-27 Sep",
}
# Fitted figures the model is known to miss (docs/russia-2022.md).
MISSES = {
    "O031": "Verkhny Lars queue km 22 Sep (5-6)",
    "O032": "Verkhny Lars queue km 22 Sep (>=6, Russian side)",
    "O055": "Verkhny Lars cars queued 26 Sep (blogger)",
    "O057": "Verkhny Lars cars queued 26 Sep (North Ossetia)",
    "O079": "wait towards Oral 22 Sep",
    "O099": "Finland 27 Sep",
    "O150": "earliest direct seat Moscow-Istanbul",
    "O040": "Georgia entries 17-26 Sep",
}


def table(rows: dict[str, str], runs: list) -> list[str]:
    lines = ["| figure | what | reported | simulated (min / median / max) | error (min / median / max) "
             "| seeds within |", "|---|---|---|---|---|---|"]
    for fid, label in rows.items():
        got = [t.set_index("id").loc[fid] for t in runs]
        sim = np.array([g.simulated for g in got])
        err = np.array([g.error for g in got])
        inside = sum(bool(g.within) for g in got)
        lines.append(f"| {fid} | {label} | {got[0].reported} | {np.min(sim):,.4g} / {np.median(sim):,.4g} / "
                     f"{np.max(sim):,.4g} | {np.min(err):+.0%} / {np.median(err):+.0%} / {np.max(err):+.0%} "
                     f"| {inside}/{len(runs)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--set", dest="sets", action="append", default=[],
                        help="override a parameter, as exodus run --set")
    args = parser.parse_args()
    scenario = load_scenario("russia-2022")
    pars = parse_sets(args.sets) if args.sets else None
    runs = []
    for seed in range(1, args.seeds + 1):
        sim = Sim(scenario, pars=pars, seed=seed).run()
        runs.append(compare(sim, scenario.tables["observations"]))
    print("Named in issue 3:\n")
    print("\n".join(table(NAMED, runs)))
    print("\nKnown misses:\n")
    print("\n".join(table(MISSES, runs)))
    fit = [t[t["use"] == "fit"] for t in runs]
    counts = [int(f["within"].sum()) for f in fit]
    print(f"\nFitted figures within, seeds 1-{args.seeds}: {', '.join(map(str, counts))} of {len(fit[0])} "
          f"(median {np.median(counts):g}); named figures within on all seeds: "
          f"{sum(all(t.set_index('id').loc[f].within for t in runs) for f in NAMED)}/{len(NAMED)}")


if __name__ == "__main__":
    main()
