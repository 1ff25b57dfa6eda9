"""`exodus check` and `exodus validate`: is a scenario sound, and how do its runs compare with the figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def scenario_folder(ref: str) -> Path:
    """A folder with scenario.yaml, given as a path or as a name under scenarios/."""
    from exodus.errors import InputError
    from exodus.io import SCENARIOS_DIR

    path = Path(ref)
    if not path.exists() and (SCENARIOS_DIR / ref).is_dir():
        path = SCENARIOS_DIR / ref
    if not (path / "scenario.yaml").is_file():
        raise InputError(ref, "not an exodus scenario: expected a folder with scenario.yaml or a name in scenarios/")
    return path


def register(app: typer.Typer) -> None:
    @app.command()
    def check(scenario: Annotated[str, typer.Argument(help="scenario folder, name under scenarios/, "
                                                          "or Flee scenario folder")]):
        """Validate a scenario: every problem with its file, line and field; exit 2 if any."""
        from exodus.cli import console, out_console
        from exodus.io import flee, scenario_yaml

        if (Path(scenario) / "input_csv").is_dir():
            # Flee folders are read strictly: the first problem stops the reader (exit 2 in main).
            sc = flee.load_flee(scenario)
            out_console.print(f"{scenario}: sound. {len(sc.places)} places, {len(sc.links)} routes, "
                              f"{len(sc.tables['camp_data'].columns)} camps, {sc.days} days from {sc.start}, "
                              f"{len(sc.tables['closures'])} closures.", highlight=False, soft_wrap=True)
            return
        folder = scenario_folder(scenario)
        problems = scenario_yaml.check(folder)
        for problem in problems:
            console.print(f"[red]error:[/red] {problem}", highlight=False, soft_wrap=True)
        if problems:
            console.print(f"{len(problems)} problem(s) in {folder}", highlight=False)
            raise typer.Exit(2)
        sc = scenario_yaml.load(folder)
        pars = sc.tables["parameters"]
        counts = pars["provenance"].value_counts().to_dict()
        out_console.print(f"{folder}: sound. {len(sc.places)} places, {len(sc.links)} links, "
                          f"{len(sc.tables['crossings'])} crossings, {len(sc.tables['flights'])} flight routes, "
                          f"{len(sc.tables['policies'])} policies, {len(sc.tables['observations'])} observations; "
                          f"{len(sc.modules)} modules, {len(pars)} parameters "
                          f"({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))}).", highlight=False,
                          soft_wrap=True)

    @app.command()
    def validate(
        scenario: Annotated[str, typer.Argument(help="scenario folder or name under scenarios/")],
        seed: Annotated[int, typer.Option(help="root of every module's random stream")] = 1,
        set_: Annotated[list[str], typer.Option("--set", help="override a parameter: module.key=value")] = None,
        csv: Annotated[Path, typer.Option(help="also write the table to this CSV file")] = None,
    ):
        """Run a scenario and compare each reported figure with the simulated quantity of its definition."""
        from rich.table import Table

        from exodus.cli import out_console, parse_sets, run_sim
        from exodus.engine.sim import Sim
        from exodus.io import scenario_yaml
        from exodus.report.observations import compare

        sc = scenario_yaml.load(scenario_folder(scenario))
        sim = run_sim(Sim(sc, pars=parse_sets(set_), seed=seed).init(), sc.name)
        table = compare(sim, sc.tables["observations"])
        if csv is not None:
            table.to_csv(csv, index=False)
        view = Table(title=f"exodus validate: {sc.name} (seed {seed})")
        for col in ("figure", "definition", "window", "reported", "simulated", "error", "ok"):
            view.add_column(col, justify="right" if col in {"simulated", "error"} else "left")
        for row in table.itertuples(index=False):
            view.add_row(row.id + ("" if row.use == "fit" else "*"), row.definition, row.window, row.reported,
                         f"{row.simulated:,.6g}", f"{row.error:+.0%}", "yes" if row.within else "no")
        out_console.print(view)
        fit = table[table["use"] == "fit"]
        out_console.print(f"{int(fit['within'].sum())}/{len(fit)} figures used for fitting are within their range "
                          f"or 25% (* marks figures shown as checks only: low reliability or partial coverage).")
