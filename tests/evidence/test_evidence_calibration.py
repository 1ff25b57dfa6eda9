"""Extracted figures as a scenario's observations: what `exodus calibrate` needs is filled in."""

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exodus.calibrate.observations import check_observations
from exodus.cli import app
from exodus.evidence.calibration import aggregate, reliability
from exodus.io import load_scenario, scenario_yaml

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT.parent / "shared" / "reports"
SCENARIO = ROOT / "scenarios" / "russia-2022"
PUBLISHED = {"000_c7d5b27cc3db55a1.txt": "2022-09-28", "002_6f603017a2159c77.txt": "2022-09-30",
             "004_dd1216bf92824386.txt": "2022-09-23"}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = tmp_path_factory.mktemp("evidence") / "observations.csv"
    args = ["evidence", "extract", *[str(REPORTS / name) for name in PUBLISHED]]
    for day in PUBLISHED.values():
        args += ["--published", day]
    result = CliRunner().invoke(app, [*args, "--trigger", "2022-09-21", "--scenario", "russia-2022", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as stream:
        return out, list(csv.DictReader(stream))


def test_rows_have_the_scenario_observation_columns(extracted):
    out, table = extracted
    with open(SCENARIO / "observations.csv", newline="", encoding="utf-8") as stream:
        assert list(table[0]) == next(csv.reader(stream))
    assert all(row["use"] in ("check", "context") for row in table)  # never fitted without a person deciding
    checked = [row for row in table if row["use"] == "check"]
    assert len(checked) >= 8
    assert {row["measure"] for row in checked} >= {
        "russia.destinations:entries", "russia.crossings:queued_vehicles", "russia.crossings:queue_km",
        "russia.flights:fare_usd",
    }
    queue = next(row for row in checked if row["measure"] == "russia.crossings:queued_vehicles")
    assert (queue["labels"], queue["aggregate"], queue["value"]) == ("Verkhny Lars", "last", "2300")
    fare = next(row for row in checked if row["measure"] == "russia.flights:fare_usd")
    assert (fare["labels"], fare["aggregate"]) == ("Moscow-Istanbul", "max")  # a fare over a window: the dearest


def test_extracted_rows_pass_the_scenario_checks(extracted, tmp_path):
    out, table = extracted
    folder = tmp_path / "russia-2022"
    shutil.copytree(SCENARIO, folder)
    with open(folder / "observations.csv", "a", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(table[0]))
        writer.writerows(table)
    assert scenario_yaml.check(folder) == []
    scenario = load_scenario(folder)
    observations = scenario.tables["observations"]
    ours = observations[observations["id"].str.startswith("E")]
    assert len(ours) == len(table)
    visible = ours[ours["use"].isin(("fit", "check")) & (ours["measure"].fillna("") != "")]
    check_observations(scenario, visible, str(folder / "observations.csv"))  # raises on any bad row


def test_aggregate_follows_what_was_counted():
    assert aggregate("entries", single_day=False, per_day=False) == "sum"
    assert aggregate("entries", single_day=False, per_day=True) == "mean"  # "5,000 a day over the weekend"
    assert aggregate("queue_length_km", single_day=True, per_day=False) == "last"
    assert aggregate("wait_hours", single_day=False, per_day=False) == "mean"


def test_reliability_follows_who_reported_it():
    assert reliability("the Finnish Border Guard", "", "") == "primary"
    assert reliability("", "Kazakhstan's interior ministry said 98,000 entered.", "") == "primary"
    assert reliability("a local trader", "", "") == "secondary"
    assert reliability("the Finnish Border Guard", "", "copy-of:wire.txt") == "repost"


def test_an_unknown_scenario_is_one_line_and_exit_code_2(tmp_path):
    result = CliRunner().invoke(
        app,
        ["evidence", "extract", str(REPORTS / "000_c7d5b27cc3db55a1.txt"), "--published", "2022-09-28",
         "--scenario", "no-such-scenario", "--out", str(tmp_path / "o.csv")],
    )
    assert result.exit_code == 2
    assert "--scenario" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o.csv").exists()
