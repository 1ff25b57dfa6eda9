"""Evidence extraction before and after a change: every row of every labelled set and of the 1 MB pages.

    .venv/bin/python benchmarks/evidence_regression.py --save /tmp/evidence-before
    ... change the extractor ...
    .venv/bin/python benchmarks/evidence_regression.py --compare /tmp/evidence-before

`--save` writes the rows extracted from each labelled set (tests/evidence/documents.csv, its
reports read together as the scorer reads them) and from the three 1 MB pages of
`benchmarks/evidence.py` (dense.txt, dense.html, page.html) to one CSV each in the folder.
`--compare` extracts again and lists, per set, the rows that appeared and the rows that went
(all columns compared, `quote` and `note` included; a report by its file name, so that rows saved
in one checkout compare with another's), and exits with 1 if any differ. The folder holds text of
the shared reports: keep it outside the project.
"""

import argparse
import csv
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import PAGE_BYTES, SHARED_REPORTS, dense_page, news_page  # noqa: E402

from exodus.evidence import extract_observations, rows  # noqa: E402
from exodus.evidence.scoring import extract_set, read_labelled  # noqa: E402

LABELLED = ROOT / "tests" / "evidence"
COLUMNS = [
    "quantity", "value", "value_low", "value_high", "unit", "place", "direction", "period_start", "period_end",
    "as_reported_by", "publication", "source", "note", "span_start", "span_end", "flags", "quote",
    "measure", "labels", "aggregate", "use", "definition", "reliability",
]  # fmt: skip


def _page_rows(folder: Path) -> dict[str, list[dict]]:
    text, html = dense_page(PAGE_BYTES)
    pages = {"dense.txt": text, "dense.html": html}
    if SHARED_REPORTS.is_dir():
        pages["page.html"] = news_page(PAGE_BYTES)
    found = {}
    for name, content in pages.items():
        path = folder / name
        path.write_text(content, encoding="utf-8")
        observations = extract_observations([path], date(2022, 9, 28), date(2022, 9, 21))
        found[f"page-{name}"] = [dict(row, source=name) for row in rows(observations)]
    return found


def extract_all() -> dict[str, list[dict]]:
    """Rows per labelled set and per 1 MB page."""
    documents, _expected = read_labelled(LABELLED)
    found = {name: extract_set(docs, ROOT) for name, docs in documents.items()}
    with tempfile.TemporaryDirectory() as folder:
        found.update(_page_rows(Path(folder)))
    return found


def _as_lines(table: list[dict]) -> list[tuple[str, ...]]:
    return [_portable(tuple(row.get(name, "") for name in COLUMNS)) for row in table]


_SOURCE = COLUMNS.index("source")


def _portable(line: tuple[str, ...]) -> tuple[str, ...]:
    """The row with its report named by file name, not by the checkout's path to it (main's
    /work/main/tests/... and a worktree's /work/wt-x/tests/... are the same report)."""
    return (*line[:_SOURCE], Path(line[_SOURCE]).name, *line[_SOURCE + 1 :])


def save(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in extract_all().items():
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
            writer.writerows(_as_lines(table))
        print(f"{name:<16}{len(table):>7} rows")


def compare(folder: Path, shown: int) -> bool:
    """Whether every set's rows are the same as those saved in `folder`; prints the differences."""
    same = True
    for name, table in extract_all().items():
        path = folder / f"{name}.csv"
        if not path.exists():
            print(f"{name:<16} not saved before")
            same = False
            continue
        with open(path, newline="", encoding="utf-8") as stream:
            before = [_portable(tuple(line)) for line in list(csv.reader(stream))[1:]]
        after = _as_lines(table)
        before_set, after_set = set(before), set(after)
        gone = [line for line in before if line not in after_set]
        new = [line for line in after if line not in before_set]
        order = "" if gone or new or before == after else " (same rows, other order)"
        print(f"{name:<16}{len(before):>7} rows before{len(after):>7} after{len(gone):>6} gone{len(new):>6} new{order}")
        for kind, lines in (("-", gone), ("+", new)):
            for line in lines[:shown]:
                print(f"   {kind}", " | ".join(field for field in line[:10] + line[12:15]))
        same = same and before == after
    print("every set identical" if same else "SOME SETS DIFFER")
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, metavar="DIR", help="write the current rows to DIR")
    action.add_argument("--compare", type=Path, metavar="DIR", help="compare the current rows with those in DIR")
    parser.add_argument("--show", type=int, default=5, help="differing rows listed per set and kind (default 5)")
    arguments = parser.parse_args()
    if arguments.save:
        save(arguments.save)
    elif not compare(arguments.compare, arguments.show):
        sys.exit(1)


if __name__ == "__main__":
    main()
