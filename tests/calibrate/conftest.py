"""A short Flee scenario for calibration tests: mali cut to its first 60 days."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exodus.io import load_scenario

ROOT = Path(__file__).resolve().parents[2]
SHORT_DAYS = 60
SHORT_UNTIL = "2012-04-09"  # day 40 of mali


@pytest.fixture(scope="session")
def short_mali(tmp_path_factory) -> Path:
    """A copy of mali whose sim_period.csv says 60 days."""
    import shutil

    from tests.conftest import FLEE_SCENARIOS

    dest = tmp_path_factory.mktemp("scenarios") / "mali60"
    shutil.copytree(FLEE_SCENARIOS / "mali", dest)
    period = dest / "input_csv" / "sim_period.csv"
    period.write_text(period.read_text().replace("Length,300", f"Length,{SHORT_DAYS}"))
    return dest


@pytest.fixture(scope="session")
def short_scenario(short_mali):
    return load_scenario(short_mali)


# The exodus command line in a child process, exactly as `exodus ...` would run it.
EXODUS = [sys.executable, "-c", "from exodus.cli import main; main()"]


def run_exodus(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="200")
    return subprocess.run(EXODUS + list(args), cwd=cwd, capture_output=True, text=True, env=env, timeout=600)
