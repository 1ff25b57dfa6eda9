"""Bad calibration input is one error naming the row, raised before any simulation."""

from __future__ import annotations

import datetime as dt

import pytest

from exodus.calibrate.space import Calibrated, check_space, read_space
from exodus.calibrate.targets import FLEE_SPACE, FleeTarget
from exodus.errors import InputError
from tests.calibrate.conftest import SHORT_UNTIL, run_exodus


def write_space(tmp_path, body: str):
    path = tmp_path / "space.csv"
    path.write_text("parameter,low,high,scale\n" + body)
    return path


def test_impossible_range_names_file_line_and_field_on_the_command_line(tmp_path, short_mali):
    space = write_space(tmp_path, "flee.movement.camp_weight,1,10,log\nflee.movement.conflict_weight,0.9,0.2,\n")
    result = run_exodus("calibrate", str(short_mali), "--trials", "2", "--params", str(space), "--store",
                        str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    message = " ".join(result.stderr.split())
    assert f"{space}, line 3, field 'low': impossible range: low 0.9 is above high 0.2" in message
    # nothing was started: no study file, no store
    assert not (tmp_path / "runs" / "studies").exists()


def test_until_outside_the_period_is_an_error_on_the_command_line(tmp_path, short_mali):
    result = run_exodus("calibrate", str(short_mali), "--trials", "2", "--until", "2012-06-30", "--store",
                        str(tmp_path / "runs"), cwd=tmp_path)
    assert result.returncode == 2
    assert "2012-06-30 is outside the simulated period 2012-02-29 to 2012-04-28" in " ".join(result.stderr.split())
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize("row, field, words", [
    ("flee.movement.camp_wieght,1,2,", "parameter", "unknown parameter of flee.movement"),
    ("flee.moving.camp_weight,1,2,", "parameter", "no module 'flee.moving' in scenario mali60"),
    ("camp_weight,1,2,", "parameter", "expected 'module.parameter'"),
    ("flee.movement.capacity_buffer,0.5,1.5,", "high", "high end not accepted by flee.movement.capacity_buffer"),
    ("flee.movement.camp_movechance,0,0.1,log", "low", "a log-scale range needs low > 0"),
    ("flee.movement.camp_weight,1,2,cubic", "scale", "expected scale one of linear, log"),
])
def test_each_bad_row_is_named(tmp_path, short_scenario, row, field, words):
    space = read_space(write_space(tmp_path, "flee.movement.softening,5,20,\n" + row + "\n"))
    with pytest.raises(InputError) as err:
        check_space(short_scenario, space)
    assert err.value.line == 3
    assert err.value.field == field
    assert words in err.value.message


def test_a_parameter_listed_twice_is_an_error(short_scenario):
    row = Calibrated("flee.movement.camp_weight", 1, 2, line=7, file="x.csv")
    with pytest.raises(InputError, match="listed twice") as err:
        check_space(short_scenario, [row, row])
    assert err.value.line == 7


def test_non_numeric_bound_is_named(tmp_path):
    with pytest.raises(InputError) as err:
        read_space(write_space(tmp_path, "flee.movement.camp_weight,one,2,\n"))
    assert (err.value.line, err.value.field) == (2, "low")


def test_builtin_flee_space_is_valid_and_holds_the_scenario_values(short_scenario):
    target = FleeTarget(short_scenario, dt.date.fromisoformat(SHORT_UNTIL))
    assert target.fit_last == 40
    defaults = target.defaults(short_scenario)
    # mali's simsetting.yml values, and the Pars default where it sets none
    assert defaults["flee.movement.camp_weight"] == 5.0
    assert defaults["flee.movement.capacity_buffer"] == 0.75
    assert defaults["flee.movement.distance_power"] == 1.0
    assert all(row.low <= defaults[row.key] <= row.high for row in FLEE_SPACE)
