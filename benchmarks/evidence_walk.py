"""CPU seconds of evidence extraction's walk over the numbers, a number at a time, in one process.

    .venv/bin/python benchmarks/evidence_walk.py            # dense.txt, best of 5
    .venv/bin/python benchmarks/evidence_walk.py --runs 9

`benchmarks/evidence.py` times the whole command on two cores, where what the rules cost a number is
hidden among trafilatura, the forks and the CSV. This runs `extract_figures` on dense.txt (the page
`benchmarks/evidence.py` builds) with no fork (`parallel.spare_core` answering no) and prints its CPU
seconds and those of its walk over the numbers (`figures._walk`, with the caches it fills per
paragraph, clause and place cold, as in a run), and the walk's microseconds per number read
(each number `figures._figure` is asked about): the figure a change to the rules moves.
"""

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import PAGE_BYTES, dense_page  # noqa: E402

from exodus.evidence import figures, parallel, read_document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs, the best of which is printed (default 5)")
    runs = parser.parse_args().runs
    text, _html = dense_page(PAGE_BYTES)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dense.txt"
        path.write_text(text, encoding="utf-8")
        document = read_document(path)
    walk_in_two, figure = parallel.walk_in_two, figures._figure
    walked: list[float] = []
    numbers = 0

    def timed_walk(weights: list[int], walk: parallel.Walk) -> list:
        started = time.process_time()
        found = walk_in_two(weights, walk)
        walked.append(time.process_time() - started)
        return found

    def counted_figure(*arguments):
        nonlocal numbers
        numbers += 1
        return figure(*arguments)

    parallel.spare_core = lambda: False
    parallel.walk_in_two, figures._figure = timed_walk, counted_figure
    totals = []
    for _ in range(runs):
        numbers = 0
        started = time.process_time()
        found = figures.extract_figures(document, date(2022, 9, 28), date(2022, 9, 21))
        totals.append(time.process_time() - started)
    walk = min(walked)
    print(
        f"dense.txt, one process, best of {runs}: extract_figures {min(totals):.3f} s of CPU, its walk {walk:.3f} s"
        f" over {numbers} numbers ({len(found)} figures): {walk / numbers * 1e6:.0f} us a number"
    )


if __name__ == "__main__":
    main()
