"""Where a 1 MB page's wall seconds go: the stages of one extraction, in this process and in each child it forks.

    .venv/bin/python benchmarks/evidence_timeline.py                  # dense.txt, dense.html, page.html
    .venv/bin/python benchmarks/evidence_timeline.py dense.txt --runs 5

`benchmarks/evidence.py` gives a page's wall seconds; this says what stood on the way. `exodus evidence
extract` runs in this process through its command line (as `benchmarks/evidence.py` times it, after two
runs that fill what a long-running process keeps: the time rules compiled), with a spare core assumed (every long page
forked, as on an idle machine), and the start and end of each stage are noted on one clock shared
with the children: reading (trafilatura, places, paragraphs; words counted in a child), the places
and numbers found beside the time expressions (in a child), the walk in two (this process's half,
the child's warm-up and half, the rest taken back) and the writing (merge, CSV lines in two). The
run with the fewest wall seconds of `--runs` is printed, stage by stage, with the seconds each
process waited (a stage of this process that ends long after the work in it: a child's result
awaited). On a busy machine the stages stretch: read with the load averages printed.
"""

import argparse
import contextlib
import functools
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import PAGE_BYTES, SHARED_REPORTS, _arguments, dense_page, news_page  # noqa: E402

from exodus.cli import app  # noqa: E402
import exodus.evidence as evidence  # noqa: E402
from exodus.evidence import cli as evidence_cli, document, figures, observations, parallel  # noqa: E402

# (module, function, label): the stages noted, wherever they run
_STAGES = [
    (evidence, "read_document", "read (text or HTML to paragraphs)"),
    (document, "_html_article", "trafilatura"),
    (document, "scan", "places named (gazetteer scan)"),
    (document, "_article_paragraphs", "paragraphs"),
    (document, "_word_counts", "words counted"),
    (figures, "find_times", "time expressions"),
    (figures, "infer_origin", "origin"),
    (figures, "named_crossings", "crossings named by cues"),
    (figures, "_Numbers", "numbers' anchors"),
    (parallel, "walk_in_two", "walk in two"),
    (parallel, "_take_the_rest", "rest taken from the child"),
    (evidence, "merge", "merge"),
    (evidence_cli, "write_table", "write the table"),
    (observations, "_csv_lines", "CSV lines"),
    (observations, "_write_atomically", "file written"),
]


class _Log:
    """Stages noted by this process and its children (forked children append to the same file)."""

    def __init__(self, path: Path):
        self.path, self.origin = path, 0.0

    def note(self, label: str, start: float, end: float) -> None:
        line = f"{os.getpid()}\t{label}\t{start - self.origin:.4f}\t{end - self.origin:.4f}\n"
        handle = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            os.write(handle, line.encode())
        finally:
            os.close(handle)

    def read(self) -> list[tuple[int, str, float, float]]:
        rows = [line.split("\t") for line in self.path.read_text().splitlines()] if self.path.exists() else []
        return sorted(((int(p), label, float(s), float(e)) for p, label, s, e in rows), key=lambda row: row[2])


def _noted(log: _Log, function, label: str):
    @functools.wraps(function)
    def noted(*arguments, **options):
        start = time.perf_counter()  # (CLOCK_MONOTONIC: one clock for this process and its children)
        try:
            return function(*arguments, **options)
        finally:
            log.note(label, start, time.perf_counter())

    return noted


def _walk_noted(log: _Log, walk):
    """`figures._walk`, its stretches of more than one paragraph noted (a child walks its half one at a time)."""

    @functools.wraps(walk)
    def noted(context, numbers, first, last, found):
        start = time.perf_counter()
        result = walk(context, numbers, first, last, found)
        if last - first > 1:
            log.note(f"walk of paragraphs {first}-{last - 1}", start, time.perf_counter())
        return result

    return noted


def _child_noted(log: _Log, send):
    """`parallel._send`, the child's whole computation noted as one stage (its name: the function it ran)."""

    @functools.wraps(send)
    def noted(compute, read, write):
        name = getattr(compute, "__name__", None) or getattr(getattr(compute, "func", None), "__name__", "child")
        start = time.perf_counter()

        def timed():
            try:
                return compute()
            finally:
                log.note(f"child: {name}", start, time.perf_counter())

        return send(timed, read, write)

    return noted


def _run(path: Path, out: Path) -> None:
    """The command on `path`, what it prints kept from this one's output."""
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            app(_arguments(path, out), standalone_mode=False)
        except SystemExit as failed:
            if failed.code:
                raise


def timeline(path: Path, out: Path, runs: int, log: _Log) -> tuple[float, list]:
    """(wall seconds, stages) of the fastest of `runs` runs of the command on `path`."""
    best = None
    for _ in range(runs):
        log.path.unlink(missing_ok=True)
        log.origin = time.perf_counter()
        _run(path, out)
        wall = time.perf_counter() - log.origin
        time.sleep(0.05)  # (a child's last note is written before it sends its result: none is late, but be sure)
        if best is None or wall < best[0]:
            best = (wall, log.read())
    return best


def _print(name: str, wall: float, stages: list) -> None:
    parent = os.getpid()
    children = {pid: f"child {index}" for index, pid in enumerate(dict.fromkeys(p for p, *_ in stages if p != parent), 1)}
    print(f"\n{name}: {wall:.3f} s wall (fastest run)")
    print(f"  {'process':<9}{'start s':>8}{'end s':>8}{'seconds':>9}  stage")
    for pid, label, start, end in stages:
        who = "this" if pid == parent else children[pid]
        print(f"  {who:<9}{start:>8.3f}{end:>8.3f}{end - start:>9.3f}  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=["dense.txt", "dense.html", "page.html"])
    parser.add_argument("--runs", type=int, default=3, help="runs a page, the fastest printed (default 3)")
    arguments = parser.parse_args()
    import trafilatura  # noqa: F401  loaded once here, as in a long-running process

    with tempfile.TemporaryDirectory() as folder:
        log = _Log(Path(folder) / "stages.tsv")
        parallel.spare_core = lambda: True
        for module, name, label in _STAGES:
            setattr(module, name, _noted(log, getattr(module, name), label))
        figures._walk = _walk_noted(log, figures._walk)
        parallel._send = _child_noted(log, parallel._send)
        text, html = dense_page(PAGE_BYTES)
        builders = {"dense.txt": lambda: text, "dense.html": lambda: html, "page.html": lambda: news_page(PAGE_BYTES)}
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for name in arguments.pages:
            if name == "page.html" and not SHARED_REPORTS.is_dir():
                continue
            path = Path(folder) / name
            path.write_text(builders[name](), encoding="utf-8")
            for _ in range(2):  # (the first run's child compiles the time rules, the second compiles them here)
                _run(path, Path(folder) / f"{name}.csv")
            _print(name, *timeline(path, Path(folder) / f"{name}.csv", arguments.runs, log))
        print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
