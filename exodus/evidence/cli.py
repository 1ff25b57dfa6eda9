"""`exodus evidence extract`: news reports in, observation table out."""

from datetime import date
from pathlib import Path

import typer
from rich.console import Console

from . import (
    EvidenceInputError,
    ExtractorFailure,
    ScenarioMeasures,
    canonical_country,
    extract_observations,
    scenario_places,
    using_places,
    write_table,
)
from .document import paused_gc

app = typer.Typer(help="Turn news reports into sourced observations.", no_args_is_help=True, add_completion=False)
_err = Console(stderr=True, highlight=False, soft_wrap=True)
_out = Console(highlight=False, soft_wrap=True)


@app.callback()
def _evidence() -> None:
    """Turn news reports into sourced observations."""


def _fail(message: str, code: int = 2) -> None:
    """One line on stderr and the exit code: 2 for bad input, 1 for a failure of exodus itself."""
    _err.print(f"error: {message}", markup=False)
    raise typer.Exit(code=code)


def _iso_date(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        _fail(f"{option}: '{text}' is not a date; expected YYYY-MM-DD")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Report files: plain text or HTML pages.", show_default=False),
    published: list[str] = typer.Option(
        ..., "--published", help="Publication date, YYYY-MM-DD: once for all reports, or once per report in order."
    ),
    out: Path = typer.Option(..., "--out", help="Observation table to write (CSV)."),
    trigger: str | None = typer.Option(
        None,
        "--trigger",
        help="Date of the event that set people moving (decree, invasion), YYYY-MM-DD; "
        "resolves 'since the decree', 'before the announcement'.",
    ),
    origin: str | None = typer.Option(
        None, "--origin", help="Country people are leaving; default: the nationality the report names most."
    ),
    scenario: str | None = typer.Option(
        None,
        "--scenario",
        help="Scenario folder or name: recognise its places and countries by name and write them in its spelling, "
        "fill measure and labels from its modules and write its observations.csv columns, so the file can be "
        "used as (or appended to) that scenario's observations.",
    ),
    screen: bool = typer.Option(
        True,
        "--screen/--no-screen",
        help="On by default: drop the figures a learned screen (exodus/evidence/screen.py, a logistic regression "
        "over the words around each number) scores as unlikely to be reported figures (on forty-eight blind batches of "
        "rounds it never saw, 4.5-14 points of precision for at most 3.5 points of recall). --no-screen writes the "
        "rules' rows alone.",
    ),
) -> None:
    """Extract every reported figure about people moving into an observation table."""
    if len(published) not in (1, len(paths)):
        _fail(f"--published: given {len(published)} times for {len(paths)} reports; expected once, or once per report")
    published_dates = [_iso_date("--published", text) for text in published]
    if len(published_dates) == 1:
        published_dates = published_dates * len(paths)
    trigger_date = _iso_date("--trigger", trigger)
    loaded = _load_scenario(scenario) if scenario is not None else None
    places = scenario_places(loaded) if loaded is not None else None
    origin_name = None
    if origin is not None:
        with using_places(places):  # a scenario's country is known by its spelling too
            origin_name = canonical_country(origin)
        if origin_name is None:
            _fail(f"--origin: unknown country '{origin}'")
    if out.is_dir():
        _fail(f"--out: {out} is a directory; expected a CSV file path")
    if not out.parent.exists():
        _fail(f"--out: folder {out.parent} does not exist")
    for path in paths:
        if not path.is_file():
            _fail(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    measures = _measures(loaded) if loaded is not None else None
    # The cycle collector is held from reading to writing: a dense page makes hundreds of thousands
    # of small objects and no cycles, and the collector's passes over them cost a twentieth of the
    # command. They are all freed, by reference counting, when `_write_table` returns, so no pass
    # over them falls due once the collector is back.
    with paused_gc():
        summary = _write_table(paths, published_dates, trigger_date, origin_name, places, measures, out, screen)
    _out.print(summary, markup=False)


def _write_table(paths, published_dates, trigger_date, origin_name, places, measures, out: Path, screen=True) -> str:
    """Extract the reports' observations, write them to `out`, and say what was written. `screen` (the command's
    default) drops the figures the learned screen scores low; False writes the rules' rows alone."""
    screen_figures = None
    if screen:  # the screen (and NumPy) is imported here only, so --no-screen never loads it; it needs no scikit-learn
        from .screen import screen_figures
    try:
        observations = extract_observations(
            paths, published_dates, trigger_date, origin_name, places, screen=screen_figures
        )
    except EvidenceInputError as error:
        _fail(str(error))
    except ExtractorFailure as error:
        _fail(f"{error}; nothing was written", code=1)
    written, checked = write_table(observations, out, measures)
    left_out = ""
    if measures is not None:
        undated = len(observations) - written  # a scenario's figures need a start date
        left_out = f", {undated} without a start date left out" if undated else ""
        left_out += f"; {checked} the scenario can compute (use=check), the rest context"
    merged = sum(len(o.also_in) for o in observations)
    disagreeing = sum(1 for o in observations if any(f.startswith("disagrees") for f in o.flags))
    return (
        f"{written} observations from {len(paths)} report(s) -> {out}"
        f" ({merged} repeat(s) merged, {disagreeing} disagreeing{left_out})"
    )


def _load_scenario(reference: str):
    """A scenario folder (Flee or scenario.yaml) or a name under scenarios/; a bad one ends the command."""
    from exodus.errors import InputError
    from exodus.io import load_scenario

    try:
        return load_scenario(reference)
    except InputError as error:
        _fail(f"--scenario: {error}")


def _measures(scenario) -> ScenarioMeasures:
    """The measures of a loaded scenario's modules; a scenario they cannot set up ends the command."""
    from exodus.errors import InputError

    try:
        return ScenarioMeasures(scenario)
    except InputError as error:
        _fail(f"--scenario: {error}")


def register(root: typer.Typer) -> None:
    """Mount as `exodus evidence`."""
    root.add_typer(app, name="evidence")
