"""The scenario format: a sound scenario loads; every problem is reported with file, line and field."""

from __future__ import annotations

import re

import pytest

from exodus.errors import InputError
from exodus.io import scenario_yaml


def edit(path, old, new):
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_shipped_scenario_is_sound(scenario):
    assert scenario_yaml.check(scenario_yaml.Path(scenario.source).parent) == []
    assert str(scenario.start) == "2022-09-14"
    assert scenario.days == 48  # 14 Sep to 31 Oct 2022 inclusive
    pars = scenario.tables["parameters"]
    assert set(pars["provenance"]) <= {"source", "assumed", "calibrated"}
    calibrated = pars[pars["provenance"] == "calibrated"]
    assert len(calibrated) > 0 and calibrated["low"].notna().all() and calibrated["high"].notna().all()


def test_observations_stop_at_the_withheld_window(scenario):
    obs = scenario.tables["observations"]
    assert (obs["period_end"] <= "2022-09-27").all()


def test_every_problem_is_reported_with_line_and_field(scenario_copy):
    edit(scenario_copy / "flights.csv", "Moscow,Istanbul,7750", "Moscow,Istanbol,7750")
    edit(scenario_copy / "crossings.csv", "Verkhny Lars,Tbilisi,Georgia,2,", "Verkhny Lars,Tbilisi,Georgia,two,")
    edit(scenario_copy / "scenario.yaml", "car_occupancy: {value: 2.5,", "car_occupancy: {value: 2.5, colour: red,")
    edit(scenario_copy / "scenario.yaml", "people_per_agent:", "people_per_agnet:")
    edit(scenario_copy / "crossings.csv", "Troitsk,Qostanay,Kazakhstan,2,", "Troitsk,Qostanay,Kazakhstan,0,")
    problems = [str(p) for p in scenario_yaml.check(scenario_copy)]
    assert any("flights.csv, line 2, field 'destination'" in p and "Istanbol" in p for p in problems)
    assert any("crossings.csv, line 2, field 'lanes'" in p and "expected a number" in p for p in problems)
    assert any("field 'russia.crossings.car_occupancy'" in p and "colour" in p for p in problems)
    assert any("field 'russia.mobilisation.people_per_agnet'" in p and "unknown parameter" in p for p in problems)
    assert any("crossings.csv, line 9, field 'lanes': a crossing needs at least one lane" in p for p in problems)
    with pytest.raises(InputError):
        scenario_yaml.load(scenario_copy)


def test_every_observation_has_a_known_reliability(scenario, scenario_copy):
    obs = scenario.tables["observations"]
    assert set(obs["reliability"]) <= {"primary", "secondary", "repost"}
    assert (obs.set_index("id").loc[["O008", "O009", "O010"], "reliability"] == "primary").all()  # ministries
    assert (obs.set_index("id").loc[["O066", "O108"], "reliability"] == "repost").all()
    edit(scenario_copy / "observations.csv", "cars queued at Verkhny Lars on the day,primary",
         "cars queued at Verkhny Lars on the day,rumour")
    problems = [str(p) for p in scenario_yaml.check(scenario_copy)]
    assert any("observations.csv, line 3, field 'reliability'" in p and "primary, secondary or repost" in p
               for p in problems)


def test_parameters_need_a_provenance(scenario_copy):
    edit(scenario_copy / "scenario.yaml", "metres_per_vehicle: {value: 7, assumed: car length plus gap}",
         "metres_per_vehicle: {value: 7}")
    yaml = scenario_copy / "scenario.yaml"
    calibrated = re.search(r"surge_days: \{value: [0-9.]+, calibrated: true, low: 1, high: 10\}", yaml.read_text())
    edit(yaml, calibrated.group(0), "surge_days: {value: 40, calibrated: true, low: 1, high: 10}")
    edit(scenario_copy / "scenario.yaml", "family_share: {value: 0.1, source: O111}",
         "family_share: {value: 0.1, source: O999}")
    problems = [str(p) for p in scenario_yaml.check(scenario_copy)]
    assert any("metres_per_vehicle" in p and "exactly one of source, assumed or calibrated" in p for p in problems)
    assert any("surge_days" in p and "outside its range" in p for p in problems)
    assert any("family_share" in p and "unknown reference 'O999'" in p for p in problems)


def test_unknown_columns_and_keys_are_errors(scenario_copy):
    edit(scenario_copy / "policies.csv", "source,note", "source,note,colour")
    edit(scenario_copy / "scenario.yaml", "start: 2022-09-14", "start: 2022-09-14\nstop: 2022-10-01")
    problems = [str(p) for p in scenario_yaml.check(scenario_copy)]
    assert any("policies.csv, line 1, field 'colour': unknown column" in p for p in problems)
    assert any("scenario.yaml, line 8, field 'stop': unknown key" in p for p in problems)
