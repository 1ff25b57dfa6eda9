"""A run of the shipped Russia-2022 scenario, shared by the tests of this folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exodus.engine.sim import Sim
from exodus.io import scenario_yaml

SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "russia-2022"


@pytest.fixture(scope="session")
def scenario():
    return scenario_yaml.load(SCENARIO)


@pytest.fixture(scope="session")
def run(scenario):
    return Sim(scenario, seed=1).run()


@pytest.fixture
def scenario_copy(tmp_path):
    """A copy of the scenario folder a test may damage."""
    dest = tmp_path / "russia-2022"
    shutil.copytree(SCENARIO, dest)
    return dest
