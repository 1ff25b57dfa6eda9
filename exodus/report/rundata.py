"""Finished runs read back from disk, with the scenario they ran, for reports and the dashboard.

A run folder holds ``daily.parquet`` and ``summary.json`` (``exodus run --out``). An
ensemble is either a folder of run folders (the report takes quantiles across them) or
the ``bands.parquet`` that ``exodus ensemble --out`` writes (5/50/95% per series).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from exodus.engine.scenario import Scenario
from exodus.errors import InputError


@dataclass
class Run:
    """One finished run: its tidy daily table and headline summary."""

    daily: pd.DataFrame
    summary: dict
    path: Path | None = None
    out_table: pd.DataFrame | None = None


@dataclass
class RunSet:
    """The runs a report shows: one run, or the members of an ensemble, of one scenario."""

    scenario: Scenario
    runs: list[Run]
    path: Path | None = None
    # Precomputed bands as tidy daily tables by level ("low", "median", "high"), when given.
    bands: dict[str, pd.DataFrame] | None = None
    members: int = 0

    @property
    def is_ensemble(self) -> bool:
        return len(self.runs) > 1 or self.bands is not None

    @property
    def size(self) -> int:
        """How many runs the set stands for (members of a bands file included)."""
        return self.members or len(self.runs)


def read_run(folder: Path) -> Run:
    """Read one run folder; a missing or unreadable file is an InputError naming it."""
    daily_path, summary_path = folder / "daily.parquet", folder / "summary.json"
    for path in (daily_path, summary_path):
        if not path.is_file():
            raise InputError(str(path), "missing: expected the outputs of `exodus run --out`")
    try:
        summary = json.loads(summary_path.read_text())
    except json.JSONDecodeError as exc:
        raise InputError(str(summary_path), f"not valid JSON ({exc.msg})", line=exc.lineno) from None
    try:
        daily = pd.read_parquet(daily_path)
    except (OSError, ValueError) as exc:
        raise InputError(str(daily_path), f"cannot read parquet ({exc})") from None
    expected = {"date", "day", "module", "result", "label", "value"}
    if not expected <= set(daily.columns):
        missing = ", ".join(sorted(expected - set(daily.columns)))
        raise InputError(str(daily_path), f"expected a tidy table; missing columns {missing}")
    out_path = folder / "out.csv"
    out_table = pd.read_csv(out_path) if out_path.is_file() else None
    return Run(daily=daily, summary=summary, path=folder, out_table=out_table)


def run_folders(path: Path) -> list[Path]:
    """The run folder itself, or the run folders inside an ensemble folder (sorted by name)."""
    if not path.is_dir():
        raise InputError(str(path), "not a folder: expected a run folder (daily.parquet, summary.json) "
                                    "or an ensemble folder of run folders")
    if (path / "daily.parquet").is_file():
        return [path]
    members = sorted(p for p in path.iterdir() if p.is_dir() and (p / "daily.parquet").is_file())
    if not members:
        raise InputError(str(path), "no daily.parquet here or in any subfolder: expected the outputs of "
                                    "`exodus run --out` or an ensemble of them")
    return members


def scenario_for(summary: dict, where: Path, scenario_ref: str | None):
    """Load the scenario a run came from: the given reference, else what summary.json records."""
    from exodus.io import load_scenario

    hasten = summary.get("hasten")
    if scenario_ref is not None:
        return load_scenario(scenario_ref, hasten=hasten if _is_flee(scenario_ref) else None)
    for key in ("source", "scenario"):
        ref = summary.get(key)
        if ref and (Path(ref).is_dir() or key == "scenario"):
            try:
                return load_scenario(ref, hasten=hasten if _is_flee(ref) else None)
            except InputError:
                continue
    raise InputError(str(where / "summary.json"), f"cannot find scenario {summary.get('scenario')!r}; "
                                                  "pass --scenario with its folder or name", field="scenario")


def _is_flee(ref: str) -> bool:
    return (Path(ref) / "input_csv").is_dir()


BAND_COLUMNS = {"low": "p5", "median": "p50", "high": "p95"}


def read_bands(folder: Path, scenario_ref: str | None) -> RunSet:
    """An `exodus ensemble --out` folder: bands.parquet (p5/p50/p95 per series) and scores.parquet."""
    path = folder / "bands.parquet"
    try:
        bands = pd.read_parquet(path)
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read parquet ({exc})") from None
    missing = sorted({"date", "module", "result", "label", *BAND_COLUMNS.values()} - set(bands.columns))
    if missing:
        raise InputError(str(path), f"expected ensemble bands; missing columns {', '.join(missing)}")
    if scenario_ref is None:
        raise InputError(str(path), "an ensemble's bands do not record their scenario; pass --scenario",
                         field="scenario")
    scores = folder / "scores.parquet"
    members = len(pd.read_parquet(scores)) if scores.is_file() else 0
    base = bands.drop(columns=list(BAND_COLUMNS.values()))
    levels = {level: base.assign(value=bands[column]) for level, column in BAND_COLUMNS.items()}
    from exodus.io import load_scenario

    scenario = load_scenario(scenario_ref)
    median = Run(daily=levels["median"], summary={"scenario": scenario.name, "runs": members}, path=folder)
    return RunSet(scenario=scenario, runs=[median], path=folder, bands=levels, members=members)


def load_runset(path: str | Path, scenario_ref: str | None = None) -> RunSet:
    """Read a run folder, a folder of runs, or an ensemble's bands, and the scenario behind them."""
    path = Path(path)
    if (path / "bands.parquet").is_file() and not (path / "daily.parquet").is_file():
        return read_bands(path, scenario_ref)
    runs = [read_run(folder) for folder in run_folders(path)]
    names = {r.summary.get("scenario") for r in runs}
    if len(names) > 1:
        raise InputError(str(path), f"runs of different scenarios in one ensemble: {', '.join(map(str, names))}")
    scenario = scenario_for(runs[0].summary, runs[0].path, scenario_ref)
    return RunSet(scenario=scenario, runs=runs, path=path)
