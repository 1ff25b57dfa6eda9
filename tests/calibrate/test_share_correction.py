"""The share correction: per-camp attraction from the fit window's camp shares, never from held-out days."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from exodus.calibrate.shares import CLAMP, choose_alpha, corrected, mean_shares, share_correction
from exodus.calibrate.targets import FleeTarget
from exodus.errors import InputError
from tests.calibrate.conftest import run_exodus
from tests.tiny import tiny_scenario

SEEDS = (1, 2)


def tiny(days: int = 60, c_share: float = 0.5):
    """tiny_scenario, its camp data split c_share : 1 - c_share between C and D (the model sends ~8/11 to C)."""
    scenario = tiny_scenario(days=days)
    data = scenario.tables["camp_data"].copy()
    data["C"], data["D"] = 1000 * c_share, 1000 * (1 - c_share)
    data.iloc[0] = 0
    return dataclasses.replace(scenario, tables={**scenario.tables, "camp_data": data})


def fit_target(scenario, last_day: int = 39) -> FleeTarget:
    return FleeTarget(scenario, scenario.dates[last_day].date())


def test_mean_shares_over_the_days_each_camp_has_data():
    data = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 3.0]])
    simulated = np.array([[5.0, 5.0], [2.0, 2.0], [1.0, 1.0]])
    d, s, days = mean_shares(data, simulated)
    # day 0: no data; day 1: only the first camp has data, so it has all of both shares
    np.testing.assert_allclose(d, [(1 + 0.25) / 2, 0.75])
    np.testing.assert_allclose(s, [(1 + 0.5) / 2, 0.5])
    np.testing.assert_array_equal(days, [2, 1])


def test_correction_moves_attraction_toward_the_data_shares_and_is_deterministic():
    scenario = tiny()
    once = share_correction(scenario, fit_target(scenario), 1.0, SEEDS)
    assert once["C"] < 0.8 < 1.5 < once["D"]
    assert 2.2 < once["D"] / once["C"] < 3.3  # D's route weight is 3/8 of C's: 8/3 evens them
    assert share_correction(scenario, fit_target(scenario), 1.0, SEEDS) == once
    half = share_correction(scenario, fit_target(scenario), 0.5, SEEDS)
    assert once["C"] < half["C"] < 1 < half["D"] < once["D"]
    # the corrected attraction brings the simulated shares near the data's (0.5 each); from ~0.73 for C
    target = fit_target(scenario)
    fixed = corrected(scenario, target, 1.0, SEEDS)
    from exodus.engine.sim import Sim

    sim = Sim(target.prepare(fixed.scenario), seed=7).run()
    agents = sim["flee.movement"].results["agents"][-1]
    c, d = agents[sim.network.index["C"]], agents[sim.network.index["D"]]
    assert 0.42 < c / (c + d) < 0.58


def test_the_multiplier_is_clamped_and_camps_with_too_few_data_days_keep_it():
    scenario = tiny(c_share=0.001)
    assert share_correction(scenario, fit_target(scenario), 1.0, SEEDS)["C"] == CLAMP[0]
    data = scenario.tables["camp_data"].copy()
    data.loc[20:, "C"] = 0  # C has data on 19 fit days only
    few = dataclasses.replace(scenario, tables={**scenario.tables, "camp_data": data})
    assert "C" not in share_correction(few, fit_target(few), 1.0, SEEDS)


def test_held_out_days_change_nothing():
    scenario = tiny()
    other = scenario.tables["camp_data"].copy()
    other.loc[40:, "C"] = 5.0  # after the fit window (days 0-39) C's figures change
    changed = dataclasses.replace(scenario, tables={**scenario.tables, "camp_data": other})
    assert (share_correction(scenario, fit_target(scenario), 0.5, SEEDS)
            == share_correction(changed, fit_target(changed), 0.5, SEEDS))
    assert (choose_alpha(scenario, fit_target(scenario), SEEDS, (3,))
            == choose_alpha(changed, fit_target(changed), SEEDS, (3,)))


def test_alpha_chosen_on_the_fit_windows_halves_prefers_the_correction_the_data_supports():
    scenario = tiny(days=120)
    choice = choose_alpha(scenario, fit_target(scenario, 79), SEEDS, (3,))
    assert set(choice.validation) == {0.0, 0.25, 0.5, 1.0}
    assert choice.alpha > 0 and choice.validation[choice.alpha] < choice.validation[0.0]


def test_only_a_flee_scenario_is_corrected(short_scenario):
    from exodus.calibrate.targets import Target

    with pytest.raises(InputError, match="only a Flee scenario"):
        corrected(short_scenario, Target.__new__(Target), 0.5, SEEDS)


@pytest.mark.parametrize("value", ["-1", "abc", "nan"])
def test_a_bad_alpha_is_an_error_on_the_command_line(tmp_path, short_mali, value):
    result = run_exodus("calibrate", str(short_mali), "--trials", "2", "--share-correction", value, "--store",
                        str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"--share-correction, field 'share_correction': expected a number >= 0 or auto, got '{value}'" in " ".join(
        result.stderr.split())
    assert not (tmp_path / "runs").exists()


def test_calibrate_corrects_shares_before_the_study(tmp_path, short_mali):
    from tests.calibrate.conftest import SHORT_UNTIL

    result = run_exodus("calibrate", str(short_mali), "--trials", "2", "--until", SHORT_UNTIL, "--share-correction",
                        "0.5", "--store", str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "share correction (alpha 0.5): attraction Fassala-Mbera" in out
    assert "the scenario's own values below include it" in out


def test_recent_shares_leave_out_the_fit_windows_first_half():
    scenario = tiny()
    other = scenario.tables["camp_data"].copy()
    other.loc[1:19, "C"] = 5.0  # the first half of the fit window (days 0-39)
    changed = dataclasses.replace(scenario, tables={**scenario.tables, "camp_data": other})
    recent = share_correction(scenario, fit_target(scenario), 0.5, SEEDS, recent=True)
    assert share_correction(changed, fit_target(changed), 0.5, SEEDS, recent=True) == recent
    assert share_correction(changed, fit_target(changed), 0.5, SEEDS) != share_correction(
        scenario, fit_target(scenario), 0.5, SEEDS)
