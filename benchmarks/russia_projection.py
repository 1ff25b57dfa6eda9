"""Russia 2022: what the scenario projects for 28 Sep - 15 Oct, the table of docs/russia-2022.md.

    .venv/bin/python benchmarks/russia_projection.py [--seeds 3]

Nothing after 27 Sep 2022 was used to set the model; these are its own figures, the mean
over seeds 1..N, with the spread between seeds.
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


def window(sim, start: str, end: str) -> slice:
    days = np.asarray(sim.dates.strftime("%Y-%m-%d"))
    return slice(int(np.searchsorted(days, start)), int(np.searchsorted(days, end, side="right")))


def figures(sim) -> dict[str, float]:
    dest, cross = sim["russia.destinations"], sim["russia.crossings"]

    def series(module, result: str, label: str) -> np.ndarray:
        return module.results[result][:, module.result_axes[result].index(label)]

    def total(result: str, country: str, start: str, end: str) -> float:
        return float(series(dest, result, country)[window(sim, start, end)].sum())

    def on(module, result: str, label: str, date: str) -> float:
        return float(series(module, result, label)[window(sim, date, date).start])

    finland = [c for c in cross.world.crossing_names
               if cross.world.countries[cross.world.crossing_country[cross.world.crossing_index[c]]] == "Finland"]

    def finnish_entries(date: str) -> float:
        return sum(on(cross, "crossed", c, date) for c in finland)

    left = sim["russia.routes"].results["departures"][window(sim, "2022-09-21", "2022-10-15")].sum()
    return {
        "Georgia entries 28 Sep - 15 Oct": total("entries", "Georgia", "2022-09-28", "2022-10-15"),
        "Georgia exits 28 Sep - 15 Oct": total("exits", "Georgia", "2022-09-28", "2022-10-15"),
        "Georgia: Russians present on 15 Oct (emigrants and travellers)": on(dest, "present", "Georgia",
                                                                               "2022-10-15"),
        "Kazakhstan entries 21 Sep - 4 Oct": total("entries", "Kazakhstan", "2022-09-21", "2022-10-04"),
        "Kazakhstan exits 21 Sep - 4 Oct": total("exits", "Kazakhstan", "2022-09-21", "2022-10-04"),
        "Kazakhstan: present on 15 Oct": on(dest, "present", "Kazakhstan", "2022-10-15"),
        "Finland entries by land 29 Sep": finnish_entries("2022-09-29"),
        "Finland entries by land 30 Sep (tourist ban from 30 Sep)": finnish_entries("2022-09-30"),
        "Mongolia entries 21-30 Sep": total("entries", "Mongolia", "2022-09-21", "2022-09-30"),
        "Verkhny Lars cars queued on 30 Sep": on(cross, "queued_vehicles", "Verkhny Lars", "2022-09-30"),
        "Verkhny Lars, largest queue after 27 Sep (cars)": float(
            series(cross, "queued_vehicles", "Verkhny Lars")[window(sim, "2022-09-28", "2022-10-15")].max()),
        "people leaving Russia 21 Sep - 15 Oct": float(left),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    scenario = load_scenario("russia-2022")
    runs = [figures(Sim(scenario, seed=s).run()) for s in range(1, args.seeds + 1)]
    print("| quantity | projected (mean) | seeds (min-max) |")
    print("|---|---|---|")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"| {key} | {np.mean(values):,.0f} | {min(values):,.0f}-{max(values):,.0f} |")


if __name__ == "__main__":
    main()
