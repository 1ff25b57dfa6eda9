"""Size of the HTML report and how long headless Chromium takes to draw every chart in it.

    .venv/bin/python benchmarks/report_render.py                      # flagship + a Flee scenario
    .venv/bin/python benchmarks/report_render.py --run runs/car --scenario ../shared/flee-scenarios/car

Each scenario is run once (`exodus run`), its report written (`exodus report`), then opened
``--loads`` times in a fresh browser context; the render time is the page's own clock from
navigation start until every Plotly chart has drawn its SVG. Targets: under 10 MB, under 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.web.browser import launch  # noqa: E402

EXODUS = [sys.executable, "-c", "from exodus.cli import main; main()"]
DEFAULT_SCENARIOS = ["russia-2022", str(ROOT.parent / "shared" / "flee-scenarios" / "car")]
SIZE_LIMIT_MB, RENDER_LIMIT_S = 10.0, 3.0

ALL_DRAWN = """() => {
    const charts = [...document.querySelectorAll('.js-plotly-plot')];
    return charts.length > 0 && charts.every(c => c._fullLayout && c.querySelector('.main-svg'));
}"""


def make_report(scenario: str, run: Path | None, work: Path) -> tuple[Path, float]:
    """Run the scenario (unless a run folder is given) and write its report; returns (path, seconds)."""
    if run is None:
        run = work / "run"
        subprocess.run(EXODUS + ["run", scenario, "--out", str(run)], check=True, capture_output=True)
    out = work / "report.html"
    start = time.perf_counter()
    subprocess.run(EXODUS + ["report", str(run), "--out", str(out), "--scenario", scenario], check=True,
                   capture_output=True)
    return out, time.perf_counter() - start


def render_seconds(browser, report: Path) -> tuple[float, int]:
    """Seconds from navigation start until every chart is drawn, and how many charts there are."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.goto(report.as_uri(), wait_until="load")
    page.wait_for_function(ALL_DRAWN, timeout=60_000)
    elapsed_ms = page.evaluate("performance.now()")
    charts = page.evaluate("document.querySelectorAll('.js-plotly-plot').length")
    context.close()
    return elapsed_ms / 1000, charts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", action="append", help="scenario folder or name (repeat)")
    parser.add_argument("--run", type=Path, help="an existing run folder of the (single) --scenario")
    parser.add_argument("--loads", type=int, default=5, help="page loads per report")
    args = parser.parse_args()
    scenarios = args.scenario or DEFAULT_SCENARIOS
    rows = []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = launch(p)
        for i, scenario in enumerate(scenarios):
            work = Path(tmp) / str(i)
            work.mkdir()
            report, write_s = make_report(scenario, args.run, work)
            times = [render_seconds(browser, report) for _ in range(args.loads)]
            seconds = [t for t, _ in times]
            rows.append((Path(scenario).name, report.stat().st_size / 1e6, write_s, statistics.median(seconds),
                         max(seconds), times[0][1]))
        browser.close()
    print(f"{'scenario':<14} {'size MB':>8} {'write s':>8} {'render s (median)':>18} {'render s (max)':>15} "
          f"{'charts':>7} {'size/limit':>11} {'render/limit':>13}")
    for name, size, write_s, median, worst, charts in rows:
        print(f"{name:<14} {size:>8.2f} {write_s:>8.2f} {median:>18.3f} {worst:>15.3f} {charts:>7} "
              f"{size / SIZE_LIMIT_MB:>11.2f} {median / RENDER_LIMIT_S:>13.2f}")


if __name__ == "__main__":
    main()
