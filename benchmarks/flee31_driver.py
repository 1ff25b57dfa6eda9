"""Run Flee 3.1 on a Flee scenario folder and write out.csv in Flee's layout.

The PyPI wheel of Flee 3.1 ships the library but not its run script, so this driver
supplies the daily loop (conflicts, spawning, closures, evolve, then one out.csv row)
using Flee's public API. It runs under the throwaway Flee venv that
``benchmarks/vs_flee.py`` builds; it imports nothing from exodus.

    python flee31_driver.py SCENARIO_DIR --out OUTDIR [--seed N]

Writes OUTDIR/out.csv and OUTDIR/summary.json (days, agents, agent_steps,
wall_seconds, loop_seconds, loop_cpu_seconds, seed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

CAMP_FIELDS = ("sim", "data", "error")
TOTAL_FIELDS = (
    "Total error",
    "refugees in camps (UNHCR)",
    "total refugees (simulation)",
    "raw UNHCR refugee count",
    "refugees in camps (simulation)",
    "refugee_debt",
)
# Diagnostics that make Flee write one line per agent (or link) per day: gigabytes.
SILENCED_LOG_LEVELS = ("agent", "link")


def prepare_workdir(scenario: Path, workdir: Path) -> Path:
    """Copy the scenario into workdir so Flee's cwd-relative reads find it.

    Flee 3.1 reads the period from ``input_csv/conflict_period.csv`` (the old name of
    ``sim_period.csv``) and the demographics from ``input_csv/`` relative to the cwd.
    The copied ``simsetting.yml`` has the per-agent and per-link logs switched off.
    """
    target = workdir / "scenario"
    shutil.copytree(scenario, target)
    period = target / "input_csv" / "conflict_period.csv"
    if not period.exists():
        shutil.copyfile(target / "input_csv" / "sim_period.csv", period)
    settings_path = target / "simsetting.yml"
    settings = yaml.safe_load(settings_path.read_text()) or {}
    settings["log_levels"] = silence_logs(settings.get("log_levels"))
    settings_path.write_text(yaml.safe_dump(settings, sort_keys=False))
    return target


def silence_logs(log_levels: dict | None) -> dict:
    """Return log_levels with the per-agent and per-link diagnostics set to 0."""
    levels = dict(log_levels or {})
    for key in SILENCED_LOG_LEVELS:
        levels[key] = 0
    return levels


def out_header(camps: list[str]) -> list[str]:
    """Column names of Flee's out.csv for these camps."""
    columns = ["Day", "Date"]
    for camp in camps:
        columns += [f"{camp} {field}" for field in CAMP_FIELDS]
    return columns + list(TOTAL_FIELDS)


def camp_error(sim: float, data: float) -> float:
    """Per-camp relative error as Flee prints it: |sim/data - 1|, 0 without data."""
    if data < 1e-5:
        return 0.0
    return round(abs(sim / data - 1.0), 4)


def out_row(day: int, date: str, sim: list[int], data: list[int],
            agents: int, raw: int, debt: int) -> list:
    """One day's out.csv row; the totals are 0 until the raw UNHCR count is positive."""
    row: list = [day, date]
    for s, u in zip(sim, data):
        row += [s, u, camp_error(s, u)]
    if raw > 0:
        total_error = sum(abs(s - u) for s, u in zip(sim, data)) / raw
        row += [total_error, int(sum(data)), agents, raw, sum(sim), debt]
    else:
        row += [0] * len(TOTAL_FIELDS)
    return row


def read_period(path: Path) -> tuple[str, int]:
    """Start date and length in days from a (sim|conflict)_period.csv file."""
    start, length = None, None
    for line in path.read_text().splitlines():
        key, _, value = line.partition(",")
        if key.strip().lower() == "startdate":
            start = value.strip()
        elif key.strip().lower() == "length":
            length = int(value.strip())
    if start is None or length is None:
        raise ValueError(f"{path}: expected StartDate and Length rows")
    return start, length


def run_flee(scenario: Path, out_dir: Path, seed: int) -> dict:
    """Run Flee 3.1 in a temporary copy of scenario; write out.csv, return figures."""
    import numpy as np
    from flee import InputGeography, flee, spawning
    from flee.datamanager import handle_refugee_data
    from flee.SimulationSettings import SimulationSettings

    started = time.perf_counter()
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    random.seed(seed)
    np.random.seed(seed)
    with tempfile.TemporaryDirectory(prefix="flee31-") as tmp:
        workdir = prepare_workdir(scenario.resolve(), Path(tmp))
        os.chdir(workdir)
        start_date, length = read_period(Path("input_csv/conflict_period.csv"))
        SimulationSettings.ReadFromYML("simsetting.yml")
        SimulationSettings.ConflictInputFile = "input_csv/conflicts.csv"

        ecosystem = flee.Ecosystem()
        geography = InputGeography.InputGeography()
        geography.ReadConflictInputCSV("input_csv/conflicts.csv")
        geography.ReadLocationsFromCSV("input_csv/locations.csv")
        geography.ReadLinksFromCSV("input_csv/routes.csv")
        geography.ReadClosuresFromCSV("input_csv/closures.csv")
        ecosystem, by_name = geography.StoreInputGeographyInEcosystem(ecosystem)

        table = handle_refugee_data.RefugeeTable(
            csvformat="generic", data_directory="source_data", start_date=start_date,
            data_layout="data_layout.csv",
            population_scaledown_factor=SimulationSettings.optimisations["PopulationScaleDownFactor"],
        )
        table.ReadL1Corrections("input_csv/registration_corrections.csv")

        camps = ecosystem.get_camp_names()
        for camp in camps:
            spawning.add_initial_refugees(ecosystem, table, by_name[camp])

        first_day = dt.date.fromisoformat(start_date)
        agent_steps = 0
        loop_started = time.perf_counter()
        loop_cpu_started = time.process_time()
        with open(out_dir / "out.csv", "w", encoding="utf-8") as out:
            out.write(",".join(out_header(camps)) + "\n")
            for day in range(length):
                geography.AddNewConflictZones(ecosystem, day)
                _, raw, debt = spawning.spawn_daily_displaced(ecosystem, day, table)
                spawning.refresh_spawn_weights(ecosystem)
                ecosystem.enact_border_closures(day)
                ecosystem.evolve()
                agents = ecosystem.numAgents()
                agent_steps += agents
                sim = [by_name[camp].numAgents for camp in camps]
                data = [table.get_field(camp, day) for camp in camps]
                date = (first_day + dt.timedelta(days=day)).isoformat()
                row = out_row(day, date, sim, data, agents, raw, debt)
                out.write(",".join(str(value) for value in row) + "\n")
        finished = time.perf_counter()
        loop_cpu = time.process_time() - loop_cpu_started

    summary = {
        "days": length,
        "agents": agents,
        "agent_steps": agent_steps,
        "wall_seconds": finished - started,
        "loop_seconds": finished - loop_started,
        "loop_cpu_seconds": loop_cpu,
        "seed": seed,
    }
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", type=Path, help="Flee scenario folder")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=1, help="seed for random and numpy.random")
    args = parser.parse_args(argv)
    summary = run_flee(args.scenario, args.out, args.seed)
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
