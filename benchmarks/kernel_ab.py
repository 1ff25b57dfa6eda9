"""Paired timing of the Flee movement kernel: this tree's against another tree's.

    .venv/bin/python benchmarks/kernel_ab.py OTHER_TREE SCENARIO [--seed N] [--threads]

Runs SCENARIO (a name under ../shared/flee-scenarios or a folder) once. Each day, both
kernels move the same people from the same state (each on its own copy), in alternating
order, and only this tree's result is kept. On one thread (the default) the figure is each
kernel's CPU time, which other jobs on a shared machine disturb far less than wall time;
--threads times the threaded builds by wall clock instead. Prints both totals and their
ratio (below 1: this tree is faster).

Check the pairing against itself first (a copy of this tree as OTHER_TREE). One thread
reads 0.994-0.996 on mali and ssudan (1 Dec 2026; before both kernels were called once
before the timing, the other tree's first call made mali read 0.73-0.85). Threaded, it
read 0.91 on ssudan against itself: --threads figures say little.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import tempfile
import time
from pathlib import Path

import numba
import numpy as np

import exodus
import exodus.model.flee.kernels as kernels
import exodus.model.flee.movement as movement
from exodus.io.flee import load_flee

SCENARIOS = Path(__file__).resolve().parents[2] / "shared" / "flee-scenarios"
PEOPLE_STATE = range(2, 9)  # the move arguments it writes: location .. wake


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="root of the other tree (holds exodus/)")
    parser.add_argument("scenario")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", action="store_true", help="time the threaded builds (wall clock)")
    args = parser.parse_args()
    # The other tree's kernels compile into a throwaway cache: entries written for a module
    # loaded under another name break that tree's own later runs ("No module named '<dynamic>'").
    numba.config.CACHE_DIR = tempfile.mkdtemp(prefix="kernel_ab-")
    spec = importlib.util.spec_from_file_location(
        "other_kernels", args.other.resolve() / "exodus" / "model" / "flee" / "kernels.py")
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    clock = time.perf_counter if args.threads else time.thread_time
    mine, theirs = (_threaded(m) if args.threads else _serial(m) for m in (kernels, other))
    spent = {"this tree": 0.0, "other tree": 0.0}
    days = 0

    def paired(n, counted, occupancy, rules, move, spinner=None):  # the days are paired on this thread
        nonlocal days
        kernels.count_new(occupancy, move[2], move[3], counted, n)
        any_redraw, total = kernels.place_rules(*rules)
        # Both kernels work on fresh copies of the people state (the original's pages and a
        # copy's are not equally warm: copying for one side only favoured the other by 10-15%).
        copies = {}
        for name in ("this tree", "other tree"):
            copy = list(move)
            for j in PEOPLE_STATE:
                copy[j] = move[j].copy()
            copies[name] = tuple(copy)
        runs = [("this tree", mine), ("other tree", theirs)]
        if days == 0:  # compile both before timing anything
            for _, kernel in runs:
                kernel(0, any_redraw, total, copies["this tree"])
        for name, kernel in runs if days % 2 else runs[::-1]:
            start = clock()
            change = kernel(n, any_redraw, total, copies[name])
            spent[name] += clock() - start
            if name == "this tree":
                occupancy += change
                for j in PEOPLE_STATE:
                    move[j][:] = copies[name][j]
        days += 1
        return int(occupancy.sum())

    movement.move_day = paired
    folder = Path(args.scenario) if Path(args.scenario).is_dir() else SCENARIOS / args.scenario
    exodus.Sim(load_flee(folder), seed=args.seed).run()
    print(f"{folder.name} seed {args.seed}, {'threaded, wall' if args.threads else 'one thread, CPU'} seconds: "
          + ", ".join(f"{k} {v:.3f}" for k, v in spent.items())
          + f"; this / other {spent['this tree'] / spent['other tree']:.3f}")


def _serial(module):
    """A tree's one-thread day of moves, returning the change at each place."""
    # Kernels since the spinning helper (1 Dec) also take a claims array, generation and direction.
    claimless = (np.zeros(0, dtype=np.int64), 0, False) if "claims" in inspect.signature(
        module._move_stripes.py_func).parameters else ()

    def run(n, any_redraw, total, move):
        change = np.zeros(len(total), dtype=np.int64)
        module._move_stripes(np.zeros(3, dtype=np.int64), change, *claimless, n, any_redraw, total, *move)
        return change
    return run


def _threaded(module):
    return module._move_parallel


if __name__ == "__main__":
    main()
