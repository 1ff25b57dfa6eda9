"""Throughput and memory at scale: a Flee scenario at one agent per person.

    .venv/bin/python benchmarks/scale.py ukraine2022 [--hasten 1] [--threads N]

Prints agent-steps per second over the whole run and over the days with at least 1e7
agents, bytes per person (people arrays, and peak resident memory over agents), wall
time, and the ratio to the 5e7 agent-steps/s target. (The ratio to Flee 3.1 on the same
scenario is measured by benchmarks/vs_flee.py.)
The first (compiling) run is a short warm-up on mali, not timed.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import numba
import numpy as np

import exodus
from exodus.io.flee import load_flee

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT.parent / "shared" / "flee-scenarios"
TARGET = 5e7


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", default="ukraine2022")
    parser.add_argument("--hasten", type=int, default=1)
    parser.add_argument("--threads", type=int, default=numba.config.NUMBA_NUM_THREADS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    numba.set_num_threads(args.threads)

    exodus.Sim(load_flee(SCENARIOS / "mali"), seed=1).run()  # compile the kernels
    scenario = load_flee(SCENARIOS / args.scenario, hasten=args.hasten)
    sim = exodus.Sim(scenario, seed=args.seed)
    t0 = time.perf_counter()
    sim.init()
    init_seconds = time.perf_counter() - t0

    day_seconds = np.zeros(sim.days)
    day_agents = np.zeros(sim.days, dtype=np.int64)
    while sim.t < sim.days:
        t = sim.t
        start = time.perf_counter()
        sim.step()
        day_seconds[t] = time.perf_counter() - start
        day_agents[t] = sim.people.count
    wall = init_seconds + day_seconds.sum()
    big = day_agents >= 10_000_000
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    figures = {
        "scenario": args.scenario,
        "hasten": args.hasten,
        "threads": args.threads,
        "days": sim.days,
        "agents_at_end": int(sim.people.count),
        "agent_steps": int(day_agents.sum()),
        "wall_seconds": round(wall, 2),
        "agent_steps_per_second": float(day_agents.sum() / day_seconds.sum()),
        "days_with_1e7_agents": int(big.sum()),
        "agent_steps_per_second_at_1e7": float(day_agents[big].sum() / day_seconds[big].sum()) if big.any() else None,
        "people_bytes_per_person": sim.people.bytes_per_person(),
        "peak_rss_bytes_per_person": peak_rss / max(sim.people.count, 1),
        "peak_rss_mib": peak_rss / 2**20,
    }
    rate = figures["agent_steps_per_second_at_1e7"] or figures["agent_steps_per_second"]
    figures["ratio_to_target"] = rate / TARGET
    width = max(map(len, figures))
    for key, value in figures.items():
        shown = f"{value:,.4g}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
