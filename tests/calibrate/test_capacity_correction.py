"""The capacity correction: camps the fit window's runs hold full get the capacity the reports support,
only where a split of the fit window supports it, never from held-out days."""

from __future__ import annotations

import dataclasses

import pytest

from exodus.calibrate.shares import CLAMP, capacity_corrected, capacity_correction, gated_capacity_correction
from exodus.calibrate.targets import FleeTarget
from exodus.engine.sim import Sim
from exodus.errors import InputError
from tests.calibrate.conftest import run_exodus
from tests.tiny import tiny_scenario

SEEDS = (1, 2)


def full_c(c_share: float = 0.4, days: int = 60):
    """tiny_scenario with camp C's capacity 700, which the model fills (it sends ~8/11 of 1,000 people, 100 a day, to
    C), and camp data split c_share : 1 - c_share between C and D."""
    scenario = tiny_scenario(days=days, capacity=700, per_day=100)
    return with_data(scenario, c_share)


def with_data(scenario, c_share, days=slice(1, None)):
    data = scenario.tables["camp_data"].copy()
    data.loc[days, "C"], data.loc[days, "D"] = 1000 * c_share, 1000 * (1 - c_share)
    return dataclasses.replace(scenario, tables={**scenario.tables, "camp_data": data})


def fit_target(scenario, last_day: int = 39) -> FleeTarget:
    return FleeTarget(scenario, scenario.dates[last_day].date())


def c_count(scenario, factors) -> float:
    movement = {**dict(scenario.modules)["flee.movement"], "capacity_factor": factors}
    scenario = dataclasses.replace(scenario, modules=[(k, movement if k == "flee.movement" else p)
                                                      for k, p in scenario.modules])
    sim = Sim(scenario, seed=3).run()
    return sim["flee.movement"].results["agents"][-1][sim.network.index["C"]]


def test_capacity_factor_lowers_a_camps_capacity_and_unknown_places_are_refused():
    scenario = full_c()
    assert 630 <= c_count(scenario, {}) <= 770  # those already on the way overshoot a little (docs/model-flee.md)
    assert 315 <= c_count(scenario, {"C": 0.5}) <= 400
    with pytest.raises(Exception, match="unknown place 'Cc'"):
        c_count(scenario, {"Cc": 0.5})


def test_only_a_camp_held_full_is_corrected_by_its_reported_over_simulated_share():
    scenario = full_c()
    factors = capacity_correction(scenario, fit_target(scenario), SEEDS)
    assert set(factors) == {"C"}  # D has no capacity
    assert 0.4 / 0.75 < factors["C"] < 0.4 / 0.65  # C's simulated share is about 0.7
    assert capacity_correction(scenario, fit_target(scenario), SEEDS) == factors
    assert capacity_correction(full_c(c_share=0.9), fit_target(scenario), SEEDS) == {}  # reported above simulated
    assert capacity_correction(full_c(c_share=0.01), fit_target(scenario), SEEDS) == {"C": CLAMP[0]}
    unlimited = with_data(tiny_scenario(days=60, per_day=50), 0.4)
    assert capacity_correction(unlimited, fit_target(unlimited), SEEDS) == {}


def test_the_gate_keeps_a_correction_the_second_half_supports_and_drops_one_it_does_not():
    scenario = full_c(days=120)  # fit window days 0-79: C is full over the last month of either half
    kept = gated_capacity_correction(scenario, fit_target(scenario, 79), SEEDS, (3,))
    assert kept.validation[1] < kept.validation[0]
    assert kept.factors == capacity_correction(scenario, fit_target(scenario, 79), SEEDS)
    # reports that put few in C in the first half of the fit window and most in the second
    shifting = with_data(full_c(days=120), 0.95, slice(40, None))
    dropped = gated_capacity_correction(shifting, fit_target(shifting, 79), SEEDS, (3,))
    assert dropped.validation[1] >= dropped.validation[0]
    assert dropped.factors == {}
    assert dict(dropped.scenario.modules)["flee.movement"]["capacity_factor"] == {}


def test_held_out_days_change_nothing():
    scenario = full_c(days=120)
    changed = with_data(scenario, 0.99, slice(80, None))  # after the fit window (days 0-79)
    a = gated_capacity_correction(scenario, fit_target(scenario, 79), SEEDS, (3,))
    b = gated_capacity_correction(changed, fit_target(changed, 79), SEEDS, (3,))
    assert (a.factors, a.validation) == (b.factors, b.validation)


def test_only_a_flee_scenario_is_corrected(short_scenario):
    from exodus.calibrate.targets import Target

    with pytest.raises(InputError, match="only a Flee scenario"):
        capacity_corrected(short_scenario, Target.__new__(Target), SEEDS)


@pytest.mark.parametrize("option", [[], ["--no-capacity-correction"]])
def test_calibrate_corrects_capacities_before_the_study_unless_told_not_to(tmp_path, short_mali, option):
    from tests.calibrate.conftest import SHORT_UNTIL

    result = run_exodus("calibrate", str(short_mali), "--trials", "2", "--until", SHORT_UNTIL, *option,
                        "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert ("capacity correction (fit window's second half: error" in out) == (not option)


def test_an_ensemble_drawing_from_the_study_runs_the_corrected_scenario(tmp_path):
    from exodus.calibrate.runner import study_draws
    from exodus.calibrate.study import StudySpec, run_study
    from exodus.calibrate.targets import FLEE_SPACE

    scenario = full_c(days=120)
    fix = gated_capacity_correction(scenario, fit_target(scenario, 79), SEEDS, (3,))
    assert fix.factors
    storage = f"sqlite:///{tmp_path / 'study.sqlite3'}"
    target = FleeTarget(fix.scenario, scenario.dates[79].date(), FLEE_SPACE[:1])
    run_study(fix.scenario, target, StudySpec(storage=storage, name="c", trials=2, sim_seeds=SEEDS))
    drawn = study_draws(scenario, "c", storage, 3, seed=1, how="best")  # the scenario as read from disk
    assert all(p["flee.movement"]["capacity_factor"] == fix.factors for p in drawn.pars)
