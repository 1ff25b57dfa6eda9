"""`exodus calibrate`, `exodus ensemble` and `exodus runs list|show|compare`."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

STORE_HELP = "runs folder holding the run store (exodus.duckdb) and default study files"


def default_storage(store: Path, study: str) -> str:
    path = (store / "studies" / study / "optuna.sqlite3").resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def parse_until(value: str | None) -> dt.date | None:
    from exodus.errors import InputError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("--until", f"expected a date YYYY-MM-DD, got {value!r}", field="until") from None


@contextmanager
def progress_bar(label: str, total: int, unit: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from exodus.cli import console

    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn(unit), TimeElapsedColumn(), console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done, _total: bar.update(task, completed=done)


def print_table(title: str, columns: list[str], rows: list[list]) -> None:
    from rich.table import Table

    from exodus.cli import out_console

    table = Table(title=title)
    cells = [[f"{v:.4g}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    for i, c in enumerate(columns):
        # the first column (record ids, field names) is copied into the next command: keep it whole
        whole = max([len(c)] + [len(r[0]) for r in cells]) if i == 0 else None
        table.add_column(c, no_wrap=i == 0, min_width=whole, overflow="fold")
    for row in cells:
        table.add_row(*row)
    out_console.print(table)


def load(scenario: str, hasten: int | None):
    from exodus.io import load_scenario

    return load_scenario(scenario, hasten=hasten)


def calibrate(
    scenario: Annotated[str, typer.Argument(help="Flee scenario folder or exodus scenario (folder or name)")],
    trials: Annotated[int, typer.Option(min=1, help="completed trials the study should reach")] = 20,
    until: Annotated[str, typer.Option(help="fit on what is known by this date (YYYY-MM-DD); score the rest")] = None,
    storage: Annotated[str, typer.Option(help="Optuna storage URL (default: SQLite file in the runs folder)")] = None,
    study: Annotated[str, typer.Option(help="study name (default: scenario, its hash and --until)")] = None,
    params: Annotated[Path, typer.Option(help="CSV of calibrated parameters: parameter,low,high,scale")] = None,
    seed: Annotated[int, typer.Option(help="seed of the sampler and first simulation seed")] = 1,
    replicas: Annotated[int, typer.Option(min=1, help="seeds averaged per trial")] = 1,
    prior_weight: Annotated[float, typer.Option(min=0, help="weight of the prior centred on the scenario's own "
                                                           "values (0: plain best fit); docs/calibration.md")] = 1.0,
    recency: Annotated[str, typer.Option(help="Flee scenarios: how the loss stresses the fit window's end: none, "
                                              "or linear (day weights rising with the day); "
                                              "docs/calibration.md")] = "none",
    share_correction: Annotated[str, typer.Option(help="Flee scenarios: first correct each camp's attraction from the "
                                                       "fit window's camp shares with this alpha >= 0 (auto: chosen on "
                                                       "a split of the fit window); docs/calibration.md")] = None,
    share_recent: Annotated[bool, typer.Option(help="with --share-correction: shares over the fit window's second "
                                                    "half only")] = False,
    capacity_correction: Annotated[bool, typer.Option(
        "--capacity-correction/--no-capacity-correction",
        help="first lower the capacity of the camps the fit window's runs hold full while the reports stay "
             "below, if a split of the fit window supports it (default: on for Flee scenarios); "
             "docs/calibration.md")] = None,
    check: Annotated[bool, typer.Option(help="keep the best trial only if its gain over the scenario's own values "
                                             "exceeds its noise on unused seeds (daily-loss targets); "
                                             "docs/calibration.md")] = True,
    store: Annotated[Path, typer.Option(help=STORE_HELP)] = Path("runs"),
    hasten: Annotated[int, typer.Option(help="Flee scenarios: people per agent (default: simsetting.yml)")] = None,
):
    """Fit a scenario's calibrated parameters to its observations with Optuna (resumable)."""
    from exodus.calibrate.runner import calibrate_and_record
    from exodus.calibrate.shares import capacity_corrected, corrected, parse_alpha
    from exodus.calibrate.space import read_space
    from exodus.calibrate.study import StudySpec, model_fingerprint
    from exodus.calibrate.targets import FleeTarget, target_for
    from exodus.cli import out_console

    alpha = parse_alpha(share_correction) if share_correction is not None else None
    sc = load(scenario, hasten)
    target = target_for(sc, parse_until(until), read_space(params) if params else None, recency)
    seeds = tuple(range(seed, seed + replicas))
    if capacity_correction is None:
        capacity_correction = isinstance(target, FleeTarget)
    if capacity_correction:
        fix = capacity_corrected(sc, target, seeds)
        sc = fix.scenario
        out_console.print(f"capacity correction (fit window's second half: error {fix.validation[0]:.4g} without, "
                          f"{fix.validation[1]:.4g} with the first half's): "
                          + (", ".join(f"{k} x{v:.3g}" for k, v in fix.factors.items()) or "none kept")
                          + "; the scenario's own values below include it")
    if alpha is not None:
        correction = corrected(sc, target, alpha, seeds, share_recent)
        sc = correction.scenario
        out_console.print(f"share correction (alpha {correction.alpha:g}"
                          + (f", chosen on a split of the fit window: error by alpha {correction.choice.validation}"
                             if correction.choice else "") + "): attraction "
                          + (", ".join(f"{k} {v:.3g}" for k, v in correction.attraction.items()) or "unchanged")
                          + "; the scenario's own values below include it")
    name = study or f"{sc.name}-{model_fingerprint(sc)[-8:]}-until-{until or 'end'}"
    spec = StudySpec(storage=storage or default_storage(store, name), name=name, trials=trials,
                     sampler_seed=seed, sim_seeds=seeds, prior_weight=prior_weight)
    out_console.print(f"study {name} in {spec.storage}")
    with progress_bar(f"calibrating {sc.name}", trials, "trials") as progress:
        outcome = calibrate_and_record(sc, target, spec, store, progress, check)
    rows = [[key, outcome.uncalibrated[key], outcome.closest_fit[key], outcome.calibrated[key]]
            for key in outcome.calibrated]
    rows += [[f"score: {key}", outcome.scores_uncalibrated[key], "", outcome.scores_calibrated[key]]
             for key in outcome.scores_calibrated if not key.startswith("obs:")]
    print_table(f"exodus calibrate: {sc.name} ({outcome.trials} trials, prior weight {prior_weight:g}, recency "
                f"{recency}; calibrated: "
                f"fit loss {outcome.loss:.4g}, prior distance {outcome.prior_distance:.3g}, objective "
                f"{outcome.objective:.4g} against 1 for the scenario's own values)",
                ["", "uncalibrated", "lowest fit loss", "calibrated"], rows)
    c = outcome.check
    if c is not None:
        out_console.print(f"significance check of trial {c.trial} on seeds {', '.join(map(str, c.seeds))}: objective "
                          f"gain {c.gain:.4g}, t = {c.t:.3g} over {len(c.batch_gains)} batches of days "
                          f"(needs > {c.critical:.3g}): " + ("kept" if c.accepted else
                                                             "not significant, the scenario's own values are kept"))
    elif check:
        out_console.print("significance check: not made (" + ("the best trial is the scenario's own values"
                          if outcome.best_trial == 0 else "the loss is not a daily series") + ")")
    out_console.print(f"recorded as {outcome.record_id} in {store / 'exodus.duckdb'}")


