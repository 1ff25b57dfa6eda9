"""Evidence extraction speed on 1 MB pages of other shapes than `benchmarks/evidence.py`'s.

    .venv/bin/python benchmarks/evidence_shapes.py                  # every shape, 1 MB each
    .venv/bin/python benchmarks/evidence_shapes.py --size 250000    # smaller pages
    .venv/bin/python benchmarks/evidence_shapes.py --only table list

`benchmarks/evidence.py` times prose, a news page and its HTML; a rule that reads back over the
report for each figure costs nothing there and grows with the square of the page elsewhere. Each
shape here is one such page, its lines alike but for their numbers: a report that says "crossed"
and "the crossing" but names no crossing, a transcript whose questions name no time, a live blog,
a long table, a report saying "on the same day" in every line, a long list, and a bulletin with a
"Reporting period" line above dense prose. Timed as
`benchmarks/evidence.py` times its pages (`exodus evidence extract` in this process, best of
`--repeats`, wall and CPU seconds with the children it forks); read with the load averages printed.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence import PAGE_BYTES, dense_page, time_command  # noqa: E402

from exodus.evidence.parallel import spare_core  # noqa: E402


def _lines(line, size: int) -> str:
    """`line(i)` for i = 1, 2, ... until the page holds `size` bytes."""
    lines, length, index = [], 0, 0
    while length < size:
        index += 1
        lines.append(line(index))
        length += len(lines[-1].encode("utf-8")) + 1
    return "\n".join(lines)


SHAPES = {
    "no-crossing": lambda i: f"About {1000 + i:,} people crossed on Monday, and the queue at the crossing reached {5 + i % 20} km.",
    "transcript": lambda i: f"Q: What did you see at the border?\nA: About {1000 + i:,} people crossed, and {50 + i % 40} cars waited.",
    "live-blog": lambda i: f"{10 + i % 12}:{i % 60:02d}\nAbout {1000 + i:,} people crossed into Poland at Medyka, border guards said.",
    "table": lambda i: ("| Crossing | Arrivals | Departures |\n|---|---|---|\n" if i % 200 == 1 else "") + f"| Upper Lars | {1000 + i:,} | {500 + i:,} |",
    "same-day": lambda i: f"On {1 + i % 28} September about {1000 + i:,} people crossed into Georgia, and on the same day {200 + i:,} left.",
    "list": lambda i: (f"Arrivals by country in the week to {1 + i % 28} September:\n" if i % 40 == 1 else "") + f"- Georgia: {1000 + i:,} arrivals",
}


def page(shape: str, size: int) -> str:
    if shape == "bulletin":
        return "Reporting period: 1 - 25 September 2022\n\n" + dense_page(size)[0]
    return _lines(SHAPES[shape], size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=PAGE_BYTES, help="bytes a page holds (default 1 MB)")
    parser.add_argument("--repeats", type=int, default=3, help="runs a page, the best kept (default 3)")
    parser.add_argument("--only", nargs="+", choices=[*SHAPES, "bulletin"], help="these shapes only")
    arguments = parser.parse_args()
    import trafilatura  # noqa: F401  loaded once here, as in a long-running process

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'shape':<13}{'MB':>6}{'cpu s':>8}{'wall s':>8}  {'core spare':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for shape in arguments.only or [*SHAPES, "bulletin"]:
            path = Path(folder) / f"{shape}.txt"
            path.write_text(page(shape, arguments.size), encoding="utf-8")
            spare = "yes" if spare_core() else "no"
            cpu, wall, _printed = time_command(path, Path(folder) / f"{shape}.csv", arguments.repeats)
            print(f"{shape:<13}{path.stat().st_size / 1e6:>6.2f}{cpu:>8.3f}{wall:>8.3f}  {spare:>10}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
