"""The HTML report: self-contained, complete, written whole; opened in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import sys

import pytest
from playwright.sync_api import sync_playwright

from exodus.cli import main
from tests.conftest import FLEE_SCENARIOS
from tests.web.browser import launch

MALI = str(FLEE_SCENARIOS / "mali")


def run_cli(monkeypatch, *args) -> int:
    monkeypatch.setattr(sys, "argv", ["exodus", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return exc.value.code


@pytest.fixture(scope="module")
def report_file(tmp_path_factory, mali_ensemble):
    from exodus.report.html import write_report
    from exodus.report.rundata import load_runset

    return write_report(load_runset(mali_ensemble, MALI), tmp_path_factory.mktemp("report") / "mali.html")


def test_report_is_one_offline_file_with_every_section(report_file):
    text = report_file.read_text()
    assert report_file.stat().st_size < 10_000_000
    assert not re.search(r"<script[^>]+src=", text), "scripts must be embedded"
    assert not re.search(r"<link[^>]+href=", text), "styles must be embedded"
    for section in ("arrivals", "map", "timeline", "errors", "runs"):
        assert f'<section id="{section}">' in text
    assert "5-95% of 2 runs" in text
    assert json.dumps("country closed: Mali–Burkina_Faso")[1:-1] in text
    assert 'id="error-table"' in text and "ARD (rescaled)" in text


def test_cli_writes_report_and_rejects_a_folder_without_runs(monkeypatch, tmp_path, mali_run, capsys):
    out = tmp_path / "r.html"
    assert run_cli(monkeypatch, "report", str(mali_run), "--out", str(out), "--scenario", MALI) == 0
    assert out.stat().st_size > 1_000_000
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = tmp_path / "bad.html"
    assert run_cli(monkeypatch, "report", str(empty), "--out", str(bad), "--scenario", MALI) == 2
    err = capsys.readouterr().err
    assert "no daily.parquet" in err and "Traceback" not in err
    assert not bad.exists()


def test_report_finds_the_scenario_from_the_run_and_says_so_when_it_cannot(monkeypatch, tmp_path, mali_run,
                                                                            capsys):
    monkeypatch.chdir(tmp_path)
    assert run_cli(monkeypatch, "report", str(mali_run), "--out", "found.html") == 0  # summary.json's source
    # a run whose summary names only 'mali', which is no folder here nor under scenarios/
    moved = tmp_path / "moved-run"
    shutil.copytree(mali_run, moved)
    summary = json.loads((moved / "summary.json").read_text())
    del summary["source"]
    (moved / "summary.json").write_text(json.dumps(summary))
    assert run_cli(monkeypatch, "report", str(moved), "--out", "x.html") == 2
    assert "pass --scenario" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_report_renders_its_charts_and_map_in_chromium(report_file):
    requests = []
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report_file.as_uri())
        page.wait_for_selector("#map-chart .main-svg")
        charts = page.eval_on_selector_all(".js-plotly-plot", "els => els.map(e => e.id)")
        traces = page.evaluate("""() => {
            const names = id => document.getElementById(id).data.map(t => t.name);
            const types = [...document.querySelectorAll('.js-plotly-plot')].flatMap(e => e.data.map(t => t.type));
            return {map: names('map-chart'), arrivals: names('arrivals-chart'), types: [...new Set(types)]};
        }""")
        outline_points = page.evaluate("document.getElementById('map-chart').data[0].x.length")
        drawn_paths = page.eval_on_selector_all("#map-chart .scatterlayer path.js-line", "els => els.length")
        browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file://")] == []
    assert {"arrivals-chart", "map-chart", "timeline-chart"} <= set(charts)
    assert "country borders" in traces["map"] and "routes" in traces["map"]
    assert set(traces["types"]) <= {"scatter", "bar"}, "no geo traces: those fetch base maps from the network"
    assert outline_points > 100 and drawn_paths >= 2
    assert "observed" in traces["arrivals"] and "median" in traces["arrivals"]
