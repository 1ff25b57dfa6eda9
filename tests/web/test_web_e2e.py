"""The dashboard end to end: the real server process, the real page in headless Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.conftest import FLEE_SCENARIOS
from tests.web.browser import dashboard_server, launch

SPEED = "flee.movement.max_move_speed"
RUN_BOUND_MS = 300_000  # only stops a hung test


@pytest.fixture(scope="module")
def server():
    with dashboard_server([str(FLEE_SCENARIOS / "mali"), "russia-2022"]) as url:
        yield url


@pytest.fixture
def page(server):
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server)
        yield page
        browser.close()
    assert errors == []


def chart_traces(page) -> list[dict]:
    return page.evaluate("""() => document.getElementById('chart').data.map(
        t => ({name: t.name, y: Array.from(t.y)}))""")


def test_change_a_lever_run_and_see_the_chart_change(page):
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    baseline = chart_traces(page)
    assert [t["name"] for t in baseline] == ["baseline", "baseline"]
    speed = page.locator(f'[data-key="{SPEED}"]')
    expect(speed).to_have_value("200")
    speed.fill("40")
    page.click("#run")
    page.wait_for_selector('#status[data-status="done"]', state="detached", timeout=10_000)
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    changed = chart_traces(page)
    assert [t["name"] for t in changed] == ["baseline", "baseline", "changed", "changed"]
    assert changed[0]["y"] == baseline[0]["y"]
    assert changed[2]["y"] != changed[0]["y"]
    expect(page.locator("#totals")).to_contain_text("in the baseline")
    expect(page.locator("#error")).to_be_hidden()


def test_a_failing_run_shows_its_error(page):
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    page.fill('[data-key="flee.movement.default_movechance"]', "2")
    page.click("#run")
    page.wait_for_selector('#status[data-status="failed"]', timeout=RUN_BOUND_MS)
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("default_movechance")


def test_switch_a_policy_off_and_raise_a_crossing_capacity(page):
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    page.select_option("#scenario", "russia-2022")
    page.wait_for_selector('[data-key="russia.policies.off"] [data-choice="P12"]')
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    expect(page.locator("#chart .gtitle").first).to_contain_text("russia-2022: baseline")
    ban = page.locator('[data-key="russia.policies.off"] [data-choice="P12"]')
    expect(ban).to_be_checked()  # Finland's tourist ban is in force in the scenario
    ban.uncheck()
    page.fill('[data-key="russia.crossings.capacity_factor"] [data-choice="Verkhny Lars"]', "2")
    page.click("#run")
    page.wait_for_selector('#status[data-status="done"]', state="detached", timeout=10_000)
    page.wait_for_selector('#status[data-status="done"]', timeout=RUN_BOUND_MS)
    bars = page.evaluate("""() => Object.fromEntries(document.getElementById('chart').data
        .filter(t => t.type === 'bar').map(t => [t.name, Object.fromEntries(t.x.map((x, i) => [x, t.y[i]]))]))""")
    assert bars["changed"]["Finland"] > bars["baseline"]["Finland"]
    expect(page.locator("#status")).to_contain_text('russia.policies.off = ["P12"]')