def ensemble(
    scenario: Annotated[str, typer.Argument(help="Flee scenario folder or exodus scenario (folder or name)")],
    runs: Annotated[int, typer.Option(min=1, help="number of replicas")] = 20,
    seed: Annotated[int, typer.Option(help="seed of the first replica (replica i: seed + i)")] = 1,
    scheduler: Annotated[str, typer.Option(help="address of an existing Dask scheduler, tcp://HOST:PORT")] = None,
    workers: Annotated[int, typer.Option(min=1, help="local cluster: worker processes (default: cores)")] = None,
    study: Annotated[str, typer.Option(help="draw parameters from this calibration study's trials")] = None,
    storage: Annotated[str, typer.Option(help="storage URL of --study (default: its SQLite file)")] = None,
    draws: Annotated[str, typer.Option(help="with --study: posterior (trials in proportion to likelihood x prior) "
                                            "or best (the --top best trials in turn)")] = "posterior",
    top: Annotated[int, typer.Option(min=1, help="with --draws best: how many best trials to draw from")] = 5,
    out: Annotated[Path, typer.Option(help="also write bands.parquet and scores.parquet here")] = None,
    store: Annotated[Path, typer.Option(help=STORE_HELP)] = Path("runs"),
    hasten: Annotated[int, typer.Option(help="Flee scenarios: people per agent (default: simsetting.yml)")] = None,
):
    """Run replicas on Dask and give 5/50/95% bands for every output series."""
    from exodus.calibrate.runner import DRAWS, ensemble_and_record, study_draws, summary_scores
    from exodus.cli import out_console
    from exodus.errors import InputError

    if draws not in DRAWS:
        raise InputError("--draws", f"expected one of {', '.join(DRAWS)}, got {draws!r}", field="draws")
    sc = load(scenario, hasten)
    drawn = study_draws(sc, study, storage or default_storage(store, study), runs, seed, draws, top) if study else None
    with progress_bar(f"ensemble {sc.name}", runs, "runs") as progress:
        outcome = ensemble_and_record(sc, runs, seed, drawn, scheduler, workers, store, progress, out)
    scores = outcome.ensemble.scores
    rows = [[key, *(float(scores[key].quantile(q)) for q in (0.05, 0.5, 0.95))] for key in summary_scores(scores)]
    rows += [[key, "", value, ""] for key, value in outcome.metrics.items()
             if key.endswith("90_coverage") or key in ("distinct_trials", "effective_trials")]
    rows.append(["wall seconds", "", outcome.wall_seconds, ""])
    print_table(f"exodus ensemble: {sc.name}, {runs} runs on {outcome.where}", ["", "5%", "50%", "95%"], rows)
    out_console.print(f"bands of {outcome.series} series recorded as {outcome.record_id} in "
                      f"{store / 'exodus.duckdb'}" + (f"; files in {out}" if out else ""))


