"""`exodus report RUN_DIR --out report.html`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def report(
        run_dir: Annotated[Path, typer.Argument(help="a run folder (exodus run --out), a folder of runs, "
                                                     "or an ensemble's bands (exodus ensemble --out)")],
        out: Annotated[Path, typer.Option(help="the HTML file to write")] = Path("report.html"),
        scenario: Annotated[str, typer.Option(help="scenario folder or name, if summary.json cannot locate it")]
        = None,
    ):
        """Write one self-contained HTML report (opens offline) of a run or an ensemble."""
        from rich.table import Table

        from exodus.cli import console, out_console
        from exodus.report.html import write_report
        from exodus.report.rundata import load_runset

        with console.status("reading runs and scenario", spinner="dots") as status:
            runset = load_runset(run_dir, scenario)
            status.update("drawing the report")
            path = write_report(runset, out)
        table = Table(title=f"exodus report: {runset.scenario.name}", show_header=False)
        table.add_row("runs", f"ensemble of {runset.size}" if runset.is_ensemble else "1")
        table.add_row("days", f"{runset.scenario.days} from {runset.scenario.start}")
        table.add_row("file", str(path))
        table.add_row("size", f"{path.stat().st_size / 1e6:.1f} MB")
        out_console.print(table)
