"""Calibration studies: what a trial simulates, what a study keeps, and resuming after kill -9."""

from __future__ import annotations

import copy
import datetime as dt
import os
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import optuna
import pytest

import exodus
from exodus.calibrate.runner import calibrate_and_record
from exodus.calibrate.study import StudySpec, completed
from exodus.calibrate.targets import FleeTarget
from exodus.io.flee_out import flee_out_table
from exodus.report.validation import per_day_error
from exodus.store import RunStore
from tests.calibrate.conftest import EXODUS, SHORT_UNTIL, run_exodus

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)


def test_a_trial_simulates_exactly_the_fit_window_of_a_full_run(short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    pars = {"flee.movement.camp_weight": 2.0}
    full = exodus.Sim(short_scenario, pars=pars, seed=3).run()
    cut = exodus.Sim(target.prepare(short_scenario), pars=pars, seed=3).run()
    assert cut.days == 41
    np.testing.assert_array_equal(cut.results["flee.movement"]["agents"],
                                  full.results["flee.movement"]["agents"][:41])
    error = per_day_error(flee_out_table(full))
    assert target.loss(cut) == pytest.approx(error.iloc[:41].mean())
    scores = target.scores(full)
    assert scores["ard_holdout"] == pytest.approx(error.iloc[41:].mean())
    assert scores["ard_all"] == pytest.approx(error.mean())


def test_study_starts_from_the_scenario_values_and_records_its_best(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    spec = StudySpec(storage=f"sqlite:///{tmp_path / 'study.sqlite3'}", name="t", trials=4)
    # the best trial itself (the significance check that may set it aside: test_significance.py)
    outcome = calibrate_and_record(short_scenario, target, spec, tmp_path / "runs", check=False)
    study = optuna.load_study(study_name="t", storage=spec.storage)
    trials = completed(study)
    assert len(trials) == 4
    first = min(trials, key=lambda t: t.number)
    assert first.params == pytest.approx(target.defaults(short_scenario))
    assert outcome.objective == min(t.value for t in trials) <= first.value == pytest.approx(1.0)
    # the calibrated run is scored with the best parameters, on the same seed as the trials
    assert outcome.scores_calibrated["ard_fit"] == pytest.approx(outcome.loss)
    assert outcome.scores_uncalibrated["ard_fit"] == pytest.approx(first.user_attrs["loss"])
    record = RunStore(tmp_path / "runs").get(outcome.record_id)
    assert record["kind"] == "study" and record["status"] == "done"
    assert record["scenario_hash"] == short_scenario.fingerprint()
    assert record["params"] == pytest.approx(study.best_params)
    assert len(RunStore(tmp_path / "runs").table(outcome.record_id, "trials")) == 4


def count_complete(storage: str, name: str) -> int:
    try:
        return len(completed(optuna.load_study(study_name=name, storage=storage)))
    except (KeyError, Exception):  # not created yet, or the file is mid-creation
        return 0


def test_killed_study_resumes_where_it_stopped(tmp_path, short_mali):
    trials = 24
    db = tmp_path / "study.sqlite3"
    storage = f"sqlite:///{db}"
    args = ["calibrate", str(short_mali), "--trials", str(trials), "--until", SHORT_UNTIL, "--storage", storage,
            "--study", "killed", "--store", str(tmp_path / "runs")]
    child = subprocess.Popen(EXODUS + args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while count_complete(storage, "killed") < 3:
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    before = {t.number: (t.params, t.value) for t in completed(optuna.load_study(study_name="killed",
                                                                                 storage=storage))}
    assert 3 <= len(before) < trials

    result = run_exodus(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    study = optuna.load_study(study_name="killed", storage=storage)
    after = {t.number: (t.params, t.value) for t in completed(study)}
    assert len(after) == trials
    # the trials done before the kill are kept as they were, not run again
    for number, (params, value) in before.items():
        assert after[number] == (params, value)
    # the resumed run proposed new points rather than repeating the first run's
    new = [p for n, (p, _) in after.items() if n not in before]
    assert all(p not in [q for q, _ in before.values()] for p in new)
    assert RunStore(tmp_path / "runs").get("study-killed")["metrics"]["trials"] == trials


def test_a_study_cannot_be_resumed_with_another_parameter_set(tmp_path, short_scenario):
    from exodus.calibrate.study import run_study
    from exodus.calibrate.targets import FLEE_SPACE
    from exodus.errors import InputError

    spec = StudySpec(storage=f"sqlite:///{tmp_path / 'study.sqlite3'}", name="s", trials=1)
    run_study(short_scenario, FleeTarget(short_scenario, UNTIL), spec)
    with pytest.raises(InputError, match="made for another scenario or parameter set") as err:
        run_study(short_scenario, FleeTarget(short_scenario, UNTIL, FLEE_SPACE[:2]), spec)
    assert err.value.field == "study"


def test_a_study_is_not_resumed_after_the_model_defaults_change(tmp_path, short_scenario):
    from exodus.calibrate.study import model_fingerprint, run_study
    from exodus.errors import InputError
    from exodus.model.flee.movement import MovementPars

    spec = StudySpec(storage=f"sqlite:///{tmp_path / 'study.sqlite3'}", name="m", trials=1)
    run_study(short_scenario, FleeTarget(short_scenario, UNTIL), spec)
    before = model_fingerprint(short_scenario)
    # a new release changes a default the scenario does not set: same data, another model
    original = MovementPars.model_fields["backtrack_weight"]
    changed = copy.copy(original)
    changed.default = 0.9
    try:
        MovementPars.model_fields["backtrack_weight"] = changed
        MovementPars.model_rebuild(force=True)
        assert model_fingerprint(short_scenario) != before
        with pytest.raises(InputError, match="another scenario or parameter set"):
            run_study(short_scenario, FleeTarget(short_scenario, UNTIL), spec)
    finally:
        MovementPars.model_fields["backtrack_weight"] = original
        MovementPars.model_rebuild(force=True)
    assert model_fingerprint(short_scenario) == before


def test_the_model_code_is_part_of_the_fingerprint(tmp_path):
    import shutil

    from exodus.calibrate.study import model_code_hash

    root = tmp_path / "exodus"
    for package in ("engine", "model"):
        shutil.copytree(Path(exodus.__file__).parent / package, root / package)
    assert model_code_hash(root) == model_code_hash()
    kernel = next((root / "model").rglob("*.py"))
    kernel.write_text(kernel.read_text() + "\n# another draw schedule\n")
    assert model_code_hash(root) != model_code_hash()
    (root / "engine" / "notes.txt").write_text("not code")  # only .py files count
    kernel.write_text(kernel.read_text().removesuffix("\n# another draw schedule\n"))
    assert model_code_hash(root) == model_code_hash()


def test_runs_of_a_study_do_not_pile_up_in_memory(short_scenario):
    """A study runs sim after sim in one process: each must be freed when done, without waiting
    for the cyclic collector (which Sim.run holds off, gc.freeze, and which does not see arrays'
    size: a 150-trial Russia study once reached 24 GB)."""
    import gc

    from exodus.calibrate.study import mean_loss

    target = FleeTarget(short_scenario, UNTIL)
    gc.collect()
    gc.disable()
    try:
        # type(o), not isinstance: isinstance asks a weak proxy (another test's) for its target's class,
        # which raises once the target is gone.
        before = {id(o) for o in gc.get_objects() if issubclass(type(o), exodus.Sim)}  # other tests' fixtures
        mean_loss(target.prepare(short_scenario), target, target.start(short_scenario), tuple(range(1, 9)))
        alive = [o for o in gc.get_objects() if issubclass(type(o), exodus.Sim) and id(o) not in before]
    finally:
        gc.enable()
    assert alive == []