runs_app = typer.Typer(help="Recorded runs, ensembles and studies.", no_args_is_help=True)


@runs_app.command("list")
def runs_list(store: Annotated[Path, typer.Option(help=STORE_HELP)] = Path("runs")):
    """Every record in the run store."""
    from exodus.store import RunStore

    frame = RunStore(store).list()
    frame["scenario_hash"] = frame["scenario_hash"].str[:8]
    frame["started"] = frame["started"].astype(str).str[:16]
    frame["wall_seconds"] = frame["wall_seconds"].round(2)
    print_table(f"runs in {store}", ["id", "kind", "scenario", "hash", "seed", "status", "started", "wall s"],
                frame.astype(str).values.tolist())


@runs_app.command("show")
def runs_show(run_id: Annotated[str, typer.Argument(help="record id (or a unique prefix)")],
              store: Annotated[Path, typer.Option(help=STORE_HELP)] = Path("runs")):
    """One record: what ran, with which parameters, and its figures and tables."""
    from exodus.store import RunStore

    rs = RunStore(store)
    rec = rs.get(run_id)
    rows = [[k, rec[k]] for k in ("id", "kind", "scenario", "scenario_hash", "version", "seed", "status",
                                  "started", "wall_seconds")]
    rows += [[f"metric {k}", v] for k, v in rec["metrics"].items()]
    rows += [[f"param {k}", v] for k, v in rec["params"].items()]
    rows += [[f"table {t}", str(rs.table_dir(rec["id"]) / f"{t}.parquet")] for t in rec["tables"]]
    print_table(f"record {rec['id']}", ["field", "value"], rows)


@runs_app.command("compare")
def runs_compare(a: Annotated[str, typer.Argument(help="first record id")],
                 b: Annotated[str, typer.Argument(help="second record id")],
                 store: Annotated[Path, typer.Option(help=STORE_HELP)] = Path("runs")):
    """Two records side by side: what differs in parameters and figures, and how far their tables differ."""
    from exodus.store import RunStore
    from exodus.store.compare import compare_records

    rows = compare_records(RunStore(store), a, b)
    print_table(f"{a} vs {b}", ["", "A", "B"], rows)


def register(app: typer.Typer) -> None:
    app.command()(calibrate)
    app.command()(ensemble)
    app.add_typer(runs_app, name="runs")

