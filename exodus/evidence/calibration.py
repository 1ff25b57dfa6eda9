"""What a scenario needs to calibrate on an extracted figure: how to compute it from a run.

A scenario's observations.csv (docs/scenario-format.md) says for each figure which module
result to compare it with (`measure`, `labels`), how to reduce the run over the figure's
window (`aggregate`), whether to fit it, only check it, or keep it as context (`use`), a
one-line `definition` and how far to trust it (`reliability`). The last four follow from the
figure alone and are always filled; `measure` and `labels` depend on the scenario's modules and
are filled when a scenario is given. `use` is never `fit`: deciding that a news figure is good
enough to pull parameters is left to a person; a figure the scenario can compute is `check`
(scored, not fitted), every other one `context`.
"""

import re

from .patterns import keywords

# quantity -> names of module results that compute it, in order of preference
RESULTS = {
    "entries": ("crossed", "entries"),
    "exits": ("exits",),
    "departures_total": ("departures",),
    "queue_vehicles": ("queued_vehicles",),
    "queue_length_km": ("queue_km",),
    "wait_hours": ("wait_hours_car", "wait_hours"),
    "flights_price_usd": ("fare_usd",),
}
_WAIT_BY_MODE = (("bicycle", re.compile(r"\b(?:bicycles?|bikes?|scooters?|cycl\w*)\b", re.I)),
                 ("foot", re.compile(r"\b(?:on foot|pedestrians?|walk\w*)\b", re.I)),
                 ("bus", re.compile(r"\b(?:bus(?:es)?|coach(?:es)?)\b", re.I)))
_SNAPSHOTS = {"queue_vehicles", "queue_length_km", "wait_hours"}
_OFFICIAL = keywords(
    r"ministry|ministries|minister|government|border (?:guards?|police|service|agency)|police|authorit\w*"
    r"|officials?|agency|committee|service|department|commission\w*|interior|FSB|president|governor|embassy|statistic\w*"
    r"|customs|UN|UNHCR|IOM|OCHA|authorities|administration|office|secretariat"
)
SCENARIO_COLUMNS = [
    "id", "quantity", "value", "value_low", "value_high", "unit", "place", "period_start", "period_end", "source",
    "measure", "labels", "aggregate", "use", "definition", "reliability",
]


def aggregate(quantity: str, single_day: bool, per_day: bool) -> str:
    """How a run is reduced over the figure's window: a count per day is a daily mean, a count a
    sum; a queue, a wait or a fare on one day is that day's value, over a window its mean (a fare:
    the dearest)."""
    if quantity in _SNAPSHOTS:
        return "last" if single_day else "mean"
    if quantity == "flights_price_usd":
        return "last" if single_day else "max"
    return "mean" if per_day else "sum"


def reliability(reported_by: str, quote: str, flags: str) -> str:
    """primary for an official count (a ministry, border guard, police, UN agency), repost for a copy of
    another report, else secondary (media, witnesses, estimates)."""
    if "copy-of:" in flags:
        return "repost"
    if _OFFICIAL.search(reported_by or "") or not reported_by and _OFFICIAL.search(quote):
        return "primary"
    return "secondary"


def definition(row: dict[str, str], per_day: bool) -> str:
    """One line saying what was counted, where and when, and where it was read."""
    what = row["quantity"].replace("_", " ") + (" per day" if per_day else "")
    window = row["period_end"] if row["period_start"] == row["period_end"] else f"{row['period_start'] or '...'} to {row['period_end']}"
    place = f" {row['place']}" if row["place"] else ""
    return f"{what}{place}, {window} (extracted from {row['source'].rsplit('/', 1)[-1]})"


class ScenarioMeasures:
    """Which result of a scenario's modules computes a figure, and for which labels."""

    def __init__(self, scenario):
        from exodus.engine.sim import Sim

        sim = Sim(scenario).init()
        self.first, self.last = scenario.start, scenario.dates[-1].date()
        self.axes = {
            (module.name, result): [str(label) for label in module.result_axes[result]]
            for module in sim.modules
            for result in module.results
        }

    def measure(self, quantity: str, place: str, quote: str) -> tuple[str, str] | None:
        """(module:result, labels) computing `quantity` at `place`, or None if no module does."""
        names = RESULTS.get(quantity, ())
        if quantity == "wait_hours":
            mode = next((mode for mode, cue in _WAIT_BY_MODE if cue.search(quote)), None)
            names = (f"wait_hours_{mode}",) + names if mode else names
        wanted = place.replace(" - ", "-")
        for name in names:
            for (module, result), axis in self.axes.items():
                if result != name:
                    continue
                if quantity == "departures_total" and place and not any(wanted == label for label in axis):
                    return f"{module}:{result}", ""  # a country's total: every origin in it
                label = _label(wanted, axis)
                if label is not None:
                    return f"{module}:{result}", label
        return None

    def within_run(self, start: str, end: str) -> bool:
        return bool(start) and str(self.first) <= start <= end <= str(self.last)


def _label(place: str, axis: list[str]) -> str | None:
    """The axis label naming `place`: the same name, or a crossing named by both its sides
    ("Torfyanovka-Vaalimaa" for Vaalimaa)."""
    if not place:
        return None
    if place in axis:
        return place
    parts = [label for label in axis if place in re.split(r"\s*-\s*", label)]
    return parts[0] if len(parts) == 1 else None
