"""Ensembles through a real Dask scheduler and two workers on loopback equal a local run."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from exodus.calibrate.ensemble import run_ensemble
from exodus.calibrate.targets import FleeTarget
from exodus.store import RunStore
from tests.calibrate.conftest import run_exodus

DASK = [str(Path(sys.executable).parent / "dask")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; yields the scheduler address."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    started = []
    try:
        started.append(subprocess.Popen(DASK + ["scheduler", "--host", "127.0.0.1", "--port", port,
                                                "--no-dashboard"], stdout=subprocess.DEVNULL,
                                        stderr=open(logs / "scheduler.log", "w")))
        for i in range(2):
            started.append(subprocess.Popen(DASK + ["worker", address, "--nthreads", "1", "--nworkers", "1",
                                                    "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{i}"],
                                            stdout=subprocess.DEVNULL, stderr=open(logs / f"worker{i}.log", "w")))
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
            assert len(client.scheduler_info()["workers"]) == 2
        yield address
    finally:
        for proc in reversed(started):
            proc.terminate()
        for proc in started:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_two_worker_ensemble_equals_a_local_run(cluster, short_scenario):
    from distributed import Client, get_task_stream

    target = FleeTarget(short_scenario)
    draws = [{"flee.movement.camp_weight": 2.0}, {"flee.movement.camp_weight": 8.0}]
    local = run_ensemble(short_scenario, runs=5, seed=11, draws=draws, target=target)
    with Client(cluster) as client, get_task_stream(client) as stream:
        remote = run_ensemble(short_scenario, runs=5, seed=11, draws=draws, target=target, client=client)
        # a second ensemble of the same scenario on the same client: its scenario copy is its own,
        # not the first one's being released
        again = run_ensemble(short_scenario, runs=2, seed=11, draws=draws, target=target, client=client)
    for key in local.results:
        np.testing.assert_array_equal(again.results[key], local.results[key][:2])
    replica_workers = {t["worker"] for t in stream.data if t["key"].startswith("exodus-replica")}
    assert len(replica_workers) == 2
    assert local.seeds == remote.seeds == [11, 12, 13, 14, 15]
    assert [p["flee.movement.camp_weight"] for p in remote.pars] == [2.0, 8.0, 2.0, 8.0, 2.0]
    assert local.results.keys() == remote.results.keys()
    for key in local.results:
        np.testing.assert_array_equal(local.results[key], remote.results[key])
    pd.testing.assert_frame_equal(local.bands(), remote.bands())
    pd.testing.assert_frame_equal(local.scores, remote.scores)
    # the replicas differ from each other, so the bands are real spreads
    agents = local.results["flee.movement/agents"]
    assert agents.shape == (5, 60, len(short_scenario.places))
    assert not np.array_equal(agents[0], agents[2])


def test_bands_are_the_quantiles_of_the_replicas(short_scenario):
    ens = run_ensemble(short_scenario, runs=3, seed=1)
    bands = ens.bands()
    agents = ens.results["flee.movement/agents"]
    place = short_scenario.places["name"].iloc[-1]
    mine = bands[(bands["result"] == "agents") & (bands["label"] == place)].sort_values("day")
    column = agents[:, :, list(short_scenario.places["name"]).index(place)]
    np.testing.assert_allclose(mine["p50"], np.median(column, axis=0))
    np.testing.assert_allclose(mine["p5"], np.percentile(column, 5, axis=0))
    assert (mine["p5"] <= mine["p50"]).all() and (mine["p50"] <= mine["p95"]).all()
    # every result series of the sim has its band
    series = bands.groupby(["module", "result", "label"]).ngroups
    assert series == sum(max(len(ens.labels[k]), 1) for k in ens.results)


def test_ensemble_command_on_the_cluster_records_the_local_bands(cluster, tmp_path, short_mali, short_scenario):
    result = run_exodus("ensemble", str(short_mali), "--runs", "4", "--seed", "5", "--scheduler", cluster,
                        "--store", str(tmp_path / "runs"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    local = run_ensemble(short_scenario, runs=4, seed=5, target=FleeTarget(short_scenario))
    written = pd.read_parquet(tmp_path / "out" / "bands.parquet")
    pd.testing.assert_frame_equal(written, local.bands(), check_dtype=False)
    store = RunStore(tmp_path / "runs")
    runs = store.list()
    assert list(runs["kind"]) == ["ensemble"]
    record = store.get(runs["id"].iloc[0])
    assert record["params"]["seeds"] == [5, 8]
    assert record["metrics"]["ard_all_p50"] == pytest.approx(local.scores["ard_all"].quantile(0.5))
    pd.testing.assert_frame_equal(store.table(record["id"], "bands"), written)


def test_unreachable_scheduler_is_an_input_error(tmp_path, short_mali):
    result = run_exodus("ensemble", str(short_mali), "--runs", "2", "--scheduler",
                        f"tcp://127.0.0.1:{free_port()}", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot reach Dask scheduler" in result.stderr


def test_default_local_cluster_gives_the_same_bands(tmp_path, short_mali, short_scenario):
    result = run_exodus("ensemble", str(short_mali), "--runs", "3", "--seed", "2", "--workers", "1",
                        "--store", str(tmp_path / "runs"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "a local cluster of 1 workers" in " ".join(result.stdout.split())
    local = run_ensemble(short_scenario, runs=3, seed=2, target=FleeTarget(short_scenario))
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "bands.parquet"), local.bands(),
                                  check_dtype=False)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "scores.parquet"), local.scores)
