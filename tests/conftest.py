"""Shared fixtures: the Flee scenarios in ../shared and a tiny synthetic one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLEE_SCENARIOS = SHARED / "flee-scenarios"


@pytest.fixture
def flee_copy(tmp_path):
    """Copy a shared Flee scenario into tmp_path so a test can damage it."""

    def copy(name: str) -> Path:
        dest = tmp_path / name
        shutil.copytree(FLEE_SCENARIOS / name, dest)
        return dest

    return copy
