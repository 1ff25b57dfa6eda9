"""Evidence from news reports: reported figures about people moving, as sourced observations.

`extract_observations` reads reports (plain text or HTML), finds each figure, resolves its
place and period, merges repeats and flags disagreements; `rows` and `write_csv` (or
`write_table`, both at once) turn the result into the observation table that calibration reads.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from .document import Document, EvidenceInputError, ExtractorFailure, parse_document, read_document
from .figures import Figure, extract_figures, infer_origin
from .gazetteer import ScenarioPlace, canonical_country, scenario_places, using_places
from .calibration import SCENARIO_COLUMNS, ScenarioMeasures
from .observations import (
    CALIBRATION_COLUMNS,
    EXTRA_COLUMNS,
    OBSERVATION_COLUMNS,
    Observation,
    merge,
    rows,
    write_csv,
    write_table,
)
from .when import Period, find_times


def _per_report(value, count: int, name: str) -> list:
    values = value if isinstance(value, list) else [value] * count
    if len(values) != count:
        raise ValueError(f"{count} reports but {len(values)} values for {name}")
    return values


def extract_observations(
    paths: list[str | Path],
    published: date | list[date],
    trigger: date | None | list[date | None] = None,
    origin: str | None | list[str | None] = None,
    places: list[ScenarioPlace] | None = None,
    screen: Callable[[Document, list[Figure], date], list[Figure]] | None = None,
) -> list[Observation]:
    """Observations from the reports at `paths`, each figure counted once.

    `published` is the publication date; `trigger` the date of the event that set people
    moving (resolves "since the decree"); `origin` the country people leave, inferred from
    each report when None. Each is one value for all reports or a list with one per report.
    `places` (`scenario_places(scenario)`) are a scenario's places, recognised by name and
    written in the scenario's spelling, as well as the built-in gazetteer's.
    `screen` (the learned screen's `screen.screen_figures`) keeps some of each report's figures (document, figures,
    publication date -> figures kept) before repeats are merged. Here it is None by default: the Python API gives
    the rules' rows alone (so scoring and the rule tests score the rules), while `exodus evidence extract` screens by
    default (`--no-screen` to turn it off).
    """
    with using_places(places):
        return _extract(paths, published, trigger, origin, screen)


def _extract(paths, published, trigger, origin, screen=None) -> list[Observation]:
    dates = _per_report(published, len(paths), "published")
    triggers = _per_report(trigger, len(paths), "trigger")
    # an origin by another of its names ("East Timor") is the gazetteer's country, so that its mentions are the origin's
    origins = [name and (canonical_country(name, whole=True) or name) for name in _per_report(origin, len(paths), "origin")]
    per_document = []
    for path, day, trigger_day, origin_name in zip(paths, dates, triggers, origins, strict=True):
        document = read_document(path)
        try:
            figures = extract_figures(document, day, trigger_day, origin_name)
        except Exception as error:  # a rule that fails on a readable report is our bug: say which report
            raise ExtractorFailure(path, error) from error
        if screen is not None:
            figures = screen(document, figures, day)
        per_document.append((document, figures))
    return merge(per_document, dates)


__all__ = [
    "Document",
    "EvidenceInputError",
    "ExtractorFailure",
    "Figure",
    "Observation",
    "Period",
    "OBSERVATION_COLUMNS",
    "CALIBRATION_COLUMNS",
    "EXTRA_COLUMNS",
    "SCENARIO_COLUMNS",
    "ScenarioMeasures",
    "ScenarioPlace",
    "canonical_country",
    "extract_figures",
    "extract_observations",
    "find_times",
    "infer_origin",
    "merge",
    "parse_document",
    "read_document",
    "rows",
    "scenario_places",
    "using_places",
    "write_csv",
    "write_table",
]
