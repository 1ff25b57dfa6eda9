"""The command line a user meets: every command is there, run writes its outputs."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

from tests.conftest import FLEE_SCENARIOS, ROOT


def exodus(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exodus", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_help_lists_every_command():
    proc = exodus("--help")
    assert proc.returncode == 0
    for command in ("run", "check", "validate", "calibrate", "ensemble", "report", "serve", "runs", "evidence"):
        assert f" {command} " in proc.stdout, command


def test_commands_load_without_the_engine_until_one_needs_it():
    """`exodus evidence` and --help never load NumPy, pandas or Numba; `exodus.Sim` and `exodus.io.flee` still work."""
    check = (
        "import sys, exodus, exodus.cli\n"
        "heavy = {'numpy', 'pandas', 'numba'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "from exodus.engine.sim import Sim\n"
        "assert exodus.Sim is Sim and callable(exodus.io.flee.load_flee) and exodus.Pars and exodus.Scenario\n"
        "assert 'Sim' in dir(exodus) and exodus.InputError\n"
        "for name in ('nothing', '_private'):\n"
        "    try:\n"
        "        getattr(exodus.io, name)\n"
        "    except AttributeError:\n"
        "        pass\n"
        "    else:\n"
        "        raise AssertionError(name)\n"
    )
    proc = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_run_writes_tidy_table_flee_out_csv_and_summary(tmp_path):
    out = tmp_path / "mali"
    store = tmp_path / "runs"
    proc = exodus("run", str(FLEE_SCENARIOS / "mali"), "--out", str(out), "--seed", "4",
                  "--set", "flee.movement.backtrack_weight=1", "--store", str(store))
    assert proc.returncode == 0, proc.stderr
    assert "ard_rescaled" in proc.stdout and "wall_seconds" in proc.stdout
    summary = json.loads((out / "summary.json").read_text())
    assert summary["days"] == 300 and summary["seed"] == 4 and 0 < summary["ard"] < 1
    daily = pd.read_parquet(out / "daily.parquet")
    assert set(daily["module"]) >= {"flee.movement", "flee.spawning"}
    flee_out = pd.read_csv(out / "out.csv")
    assert len(flee_out) == 300 and "Fassala-Mbera sim" in flee_out.columns
    # the run is recorded in the run store, with its parameters
    from exodus.store import RunStore

    record = RunStore(store).get(summary["record"])
    assert record["seed"] == 4 and record["params"]["flee.movement.backtrack_weight"] == 1
    assert len(RunStore(store).table(record["id"], "daily")) == len(daily)
    # the run is the Python API's run: same seed, same numbers
    import exodus as ex

    sim = ex.Sim(ex.io.load_scenario(FLEE_SCENARIOS / "mali"), seed=4,
                 pars={"flee.movement.backtrack_weight": 1}).run()
    assert (flee_out["Fassala-Mbera sim"].to_numpy()
            == sim["flee.movement"].results["agents"][:, sim.network.index["Fassala-Mbera"]]).all()
