"""The DuckDB run store: records, their Parquet tables, lookup by id and comparison."""

from __future__ import annotations

import pandas as pd
import pytest

import exodus
from exodus.errors import InputError
from exodus.store import RunStore, record_sim
from exodus.store.compare import compare_records
from tests.calibrate.conftest import run_exodus


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, short_scenario):
    """A store holding two runs of the short scenario that differ in seed and one parameter."""
    root = tmp_path_factory.mktemp("store") / "runs"
    store = RunStore(root)
    a = record_sim(store, exodus.Sim(short_scenario, seed=1).run(), metrics={"note": 1})
    b = record_sim(store, exodus.Sim(short_scenario, pars={"flee.movement.camp_weight": 9.0}, seed=2).run())
    return store, a, b


def test_a_record_keeps_setup_timing_and_daily_table(two_runs, short_scenario):
    store, a, _ = two_runs
    record = store.get(a)
    assert record["kind"] == "run"
    assert record["scenario"] == "mali60"
    assert record["scenario_hash"] == short_scenario.fingerprint()
    assert record["version"] == exodus.__version__
    assert record["seed"] == 1
    assert record["wall_seconds"] > 0
    assert record["params"]["flee.movement.camp_weight"] == 5.0
    assert record["metrics"] == {"note": 1}
    daily = store.table(a, "daily")
    expected = exodus.Sim(short_scenario, seed=1).run().to_df()
    pd.testing.assert_frame_equal(daily, expected, check_dtype=False)


def test_ids_resolve_by_unique_prefix_and_unknown_ids_are_errors(two_runs):
    store, a, b = two_runs
    assert store.get(a[:-2])["id"] == a
    assert list(store.list()["id"]) == [a, b]
    with pytest.raises(InputError, match="no record with id 'nope'"):
        store.get("nope")
    with pytest.raises(InputError, match="2 records"):
        store.get("run-")


def test_compare_names_what_differs(two_runs):
    store, a, b = two_runs
    rows = {r[0]: r[1:] for r in compare_records(store, a, b)}
    assert rows["seed"] == [1, 2]
    assert rows["param flee.movement.camp_weight"] == [5.0, 9.0]
    assert "param flee.movement.softening" not in rows  # equal parameters are counted, not listed
    biggest, where = rows["table daily: max |A-B| of value"]
    assert biggest > 0 and "module=flee.movement" in where
    same = {r[0]: r[1:] for r in compare_records(store, a, a)}
    assert same["table daily: max |A-B| of value"] == [0.0, "equal"]


def test_runs_commands_list_show_and_compare(two_runs, tmp_path):
    store, a, b = two_runs
    listed = run_exodus("runs", "list", "--store", str(store.root), cwd=tmp_path)
    assert listed.returncode == 0 and a in listed.stdout and b in listed.stdout
    shown = run_exodus("runs", "show", a, "--store", str(store.root), cwd=tmp_path)
    assert shown.returncode == 0 and "param flee.movement.camp_weight" in shown.stdout
    compared = run_exodus("runs", "compare", a, b, "--store", str(store.root), cwd=tmp_path)
    assert compared.returncode == 0 and "param flee.movement.camp_weight" in compared.stdout
    missing = run_exodus("runs", "show", "nope", "--store", str(store.root), cwd=tmp_path)
    assert missing.returncode == 2 and "no record with id 'nope'" in missing.stderr


def test_record_ids_are_listed_whole_on_a_narrow_terminal(two_runs, tmp_path):
    import os
    import subprocess

    from tests.calibrate.conftest import EXODUS

    store, a, b = two_runs
    listed = subprocess.run(EXODUS + ["runs", "list", "--store", str(store.root)], cwd=tmp_path, capture_output=True,
                            text=True, env=dict(os.environ, COLUMNS="80"), timeout=300)
    assert listed.returncode == 0 and a in listed.stdout and b in listed.stdout
