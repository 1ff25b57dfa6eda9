"""The calibration objective: fit relative to the scenario's own values plus a prior centred on them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import numpy as np
import optuna
import pytest

from exodus.calibrate.study import (StudySpec, best_trial, completed, mean_loss, prior_distance, range_position,
                                    run_study)
from exodus.calibrate.targets import FleeTarget
from exodus.errors import InputError
from exodus.io import load_scenario
from exodus.store import RunStore
from tests.calibrate.conftest import SHORT_UNTIL, run_exodus

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)
CAMP_WEIGHT = "flee.movement.camp_weight"


def spec(tmp_path, name: str, prior_weight: float, trials: int = 8) -> StudySpec:
    return StudySpec(storage=f"sqlite:///{tmp_path / f'{name}.sqlite3'}", name=name, trials=trials,
                     prior_weight=prior_weight)


def test_prior_distance_is_measured_in_range_positions_on_the_search_scale(short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    camp_weight, movechance = target.space[0], target.space[2]
    assert (camp_weight.scale, movechance.scale) == ("log", "linear")
    assert range_position(camp_weight, 0.5) == 0 and range_position(camp_weight, 10.0) == pytest.approx(1)
    assert range_position(camp_weight, math.sqrt(5.0)) == pytest.approx(0.5)  # geometric middle of 0.5-10
    assert range_position(movechance, 0.325) == pytest.approx(0.5)
    start = target.start(short_scenario)
    assert prior_distance(target, start, start) == 0
    moved = {**start, CAMP_WEIGHT: start[CAMP_WEIGHT] * 20 ** 0.3}  # 0.3 of the log range
    assert prior_distance(target, start, moved) == pytest.approx(0.3 ** 2 / len(target.space))


def test_each_trial_scores_its_fit_relative_to_the_scenario_values_plus_the_prior(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    study = run_study(short_scenario, target, spec(tmp_path, "objective", prior_weight=2.0))
    reference = mean_loss(target.prepare(short_scenario), target, target.start(short_scenario), (1,))
    assert study.user_attrs["reference_loss"] == pytest.approx(reference)
    first = min(completed(study), key=lambda t: t.number)
    assert first.value == pytest.approx(1.0) and first.user_attrs["prior_distance"] == 0
    for t in completed(study):
        expected = t.user_attrs["loss"] / reference + 2.0 * prior_distance(target, first.params, t.params)
        assert t.value == pytest.approx(expected)


def test_a_strong_prior_keeps_the_scenario_values_a_weak_one_does_not(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    start = target.start(short_scenario)
    free = best_trial(run_study(short_scenario, target, spec(tmp_path, "free", prior_weight=0.0)))
    assert free.number != 0 and prior_distance(target, start, free.params) > 0.02
    strong = best_trial(run_study(short_scenario, target, spec(tmp_path, "strong", prior_weight=1000.0)))
    # with the same trials on offer, the strong prior does not pay for any move
    assert strong.number == 0 and strong.params == pytest.approx(start)


def test_the_plain_fit_improves_the_fit_window(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    study = run_study(short_scenario, target, spec(tmp_path, "plain", prior_weight=0.0))
    best = best_trial(study)
    assert best.user_attrs["loss"] == min(t.user_attrs["loss"] for t in completed(study))
    assert best.user_attrs["loss"] < study.user_attrs["reference_loss"]


def damaged_after(scenario, day: int):
    """The scenario with every camp count and total after ``day`` replaced by nonsense."""
    tables = dict(scenario.tables)
    camp = tables["camp_data"].copy()
    camp.iloc[day + 1:] = camp.iloc[day + 1:] * 7 + 1234
    total = np.array(tables["total"], dtype=float)
    total[day + 1:] = total[day + 1:] * 3 + 999
    tables["camp_data"], tables["total"] = camp, total.astype(np.asarray(tables["total"]).dtype)
    return dataclasses.replace(scenario, tables=tables)


def test_calibration_never_reads_data_after_the_fit_window(tmp_path, short_scenario):
    from exodus.engine.sim import Sim

    target = FleeTarget(short_scenario, UNTIL)
    damaged = damaged_after(short_scenario, target.fit_last)
    studies = [run_study(sc, FleeTarget(sc, UNTIL), spec(tmp_path, name, prior_weight=1.0, trials=5))
               for sc, name in ((short_scenario, "clean"), (damaged, "damaged"))]
    clean, dirty = ([(t.params, t.value) for t in completed(s)] for s in studies)
    assert clean == dirty
    # ... while the days after the window do differ, so a leak would have shown
    sims = [Sim(sc, seed=1).run() for sc in (short_scenario, damaged)]
    assert target.scores(sims[0])["ard_holdout"] != target.scores(sims[1])["ard_holdout"]


def test_a_study_is_not_resumed_with_another_prior_weight(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    run_study(short_scenario, target, spec(tmp_path, "w", prior_weight=1.0, trials=1))
    with pytest.raises(InputError, match="another --until, --prior-weight or --recency") as err:
        run_study(short_scenario, target, spec(tmp_path, "w", prior_weight=0.5, trials=2))
    assert err.value.field == "study"


def test_calibrate_command_records_the_prior_and_the_choice(tmp_path, short_mali):
    result = run_exodus("calibrate", str(short_mali), "--trials", "4", "--until", SHORT_UNTIL, "--study", "cli",
                        "--prior-weight", "0.5", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "prior weight 0.5" in " ".join(result.stdout.split())
    record = RunStore(tmp_path / "runs").get("study-cli")
    metrics = record["metrics"]
    study = optuna.load_study(study_name="cli", storage=metrics["storage"])
    best = best_trial(study)
    assert metrics["prior_weight"] == 0.5 and metrics["best_objective"] == pytest.approx(best.value)
    if metrics["check_accepted"] is False:  # the significance check kept the scenario's own values
        chosen, objective, loss = study.trials[0], 1.0, study.user_attrs["reference_loss"]
    else:
        chosen, objective, loss = best, best.value, best.user_attrs["loss"]
    assert metrics["objective"] == pytest.approx(objective) and metrics["loss"] == pytest.approx(loss)
    assert record["params"] == pytest.approx(chosen.params)
    trials = RunStore(tmp_path / "runs").table(record["id"], "trials")
    assert trials["user_attrs_loss"].notna().all() and len(trials) == 4
    scenario = load_scenario(short_mali)
    assert FleeTarget(scenario, UNTIL).fit_last == study.user_attrs["fit_last"]
    bad = run_exodus("calibrate", str(short_mali), "--prior-weight", "-1", "--store", str(tmp_path / "runs"),
                     cwd=tmp_path)
    assert bad.returncode == 2 and "prior-weight" in bad.stderr
