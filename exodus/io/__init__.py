"""Input adapters: each turns a file format into an ``exodus.Scenario``."""

from __future__ import annotations

import importlib
from pathlib import Path

from exodus.errors import InputError

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"


def __getattr__(name: str):
    """`exodus.io.flee` and the other adapters, imported on first use (the Flee reader brings pandas)."""
    if name.startswith("_"):
        raise AttributeError(f"module 'exodus.io' has no attribute {name!r}")
    try:
        return importlib.import_module(f"exodus.io.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"exodus.io.{name}":
            raise
        raise AttributeError(f"module 'exodus.io' has no attribute {name!r}") from None


def load_scenario(ref: str | Path, hasten: int | None = None):
    """A Flee folder (has input_csv/) or an exodus scenario folder (has scenario.yaml) or name."""
    path = Path(ref)
    if not path.exists() and (SCENARIOS_DIR / str(ref)).is_dir():
        path = SCENARIOS_DIR / str(ref)
    if (path / "input_csv").is_dir():
        from exodus.io import flee

        return flee.load_flee(path, hasten=hasten)
    if path.is_dir() and (path / "scenario.yaml").is_file():
        from exodus.io import scenario_yaml

        if hasten is not None:
            raise InputError(str(path), "--hasten applies only to Flee scenario folders")
        return scenario_yaml.load(path)
    raise InputError(str(ref), "not a scenario: expected a Flee folder with input_csv/, a folder with "
                               "scenario.yaml, or the name of a folder in scenarios/")
