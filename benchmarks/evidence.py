"""Evidence extraction: precision and recall on the labelled sets, and speed on a 1 MB page.

    .venv/bin/python benchmarks/evidence.py            # scores and speed
    .venv/bin/python benchmarks/evidence.py --misses   # also list missed and spurious figures

A figure counts as found when its quantity, value (with bounds), place and period all
match a hand-labelled one (tests/evidence/expected.csv). Speed is read + extract (CPU
seconds of this process, and wall seconds) of three 1 MB pages:
- page.html: a typical news page, 1 MB of markup, scripts and navigation around an
  article made of the three shared reports (read at run time from ../shared/reports);
- dense.txt / dense.html: the worst case, 1 MB of nothing but report prose, built from
  the labelled texts with every number changed per copy (so no line repeats).
The target is under one second per page.
"""

import argparse
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.evidence import extract_figures, read_document  # noqa: E402
from exodus.evidence.scoring import score_labelled  # noqa: E402

LABELLED = ROOT / "tests" / "evidence"
PAGE_BYTES = 1_000_000
SHARED_REPORTS = ROOT.parent / "shared" / "reports"
TARGET = 0.85


def print_scores(show_misses: bool) -> None:
    scores = score_labelled(LABELLED, ROOT)
    total = None
    print(f"{'set':<12}{'precision':>10}{'recall':>8}{'found':>7}{'false+':>8}{'missed':>8}")
    for name, result in scores.items():
        total = result if total is None else total + result
        print(
            f"{name:<12}{result.precision:>10.2f}{result.recall:>8.2f}{result.true_positives:>7}"
            f"{result.false_positives:>8}{result.false_negatives:>8}"
        )
    print(
        f"{'overall':<12}{total.precision:>10.2f}{total.recall:>8.2f}{total.true_positives:>7}"
        f"{total.false_positives:>8}{total.false_negatives:>8}"
    )
    verdict = "meets" if min(total.precision, total.recall) >= TARGET else "BELOW"
    print(f"target precision and recall >= {TARGET}: overall {verdict}")
    if show_misses:
        for kind, rows in (("missed", total.missed), ("spurious", total.spurious)):
            for row in rows:
                figure = [row[name] for name in ("quantity", "value", "value_low", "value_high", "place")]
                period = [row["period_start"], row["period_end"]]
                print(f"  {kind:<9}", Path(row["source"]).name, *figure, *period, "|", row.get("quote", "")[:80])


def _paragraphs() -> list[str]:
    texts = sorted((LABELLED / "texts").glob("own_*.txt"))
    paragraphs = []
    for path in texts:
        document = read_document(path)
        paragraphs += [document.paragraph_text(i) for i in range(len(document.paragraphs))]
    return paragraphs


def _varied(paragraph: str, copy: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + copy), paragraph)


def news_page(size: int) -> str:
    """A 1 MB HTML page as news sites serve them: a short article in a lot of markup."""
    article = "".join(
        f"<p>{line}</p>"
        for path in sorted(SHARED_REPORTS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    filler = []
    length = len(article)
    index = 0
    while length < size:
        index += 1
        block = (
            f"<script>window.slot{index} = {{id: {index}, sizes: [[300, 250], [728, 90]], targeting: 'news-{index}'}};</script>"
            f"<div class='promo' style='margin:0 {index % 9}px'><a href='/story/{index}'>Story {index}</a></div>\n"
        )
        filler.append(block)
        length += len(block)
    half = len(filler) // 2
    return (
        "<!DOCTYPE html><html><head><title>Report</title>" + "".join(filler[:half]) + "</head><body><nav>Home</nav>"
        "<main><article><h1>Report</h1>"
        + article
        + "</article></main><aside>"
        + "".join(filler[half:])
        + "</aside></body></html>"
    )


def dense_page(size: int) -> tuple[str, str]:
    """(plain text, HTML) of about `size` bytes of report prose, every copy with other numbers."""
    paragraphs = _paragraphs()
    body: list[str] = []
    length = 0
    copy = 0
    while length < size:
        copy += 1
        for paragraph in paragraphs:
            changed = _varied(paragraph, copy)
            body.append(changed)
            length += len(changed.encode("utf-8")) + 1
    text = "\n".join(body)
    html = (
        "<html><head><title>Long report</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Long report</h1>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</article><footer>Footer</footer></body></html>"
    )
    return text, html


def time_extraction(path: Path, repeats: int = 3) -> tuple[float, float, int]:
    """Best CPU and wall seconds of read + extract over `repeats` runs, and the figures found."""
    best_cpu = best_wall = float("inf")
    found = 0
    for _ in range(repeats):
        cpu, wall = time.process_time(), time.perf_counter()
        document = read_document(path)
        found = len(extract_figures(document, date(2022, 9, 28), date(2022, 9, 21)))
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall, found


def print_speed() -> None:
    text, html = dense_page(PAGE_BYTES)
    import trafilatura  # noqa: F401  loaded once here, as in a long-running process

    pages = [("dense.txt", text), ("dense.html", html)]
    if SHARED_REPORTS.is_dir():
        pages.insert(0, ("page.html", news_page(PAGE_BYTES)))
    print(f"{'page':<11}{'MB':>6}{'cpu s':>8}{'wall s':>8}{'figures':>9}  target < 1 s (cpu)")
    with tempfile.TemporaryDirectory() as folder:
        for name, content in pages:
            path = Path(folder) / name
            path.write_text(content, encoding="utf-8")
            cpu, wall, found = time_extraction(path)
            size = path.stat().st_size / 1e6
            print(f"{name:<11}{size:>6.2f}{cpu:>8.3f}{wall:>8.3f}{found:>9}  {'meets' if cpu < 1 else 'MISSES'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list missed and spurious figures")
    arguments = parser.parse_args()
    print_scores(arguments.misses)
    print_speed()


if __name__ == "__main__":
    main()
