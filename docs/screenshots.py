"""Redraw the report and dashboard screenshots in docs/img from fresh runs (headless Debian Chromium).

    .venv/bin/python docs/screenshots.py [--scenario russia-2022] [--prefix report-russia]

Runs the scenario, writes its report, and saves one PNG per report section; then starts
`exodus serve` on a free port, doubles Verkhny Lars and lifts Finland's tourist ban in the
page, runs, and saves the dashboard beside its baseline (dashboard-russia.png).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.web.browser import dashboard_server, launch  # noqa: E402

SECTIONS = {"arrivals": "arrivals", "queues": "queues", "map": "map", "timeline": "timeline", "errors": "errors"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="russia-2022")
    parser.add_argument("--prefix", default="report-russia")
    args = parser.parse_args()
    exodus = [sys.executable, "-m", "exodus"]
    with tempfile.TemporaryDirectory() as tmp:
        run, report = Path(tmp) / "run", Path(tmp) / "report.html"
        subprocess.run(exodus + ["run", args.scenario, "--out", str(run)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        subprocess.run(exodus + ["report", str(run), "--out", str(report)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(report.as_uri())
            page.wait_for_selector(".js-plotly-plot")
            for section, name in SECTIONS.items():
                element = page.query_selector(f"section#{section}")
                if element is None:
                    continue
                path = ROOT / "docs" / "img" / f"{args.prefix}-{name}.png"
                element.screenshot(path=str(path))
                print(path.relative_to(ROOT))
            browser.close()
    dashboard(ROOT / "docs" / "img" / "dashboard-russia.png")


def dashboard(path: Path) -> None:
    """The what-if page of a real server: Verkhny Lars doubled, Finland's ban lifted, beside the baseline."""
    with dashboard_server(["russia-2022"], cwd=ROOT) as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        done = '#status[data-status="done"]'
        page.wait_for_selector(done, timeout=300_000)
        page.uncheck('[data-key="russia.policies.off"] [data-choice="P12"]')
        page.fill('[data-key="russia.crossings.capacity_factor"] [data-choice="Verkhny Lars"]', "2")
        page.click("#run")
        page.wait_for_selector(done, state="detached", timeout=10_000)
        page.wait_for_selector(done, timeout=300_000)
        page.screenshot(path=str(path))
        print(path.relative_to(ROOT))
        browser.close()


if __name__ == "__main__":
    main()
