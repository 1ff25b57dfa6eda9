"""Paired timing of the Flee movement kernel: this tree's against another tree's.

    .venv/bin/python benchmarks/kernel_ab.py OTHER_TREE SCENARIO [--seed N] [--threads]

Runs SCENARIO (a name under ../shared/flee-scenarios or a folder) once. Each day, both
kernels move the same people from the same state (the other tree's on a copy), in
alternating order, and only this tree's result is kept. On one thread (the default) the
figure is each kernel's CPU time, which other jobs on a shared machine disturb far less
than wall time; --threads times the threaded builds by wall clock instead. Prints both
totals and their ratio (below 1: this tree is faster).
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

import exodus
import exodus.model.flee.kernels as kernels
import exodus.model.flee.movement as movement
from exodus.io.flee import load_flee

SCENARIOS = Path(__file__).resolve().parents[2] / "shared" / "flee-scenarios"
PEOPLE_STATE = range(2, 9)  # kernel arguments it writes: location .. wake


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="root of the other tree (holds exodus/)")
    parser.add_argument("scenario")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", action="store_true", help="time the threaded builds (wall clock)")
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location(
        "other_kernels", args.other.resolve() / "exodus" / "model" / "flee" / "kernels.py")
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    build = "_move_parallel" if args.threads else "_move_serial"
    clock = time.perf_counter if args.threads else time.thread_time
    mine, theirs = getattr(kernels, build), getattr(other, build)
    spent = {"this tree": 0.0, "other tree": 0.0}
    days = 0

    def paired(n, *state):
        nonlocal days
        copy = list(state)
        for j in PEOPLE_STATE:
            copy[j] = state[j].copy()
        runs = [("this tree", mine, state), ("other tree", theirs, copy)]
        for name, kernel, kernel_args in runs if days % 2 else runs[::-1]:
            start = clock()
            change = kernel(n, *kernel_args)
            spent[name] += clock() - start
            if name == "this tree":
                kept = change
        days += 1
        return kept

    movement.move_day = paired
    folder = Path(args.scenario) if Path(args.scenario).is_dir() else SCENARIOS / args.scenario
    exodus.Sim(load_flee(folder), seed=args.seed).run()
    print(f"{folder.name} seed {args.seed}, {'threaded, wall' if args.threads else 'one thread, CPU'} seconds: "
          + ", ".join(f"{k} {v:.3f}" for k, v in spent.items())
          + f"; this / other {spent['this tree'] / spent['other tree']:.3f}")


if __name__ == "__main__":
    main()
