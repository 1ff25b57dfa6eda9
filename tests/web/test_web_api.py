"""The dashboard API in process: catalogue, levers, runs beside the baseline, refusals, failures."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from exodus.web.app import create_app
from exodus.web.runs import Catalogue
from tests.conftest import FLEE_SCENARIOS

SPEED = "flee.movement.max_move_speed"


@pytest.fixture(scope="module")
def client():
    app = create_app(Catalogue.from_refs([str(FLEE_SCENARIOS / "mali")]))
    with TestClient(app) as c:
        yield c


def wait(client, run_id: str, bound_seconds: float = 300) -> dict:
    """Poll a run until it ends (the bound only stops a hung test)."""
    deadline = time.monotonic() + bound_seconds
    while time.monotonic() < deadline:
        run = client.get(f"/api/runs/{run_id}").json()
        if run["status"] in ("done", "failed"):
            return run
        time.sleep(0.2)
    raise AssertionError(f"run {run_id} did not end")


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/scenarios", "/api/scenarios/{name}/levers", "/api/runs", "/api/runs/{run_id}"} <= set(spec["paths"])
    assert "RunRequest" in spec["components"]["schemas"]


def test_levers_are_the_scenarios_parameters_at_its_values(client):
    assert [s["name"] for s in client.get("/api/scenarios").json()] == ["mali"]
    levers = {lv["key"]: lv for lv in client.get("/api/scenarios/mali/levers").json()}
    # mali's simsetting.yml sets max_move_speed to 200 (the model's default is 360)
    assert levers[SPEED]["default"] == 200.0 and levers[SPEED]["type"] == "number"
    assert levers["flee.movement.default_movechance"]["maximum"] == 1.0
    assert levers["flee.spawning.insert_day0"]["type"] == "boolean"
    assert "flee.movement.conflict_spawn_decay" not in levers  # lists are not levers


def test_run_is_shown_beside_the_baseline(client):
    base = wait(client, client.post("/api/runs", json={"scenario": "mali"}).json()["id"])
    assert base["status"] == "done" and base["totals"]["changed"] is None
    assert [t["name"] for t in base["figure"]["data"]] == ["baseline", "baseline"]
    first = client.post("/api/runs", json={"scenario": "mali", "overrides": {SPEED: 40}})
    second = client.post("/api/runs", json={"scenario": "mali", "overrides": {SPEED: 400}})
    assert first.status_code == second.status_code == 202
    slow, fast = wait(client, first.json()["id"]), wait(client, second.json()["id"])
    assert slow["id"] != fast["id"]
    assert slow["overrides"] == {SPEED: 40} and fast["overrides"] == {SPEED: 400}
    for run in (slow, fast):
        assert run["status"] == "done" and run["progress"] == 1.0
        assert [t["name"] for t in run["figure"]["data"]] == ["baseline", "baseline", "changed", "changed"]
        assert run["totals"]["baseline"] == base["totals"]["baseline"]
    assert slow["totals"]["changed"] != fast["totals"]["changed"]
    over_time = slow["figure"]["data"]
    assert over_time[0]["y"] == base["figure"]["data"][0]["y"] and over_time[2]["y"] != over_time[0]["y"]
    assert over_time[2]["y"][-1] == slow["totals"]["changed"]


def test_requests_name_only_catalogue_scenarios_and_levers(client):
    assert client.post("/api/runs", json={"scenario": str(FLEE_SCENARIOS / "car")}).status_code == 404
    assert client.post("/api/runs", json={"scenario": "../mali"}).status_code == 404
    assert client.get("/api/scenarios/..%2Fcar/levers").status_code == 404
    unknown = client.post("/api/runs", json={"scenario": "mali", "overrides": {"os.system": 1}})
    assert unknown.status_code == 422 and "not a lever" in unknown.json()["detail"]
    code = client.post("/api/runs", json={"scenario": "mali", "overrides": {SPEED: "__import__('os')"}})
    assert code.status_code == 422
    extra = client.post("/api/runs", json={"scenario": "mali", "path": "/etc/passwd"})
    assert extra.status_code == 422
    assert client.get("/api/runs/nope").status_code == 404


def test_a_failed_run_reports_its_error(client):
    run = client.post("/api/runs", json={"scenario": "mali", "overrides": {"flee.movement.default_movechance": 2}})
    assert run.status_code == 202
    failed = wait(client, run.json()["id"])
    assert failed["status"] == "failed" and failed["figure"] is None
    assert "default_movechance" in failed["error"] and "less than or equal to 1" in failed["error"]


def test_policy_switches_and_crossing_factors_over_the_api():
    app = create_app(Catalogue.from_refs(["russia-2022"]))
    with TestClient(app) as russia:
        levers = {lv["key"]: lv for lv in russia.get("/api/scenarios/russia-2022/levers").json()}
        assert levers["russia.policies.off"]["type"] == "switches"
        bad_id = russia.post("/api/runs", json={"scenario": "russia-2022",
                                                "overrides": {"russia.policies.off": ["P99"]}})
        assert bad_id.status_code == 422 and "P12" in bad_id.json()["detail"]
        bad_key = russia.post("/api/runs", json={"scenario": "russia-2022",
                                                 "overrides": {"russia.crossings.capacity_factor": {"Atlantis": 2}}})
        assert bad_key.status_code == 422
        scalar_for_list = russia.post("/api/runs", json={"scenario": "russia-2022",
                                                         "overrides": {"russia.policies.off": 3}})
        assert scalar_for_list.status_code == 422
        run = russia.post("/api/runs", json={"scenario": "russia-2022", "overrides": {
            "russia.policies.off": ["P12"], "russia.crossings.capacity_factor": {"Verkhny Lars": 2}}})
        done = wait(russia, run.json()["id"])
        assert done["status"] == "done", done["error"]
        assert done["totals"]["what"] == "arrivals over the run"
        names = [t["name"] for t in done["figure"]["data"]]
        assert names == ["baseline", "baseline", "changed", "changed"]
        each = {t["name"]: dict(zip(t["x"], t["y"])) for t in done["figure"]["data"][1::2]}
        assert each["changed"]["Finland"] > each["baseline"]["Finland"]


def test_dated_levers_shut_a_crossing_move_a_ban_and_set_the_call_up():
    app = create_app(Catalogue.from_refs(["russia-2022"]))
    with TestClient(app) as russia:
        levers = {lv["key"]: lv for lv in russia.get("/api/scenarios/russia-2022/levers").json()}
        for key in ("russia.crossings.close_from", "russia.crossings.open_from", "russia.policies.start"):
            assert levers[key]["type"] == "dates"
        assert levers["russia.policies.value"]["type"] == "factors"
        run = russia.post("/api/runs", json={"scenario": "russia-2022", "overrides": {
            "russia.crossings.close_from": {"Verkhny Lars": "2022-09-22"},
            "russia.policies.start": {"P12": "2022-10-20"},
            "russia.policies.value": {"P02": 500000}}})
        done = wait(russia, run.json()["id"])
        assert done["status"] == "done", done["error"]
        each = {t["name"]: dict(zip(t["x"], t["y"])) for t in done["figure"]["data"][1::2]}
        assert each["changed"]["Georgia"] < 0.8 * each["baseline"]["Georgia"]
        assert each["changed"]["Finland"] > each["baseline"]["Finland"]


def test_the_scenario_list_is_checked_when_the_server_starts(tmp_path):
    from exodus.errors import InputError

    with pytest.raises(InputError, match="not a scenario folder"):
        Catalogue.from_refs([str(tmp_path / "nowhere")])
    with pytest.raises(InputError, match="two scenarios named 'mali'"):
        Catalogue.from_refs([str(FLEE_SCENARIOS / "mali"), str(FLEE_SCENARIOS / "mali")])
