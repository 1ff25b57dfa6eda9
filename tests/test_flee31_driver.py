"""Pure helpers of the Flee 3.1 benchmark driver (no Flee install, no Flee run)."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest
import yaml

from exodus.report.validation import ard

DRIVER_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "flee31_driver.py"
spec = importlib.util.spec_from_file_location("flee31_driver", DRIVER_PATH)
driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(driver)


def test_header_has_three_columns_per_camp_then_totals():
    assert driver.out_header(["North", "South"]) == [
        "Day", "Date", "North sim", "North data", "North error",
        "South sim", "South data", "South error", "Total error",
        "refugees in camps (UNHCR)", "total refugees (simulation)",
        "raw UNHCR refugee count", "refugees in camps (simulation)", "refugee_debt"]


def test_camp_error_is_rounded_and_zero_without_data():
    assert driver.camp_error(7, 3) == 1.3333
    assert driver.camp_error(12, 0) == 0.0


def test_row_totals():
    # |7-3| + |0-2| = 6 over a raw count of 10; UNHCR camps 5; simulated camps 7.
    row = driver.out_row(4, "2020-01-05", sim=[7, 0], data=[3, 2], agents=11, raw=10, debt=1)
    assert row == [4, "2020-01-05", 7, 3, 1.3333, 0, 2, 1.0, 0.6, 5, 11, 10, 7, 1]


def test_row_totals_are_zero_before_any_raw_count():
    row = driver.out_row(0, "2020-01-01", sim=[2], data=[0], agents=2, raw=0, debt=0)
    assert row[-6:] == [0, 0, 0, 0, 0, 0]


def test_rows_score_as_hand_computed():
    # day 0: (|7-3|+|0-2|)/5 = 1.2 normal; rescaled x5/7: (|5-3|+|0-2|)/5 = 0.8
    # day 1: sims equal data: 0 both ways.
    rows = [driver.out_row(0, "d0", [7, 0], [3, 2], 7, 10, 0),
            driver.out_row(1, "d1", [3, 2], [3, 2], 7, 10, 0)]
    table = pd.DataFrame(rows, columns=driver.out_header(["A", "B"]))
    assert ard(table, "normal") == pytest.approx(0.6)
    assert ard(table, "rescaled") == pytest.approx(0.4)


def test_prepare_workdir_renames_period_and_silences_agent_logs(tmp_path):
    scenario = tmp_path / "toy"
    (scenario / "input_csv").mkdir(parents=True)
    (scenario / "input_csv" / "sim_period.csv").write_text("StartDate,2020-01-01\nLength,12\n")
    settings = {"log_levels": {"agent": 1, "link": 1, "camp": 2},
                "move_rules": {"max_move_speed": 200.0}}
    (scenario / "simsetting.yml").write_text(yaml.safe_dump(settings))

    work = driver.prepare_workdir(scenario, tmp_path / "work")

    assert driver.read_period(work / "input_csv" / "conflict_period.csv") == ("2020-01-01", 12)
    copied = yaml.safe_load((work / "simsetting.yml").read_text())
    assert copied["log_levels"] == {"agent": 0, "link": 0, "camp": 2}
    assert copied["move_rules"] == {"max_move_speed": 200.0}
    assert yaml.safe_load((scenario / "simsetting.yml").read_text()) == settings


def test_read_period_refuses_a_file_without_length(tmp_path):
    period = tmp_path / "sim_period.csv"
    period.write_text("StartDate,2020-01-01\n")
    with pytest.raises(ValueError, match="StartDate and Length"):
        driver.read_period(period)
