"""CPU seconds of evidence extraction's walk over the numbers, a number at a time, in one process.

    .venv/bin/python benchmarks/evidence_walk.py            # dense.txt, best of 5
    .venv/bin/python benchmarks/evidence_walk.py --runs 9
    .venv/bin/python benchmarks/evidence_walk.py --against main --runs 20   # this tree's walk against main's
    .venv/bin/python benchmarks/evidence_walk.py --steps 759ffe1 58a0dce main --runs 8   # each step over the one before

`benchmarks/evidence.py` times the whole command on two cores, where what the rules cost a number is
hidden among trafilatura, the forks and the CSV. This runs `extract_figures` on dense.txt (the page
`benchmarks/evidence.py` builds) with no fork (`parallel.spare_core` answering no) and prints its CPU
seconds and those of its walk over the numbers (`figures._walk`, with the caches it fills per
paragraph, clause and place cold, as in a run), and the walk's microseconds per number read
(each number `figures._figure` is asked about): the figure a change to the rules moves.

With `--against REV`, the extractor of git revision REV (`exodus/evidence` as committed there, imported
beside this tree's) walks the same page in the same process, the two taking turns run by run: other
jobs on the machine slow both alike, so the ratio of each run's walk to its partner's (printed as
their median and quartiles) shows a change of 1-2% that separate runs, a few percent apart from one
run to the next on a shared machine, hide. Both must give the same figures.
"""

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import PAGE_BYTES, dense_page  # noqa: E402

import exodus.evidence  # noqa: E402


class TimedWalk:
    """An extractor package whose walk's CPU seconds and numbers read are counted, run after run."""

    def __init__(self, evidence: ModuleType, path: Path):
        figures, parallel = evidence.figures, evidence.parallel
        self.extract, self.document = figures.extract_figures, evidence.read_document(path)
        self.walked: list[float] = []
        self.totals: list[float] = []
        self.numbers = 0
        walk_in_two, figure = parallel.walk_in_two, figures._figure

        def timed_walk(weights: list[int], walk: parallel.Walk) -> list:
            started = time.process_time()
            found = walk_in_two(weights, walk)
            self.walked.append(time.process_time() - started)
            return found

        def counted_figure(*arguments):
            self.numbers += 1
            return figure(*arguments)

        parallel.spare_core = lambda: False
        parallel.walk_in_two, figures._figure = timed_walk, counted_figure

    def run(self) -> list:
        self.numbers = 0
        started = time.process_time()
        found = self.extract(self.document, date(2022, 9, 28), date(2022, 9, 21))
        self.totals.append(time.process_time() - started)
        return found


def committed_evidence(revision: str, folder: Path, name: str = "exodus_at_revision") -> ModuleType:
    """`exodus/evidence` as committed at `revision`, imported as `{name}.evidence` (its relative imports stay within
    it; `exodus.engine` is this tree's)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "exodus/evidence"], check=True, capture_output=True
    ).stdout
    unpacked = folder / f"unpacked_{name}"
    with tarfile.open(fileobj=io.BytesIO(archive)) as files:
        files.extractall(unpacked, filter="data")
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (unpacked / "exodus" / "evidence").rename(package / "evidence")
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    return importlib.import_module(f"{name}.evidence")


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    return tuple(ordered[len(ordered) * share // 4] for share in (1, 2, 3))


def take_turns(walks: list[tuple[str, TimedWalk]], runs: int, same_figures: bool) -> list:
    """Run the walks in turn, run by run (the order reversed every other run, so each goes first as often), and print
    each one's walk over the one before it as the median and quartiles of their run-by-run ratios; this tree's figures
    (the last walk's) of the last run. With `same_figures`, every walk must find the same figures."""
    for run in range(runs):
        found = {label: walk.run() for label, walk in walks[:: -1 if run % 2 else 1]}
        figures = [[vars(figure) for figure in found[label]] for label, _walk in walks]
        if same_figures and any(other != figures[0] for other in figures[1:]):
            sys.exit(f"the figures of {' and '.join(label for label, _walk in walks)} differ")
    for (before, earlier), (label, walk) in zip(walks, walks[1:], strict=False):
        low, middle, high = _quartiles([mine / theirs for mine, theirs in zip(walk.walked, earlier.walked, strict=True)])
        print(
            f"{label}: {min(walk.walked) / walk.numbers * 1e6:.0f} us a number at best; its walk over {before}'s"
            f" ({min(earlier.walked):.3f} s at best), run by run: median {middle:.3f} (quartiles {low:.3f}-{high:.3f})"
        )
    return found[walks[-1][0]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs, the best of which is printed (default 5)")
    parser.add_argument("--against", metavar="REV", help="a git revision whose extractor takes turns with this tree's")
    parser.add_argument(
        "--steps", metavar="REV", nargs="+", help="git revisions whose extractors take turns: each one's walk over the one before"
    )
    options = parser.parse_args()
    text, _html = dense_page(PAGE_BYTES)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dense.txt"
        path.write_text(text, encoding="utf-8")
        if options.steps:  # (their figures may differ: rules were added between them)
            steps = [
                (revision, TimedWalk(committed_evidence(revision, Path(folder), f"exodus_step{step}"), path))
                for step, revision in enumerate(options.steps)
            ]
            take_turns(steps, options.runs, same_figures=False)
            return
        here = TimedWalk(exodus.evidence, path)
        walks = [("this tree", here)]
        if options.against:
            walks.insert(0, (options.against, TimedWalk(committed_evidence(options.against, Path(folder)), path)))
        found = take_turns(walks, options.runs, same_figures=True)
    walk = min(here.walked)
    print(
        f"dense.txt, one process, best of {options.runs}: extract_figures {min(here.totals):.3f} s of CPU, its walk"
        f" {walk:.3f} s over {here.numbers} numbers ({len(found)} figures): {walk / here.numbers * 1e6:.0f} us a number"
    )


if __name__ == "__main__":
    main()
