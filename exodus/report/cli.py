"""`exodus report RUN_DIR --out report.html`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def report(
        run_dir: Annotated[Path, typer.Argument(help="a run folder (exodus run --out) or a folder of runs")],
        out: Annotated[Path, typer.Option(help="the HTML file to write")] = Path("report.html"),
        scenario: Annotated[str, typer.Option(help="scenario folder or name, if summary.json cannot locate it")]
        = None,
    ):
        """Write one self-contained HTML report (opens offline) of a run or an ensemble."""
        from exodus.cli import out_console
        from exodus.report.html import write_report
        from exodus.report.rundata import load_runset

        runset = load_runset(run_dir, scenario)
        path = write_report(runset, out)
        out_console.print(f"report of {len(runset.runs)} run(s) of {runset.scenario.name} in {path} "
                          f"({path.stat().st_size / 1e6:.1f} MB)")
