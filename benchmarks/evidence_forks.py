"""Evidence extraction's wall seconds on two free cores, estimated from CPU seconds on a shared machine.

    .venv/bin/python benchmarks/evidence_forks.py            # dense.txt, dense.html, page.html
    .venv/bin/python benchmarks/evidence_forks.py dense.txt --runs 5

Where other jobs hold a core, `benchmarks/evidence.py` finds none spare and extracts a long page
in one process, and forcing the forks only times the waits for a core. This runs the command in
process with a spare core assumed (every long page forked, as on an idle machine) and adds to this
process's CPU seconds, at each fork, how long it would wait for its child on free cores: the
child's CPU seconds for its work and for pickling its result, less this process's between the
fork and asking for the result. Best of `--runs`, on the pages `benchmarks/evidence.py` builds.
Busy cores inflate CPU seconds too (shared caches): compare versions alternated at one load.
"""

import argparse
import os
import pickle
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import PAGE_BYTES, _arguments, dense_page, news_page  # noqa: E402

from exodus.cli import app  # noqa: E402
from exodus.evidence import parallel  # noqa: E402

_FORKING = parallel.in_child
_NO_CHILD = getattr(parallel, "no_child", None)  # (`prepare` and `no_child` are recent: older trees can be timed too)
_waits: list[tuple[float, float]] = []  # per fork: (the child's CPU seconds, this process's meanwhile)


@contextmanager
def _timed_in_child(compute, worth_a_fork, prepare=None):
    """`parallel.in_child`, also noting each fork's CPU seconds on both sides."""

    def measured():
        start = time.process_time()
        result = compute()
        pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)  # as `_send` will
        return result, time.process_time() - start

    with _FORKING(measured, worth_a_fork, **({"prepare": prepare} if prepare else {})) as result:
        if result is _NO_CHILD:
            yield result
            return
        forked = time.process_time()

        def unwrapped():
            asked = time.process_time()
            sent = result()
            if sent is None:
                return None
            _waits.append((sent[1], asked - forked))
            return sent[0]

        yield unwrapped


def estimate(path: Path, out: Path, runs: int) -> tuple[float, float, float, float]:
    """Best (estimated wall, this process's CPU, waits for children, measured wall) over `runs`."""
    best = None
    for _ in range(runs):
        _waits.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            app(_arguments(path, out), standalone_mode=False)
        except SystemExit as failed:
            if failed.code:
                raise
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        waits = sum(max(0.0, child - ours) for child, ours in _waits)
        if best is None or cpu + waits < best[0]:
            best = (cpu + waits, cpu, waits, wall)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=["dense.txt", "dense.html", "page.html"])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    parallel.spare_core = lambda: True
    parallel.in_child = _timed_in_child
    import trafilatura  # noqa: F401  loaded once here, as in a long-running process

    text, html = dense_page(PAGE_BYTES)
    builders = {"dense.txt": lambda: text, "dense.html": lambda: html, "page.html": lambda: news_page(PAGE_BYTES)}
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'page':<11}{'estimate s':>11}{'cpu s':>8}{'waits s':>9}{'wall s':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name in arguments.pages:
            path = Path(folder) / name
            path.write_text(builders[name](), encoding="utf-8")
            best = estimate(path, Path(folder) / f"{name}.csv", arguments.runs)
            print(f"{name:<11}{best[0]:>11.3f}{best[1]:>8.3f}{best[2]:>9.3f}{best[3]:>8.3f}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
