"""Bad Flee input: exit code 2 and one line naming file, line, field and what was expected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def exodus_run(folder: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "exodus", "run", str(folder), "--out", str(out), *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert not out.exists(), "nothing may be written when the input is bad"
    return proc


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def assert_error(proc, *fragments: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    message = " ".join(proc.stderr.split())
    for fragment in fragments:
        assert fragment in message, message


def test_route_naming_unknown_location(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "input_csv" / "routes.csv", "Douentza,Mentao,487", "Douentsa,Mentao,487")
    assert_error(exodus_run(folder, tmp_path), "routes.csv", "line 2", "field 'name1'", "unknown location 'Douentsa'")


def test_missing_column_in_routes(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "input_csv" / "routes.csv", "Douentza,Mentao,487,0", "Douentza,Mentao")
    assert_error(exodus_run(folder, tmp_path), "routes.csv", "line 2", "expected at least 3 columns")


def test_misspelt_period_row(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "input_csv" / "sim_period.csv", "Length,", "Lenght,")
    assert_error(exodus_run(folder, tmp_path), "sim_period.csv", "field 'Length'", "missing row")


def test_bad_date(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "input_csv" / "sim_period.csv", "2012-02-29", "2012-02-30")
    assert_error(exodus_run(folder, tmp_path), "sim_period.csv", "line 1", "field 'StartDate'",
                 "expected a date YYYY-MM-DD")


def test_bad_date_in_source_data(flee_copy, tmp_path):
    folder = flee_copy("burundi")
    edit(folder / "source_data" / "refugees.csv", "2015-04-23", "23/04/2015")
    assert_error(exodus_run(folder, tmp_path), "refugees.csv", "line 3", "field 'date'", "'23/04/2015'")


def test_negative_distance(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "input_csv" / "routes.csv", "Douentza,Mentao,487", "Douentza,Mentao,-487")
    assert_error(exodus_run(folder, tmp_path), "routes.csv", "line 2", "field 'distance'", "expected a number >= 0")


def test_duplicate_location_name(flee_copy, tmp_path):
    folder = flee_copy("mali")
    path = folder / "input_csv" / "locations.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines + [lines[1]]) + "\n")
    assert_error(exodus_run(folder, tmp_path), "locations.csv", f"line {len(lines) + 1}", "field 'name'",
                 "duplicate location name 'Kidal' (first on line 2)")


def test_unknown_simsetting_key(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "simsetting.yml", "camp_weight: 5.0", "camp_wieght: 5.0")
    assert_error(exodus_run(folder, tmp_path), "simsetting.yml", "field 'move_rules.camp_wieght'", "unknown setting")


def test_simsetting_rule_exodus_does_not_model(flee_copy, tmp_path):
    folder = flee_copy("mali")
    edit(folder / "simsetting.yml", "start_on_foot: False", "start_on_foot: True")
    assert_error(exodus_run(folder, tmp_path), "simsetting.yml", "field 'move_rules.start_on_foot'",
                 "does not model")


def test_unknown_parameter_override(tmp_path):
    folder = ROOT.parent / "shared" / "flee-scenarios" / "mali"
    proc = exodus_run(folder, tmp_path, "--set", "flee.movement.camp_wieght=2")
    assert_error(proc, "field 'camp_wieght'", "unknown parameter")


def test_invalid_parameter_value(tmp_path):
    folder = ROOT.parent / "shared" / "flee-scenarios" / "mali"
    proc = exodus_run(folder, tmp_path, "--set", "flee.movement.camp_movechance=2")
    assert_error(proc, "field 'camp_movechance'", "less than or equal to 1")


def test_not_a_scenario(tmp_path):
    assert_error(exodus_run(tmp_path, tmp_path / "x"), "not a scenario")


@pytest.mark.parametrize("bad", ["x", "--", ""])
def test_conflicts_value_not_a_number(flee_copy, tmp_path, bad):
    folder = flee_copy("mali")
    path = folder / "input_csv" / "conflicts.csv"
    lines = path.read_text().splitlines()
    cells = lines[3].split(",")
    cells[1] = bad
    lines[3] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")
    assert_error(exodus_run(folder, tmp_path), "conflicts.csv", "line 4", "field 'Kidal'", "expected a number")


def test_check_reads_a_flee_folder_and_names_its_first_problem(flee_copy):
    folder = flee_copy("mali")
    ok = subprocess.run([sys.executable, "-m", "exodus", "check", str(folder)], capture_output=True, text=True,
                        cwd=ROOT, timeout=120)
    assert ok.returncode == 0 and "sound" in ok.stdout and "7 camps" in ok.stdout
    edit(folder / "input_csv" / "routes.csv", "Douentza,Mentao,487", "Douentza,Mentao,-487")
    bad = subprocess.run([sys.executable, "-m", "exodus", "check", str(folder)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert_error(bad, "routes.csv", "line 2", "field 'distance'")
