"""The `exodus` command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from exodus.errors import InputError

app = typer.Typer(help="Simulate and forecast mass emigration and forced displacement.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
console = Console(stderr=True)


@app.callback()
def _root() -> None:
    """exodus: simulate and forecast mass emigration and forced displacement across borders."""

out_console = Console()


def parse_sets(sets: list[str] | None) -> dict[str, object]:
    """`--set module.key=value` pairs; values are read as YAML scalars or lists."""
    import yaml

    pars: dict[str, object] = {}
    for item in sets or []:
        if "=" not in item:
            raise InputError("--set", f"expected module.parameter=value, got {item!r}")
        key, raw = item.split("=", 1)
        try:
            pars[key.strip()] = yaml.safe_load(raw)
        except yaml.YAMLError:
            raise InputError("--set", f"cannot read value {raw!r}", field=key) from None
    return pars


def run_sim(sim, label: str):
    """Run with a Rich progress bar on the terminal."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("day {task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(label, total=sim.days)
        sim.run(progress=lambda t, days: bar.update(task, completed=t))
    return sim


@app.command()
def run(
    scenario: Annotated[str, typer.Argument(help="Flee scenario folder or exodus scenario (folder or name)")],
    out: Annotated[Path, typer.Option(help="folder for the outputs (replaced if it exists)")] = None,
    seed: Annotated[int, typer.Option(help="root of every module's random stream")] = 1,
    set_: Annotated[list[str], typer.Option("--set", help="override a parameter: module.key=value")] = None,
    hasten: Annotated[int, typer.Option(help="Flee scenarios: people per agent (default: simsetting.yml)")] = None,
    store: Annotated[Path, typer.Option(help="runs folder whose DuckDB run store records this run")] = Path("runs"),
):
    """Run a scenario, write its daily tables and summary, and record it in the run store."""
    from rich.table import Table

    from exodus.engine.sim import Sim
    from exodus.io import load_scenario
    from exodus.report.outputs import summarize, write_outputs
    from exodus.store import RunStore, record_sim

    sc = load_scenario(scenario, hasten=hasten)
    sim = Sim(sc, pars=parse_sets(set_), seed=seed)
    sim.init()
    run_sim(sim, sc.name)
    summary = summarize(sim)
    metrics = {k: v for k, v in summary.items() if isinstance(v, (int, float))}
    summary["record"] = record_sim(RunStore(store), sim, metrics=metrics)
    if out is not None:
        write_outputs(sim, summary, out)
    table = Table(title=f"exodus run: {sc.name}", show_header=False)
    for key, value in summary.items():
        table.add_row(key, f"{value:.4g}" if isinstance(value, float) else str(value))
    out_console.print(table)
    if out is not None:
        out_console.print(f"outputs in {out}")


# Command groups owned by their packages: each package's cli.py has register(app).
# One line per package; add yours with a minimal edit.
COMMAND_PACKAGES: list[str] = [
    "exodus.io",
    "exodus.calibrate",
    "exodus.report",
    "exodus.web",
    "exodus.evidence",
]


def register_commands() -> None:
    import importlib

    for package in COMMAND_PACKAGES:
        importlib.import_module(f"{package}.cli").register(app)


register_commands()


def main() -> None:
    """Entry point: bad input is one line on stderr and exit code 2, never a traceback."""
    try:
        app()
    except InputError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
