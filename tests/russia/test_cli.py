"""`exodus check` and `exodus validate` on the command line."""

from __future__ import annotations

from typer.testing import CliRunner

from exodus.cli import app

runner = CliRunner()


def test_check_passes_the_shipped_scenario():
    result = runner.invoke(app, ["check", "russia-2022"])
    assert result.exit_code == 0, result.output
    assert "sound" in result.output and "13 crossings" in result.output


def test_check_lists_every_problem_and_exits_2(scenario_copy):
    flights = scenario_copy / "flights.csv"
    flights.write_text(flights.read_text().replace("Moscow,Dubai,3000", "Moscow,Dubai,lots"))
    places = scenario_copy / "places.csv"
    places.write_text(places.read_text().replace("Tbilisi,destination,Georgia", "Tbilisi,city,Georgia"))
    result = runner.invoke(app, ["check", str(scenario_copy)])
    assert result.exit_code == 2
    assert "flights.csv, line 5, field 'seats_per_day': expected a number, got 'lots'" in result.output
    assert "places.csv, line 27, field 'kind'" in result.output


def test_validate_prints_each_figure_beside_its_simulated_value():
    result = runner.invoke(app, ["validate", "russia-2022", "--set", "russia.mobilisation.people_per_agent=200"],
                           env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    assert "O008" in result.output and "Russians entering Georgia, 21-27 Sep" in result.output
    assert "figures used for fitting are within their range or 25%" in result.output
