"""The forward method: fit the earlier half of the fit window, shrink toward the scenario's
values as far as the later half supports, and never read past the fit window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from exodus.calibrate.fit import SHRINKAGE, fit, shrink
from exodus.calibrate.study import StudySpec
from exodus.calibrate.targets import FLEE_SPACE, FleeTarget, target_for
from exodus.errors import InputError
from exodus.io import load_scenario
from exodus.store import RunStore
from tests.calibrate.conftest import SHORT_UNTIL, run_exodus

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)
CAMP_WEIGHT = "flee.movement.camp_weight"


def spec(tmp_path, name: str, trials: int = 6) -> StudySpec:
    return StudySpec(storage=f"sqlite:///{tmp_path / f'{name}.sqlite3'}", name=name, trials=trials)


def test_shrinkage_moves_along_each_parameters_search_scale(short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    start = target.start(short_scenario)
    best = {**start, CAMP_WEIGHT: 8.0, "flee.movement.default_movechance": 0.5}
    assert shrink(target, start, best, 0.0) == pytest.approx(start)
    assert shrink(target, start, best, 1.0) == pytest.approx(best)
    half = shrink(target, start, best, 0.5)
    # camp_weight is searched on a log scale: halfway is the geometric mean
    assert half[CAMP_WEIGHT] == pytest.approx(math.sqrt(start[CAMP_WEIGHT] * 8.0))
    movechance = "flee.movement.default_movechance"
    assert half[movechance] == pytest.approx((start[movechance] + 0.5) / 2)


class CampWeightTarget(FleeTarget):
    """A target whose loss is read from the parameters the sim ran with: windows from the first
    day want camp_weight ``early``, the later half of the fit window wants ``late`` (as when the
    opening months mislead)."""

    def __init__(self, scenario, early: float, late: float):
        super().__init__(scenario, UNTIL, FLEE_SPACE[:1])
        self.early, self.late = early, late

    def window_loss(self, sim, first, last):
        wanted = self.early if first == 0 else self.late
        return abs(math.log(sim["flee.movement"].pars.camp_weight / wanted))


def test_forward_keeps_the_scenario_values_when_the_later_days_contradict_the_fit(tmp_path, short_scenario):
    default = FleeTarget(short_scenario, UNTIL).defaults(short_scenario)[CAMP_WEIGHT]
    target = CampWeightTarget(short_scenario, early=0.6, late=default)
    chosen = fit(short_scenario, target, spec(tmp_path, "contradicted"), "forward")
    assert chosen.shrinkage == 0.0
    assert chosen.values[CAMP_WEIGHT] == pytest.approx(default)
    assert chosen.validation[0.0] < min(chosen.validation[s] for s in SHRINKAGE[1:])
    # the best trial, which the old method returned, went where the earlier days pulled it
    assert abs(math.log(chosen.best[CAMP_WEIGHT] / default)) > 0.3


def test_forward_takes_the_whole_fit_when_the_later_days_agree(tmp_path, short_scenario):
    target = CampWeightTarget(short_scenario, early=0.5, late=0.5)
    chosen = fit(short_scenario, target, spec(tmp_path, "agreed"), "forward")
    assert chosen.shrinkage == 1.0
    assert chosen.values == pytest.approx(chosen.best)
    assert chosen.inner_study.study_name == "agreed-forward"
    # every inner trial was scored on the later half, which it did not fit
    inner = [t for t in chosen.inner_study.trials if t.value is not None]
    assert all(t.user_attrs["validation"] == pytest.approx(abs(math.log(t.params[CAMP_WEIGHT] / 0.5)))
               for t in inner)


def damaged_after(scenario, day: int):
    """The scenario with every camp count and total after ``day`` replaced by nonsense."""
    tables = dict(scenario.tables)
    camp = tables["camp_data"].copy()
    camp.iloc[day + 1:] = camp.iloc[day + 1:] * 7 + 1234
    total = np.array(tables["total"], dtype=float)
    total[day + 1:] = total[day + 1:] * 3 + 999
    tables["camp_data"], tables["total"] = camp, total.astype(np.asarray(tables["total"]).dtype)
    return dataclasses.replace(scenario, tables=tables)


def test_forward_never_reads_data_after_the_fit_window(tmp_path, short_scenario):
    target = FleeTarget(short_scenario, UNTIL)
    damaged = damaged_after(short_scenario, target.fit_last)
    assert not damaged.tables["camp_data"].equals(short_scenario.tables["camp_data"])
    runs = [fit(sc, FleeTarget(sc, UNTIL), spec(tmp_path, name, trials=5), "forward")
            for sc, name in ((short_scenario, "clean"), (damaged, "damaged"))]
    clean, dirty = runs
    assert clean.values == dirty.values and clean.best == dirty.best
    assert clean.validation == dirty.validation and clean.shrinkage == dirty.shrinkage
    assert [t.value for t in clean.study.trials] == [t.value for t in dirty.study.trials]
    # ... while the days after the window do differ, so the test would have seen a leak
    from exodus.engine.sim import Sim

    sims = [Sim(sc, seed=1).run() for sc in (short_scenario, damaged)]
    assert target.scores(sims[0])["ard_holdout"] != target.scores(sims[1])["ard_holdout"]


def test_split_day_halves_the_fitted_data(short_scenario):
    flee = FleeTarget(short_scenario, UNTIL)
    assert (flee.fit_last, flee.split_day()) == (40, 20)
    inner = flee.forward()
    assert inner.validate_after == 20 and flee.validate_after is None

    russia = target_for(load_scenario("russia-2022"), dt.date(2022, 9, 27))
    split = russia.split_day()
    ends = russia.fit_end_day
    early, late = (ends <= split).sum(), (ends > split).sum()
    assert early >= len(ends) / 2 and late > 0
    assert (ends <= split - 1).sum() < len(ends) / 2  # the earliest such day
    assert russia.forward().loss_terms == early and russia.loss_terms == len(ends)


def test_a_fit_window_of_one_day_cannot_be_split(short_mali, tmp_path):
    result = run_exodus("calibrate", str(short_mali), "--until", "2012-02-29", "--trials", "1",
                        "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    assert "forward split needs a fit window of at least two days" in " ".join(result.stderr.split())
    assert not (tmp_path / "runs" / "studies").exists()
    result = run_exodus("calibrate", str(short_mali), "--method", "closest", "--store", str(tmp_path / "runs"),
                        cwd=tmp_path)
    assert result.returncode == 2 and "--method" in result.stderr and "forward, best" in result.stderr


def test_calibrate_command_records_how_it_chose(tmp_path, short_mali):
    result = run_exodus("calibrate", str(short_mali), "--trials", "4", "--until", SHORT_UNTIL, "--study", "cli",
                        "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "forward split: fitted to 2012-03-20" in " ".join(result.stdout.split())
    record = RunStore(tmp_path / "runs").get("study-cli")
    metrics = record["metrics"]
    assert metrics["method"] == "forward" and metrics["inner_study"] == "cli-forward"
    assert metrics["shrinkage"] in SHRINKAGE
    validation = {s: metrics[f"validation_s{s:g}"] for s in SHRINKAGE}
    assert validation[metrics["shrinkage"]] == min(validation.values())
    trials = RunStore(tmp_path / "runs").table(record["id"], "trials")
    best = trials.loc[trials["value"].idxmin()]
    scenario = load_scenario(short_mali)
    target = FleeTarget(scenario, UNTIL)
    expected = shrink(target, target.start(scenario),
                      {k: best[f"params_{k}"] for k in record["params"]}, metrics["shrinkage"])
    assert record["params"] == pytest.approx(expected)
    inner = RunStore(tmp_path / "runs").table(record["id"], "inner_trials")
    assert len(inner) == 4 and inner["user_attrs_validation"].notna().all()
    assert isinstance(trials, pd.DataFrame)
