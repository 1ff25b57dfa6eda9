"""Russia 2022: seconds per run of the full period, by resolution, and agents held.

    .venv/bin/python benchmarks/russia_run.py

The first run compiles (or loads cached) kernels and is reported apart. Dashboards and
ensembles of 100 runs need a run in a few seconds at the default 25 men per agent;
coarser resolutions trade noise for speed.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.engine.sim import Sim  # noqa: E402
from exodus.io import load_scenario  # noqa: E402


def main() -> None:
    sc = load_scenario("russia-2022")
    start = time.perf_counter()
    Sim(sc, seed=0).run()
    print(f"first run (compile or load kernels): {time.perf_counter() - start:.2f} s")
    for per_agent in (25, 100):
        times = []
        for seed in (1, 2, 3):
            start = time.perf_counter()
            sim = Sim(sc, pars={"russia.mobilisation.people_per_agent": per_agent}, seed=seed).run()
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{per_agent:>4} men per agent: {sim.people.count:>9,} agents, {sim.days} days, "
              f"median {median:.2f} s per run (init + run), 100 runs ~ {100 * median / 60:.1f} min on one core, "
              f"{sim.people.bytes_per_person():.0f} bytes per agent")


if __name__ == "__main__":
    main()
