"""What the dashboard runs: a fixed catalogue of scenarios, their policy levers, and a worker.

Requests name a scenario from the catalogue and give values for its levers; nothing in a
request is a path or code. Runs go through one background worker thread (the compiled
kernels use every core already), each under its own id, with progress to poll.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import traceback
import typing
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from annotated_types import Ge, Gt, Le, Lt

from exodus.errors import InputError

LEVER_TYPES = {float: "number", int: "integer", bool: "boolean", dt.date: "date"}
KEPT_RUNS = 200


@dataclass
class Lever:
    """One parameter a user may change: `module.name`, its type, scenario value and bounds."""

    key: str
    module: str
    name: str
    type: str
    default: object
    description: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: list[dict] | None = None  # ids a list or mapping parameter ranges over


def _bounds(info) -> dict:
    bounds = {"minimum": None, "maximum": None}
    for meta in info.metadata:
        if isinstance(meta, (Ge, Gt)):
            bounds["minimum"] = getattr(meta, "ge", getattr(meta, "gt", None))
        elif isinstance(meta, (Le, Lt)):
            bounds["maximum"] = getattr(meta, "le", getattr(meta, "lt", None))
    return bounds


def _choices(scenario, kind: str, current) -> list[dict]:
    """What a list or mapping parameter of module ``kind`` ranges over: the rows of the
    scenario's table named after the module ('russia.crossings' -> 'crossings'), by id or
    name, plus any key its value already has."""
    table = scenario.tables.get(kind.rsplit(".", 1)[-1])
    choices: dict[str, str] = {}
    if isinstance(table, pd.DataFrame):
        key = "id" if "id" in table else "name" if "name" in table else None
        if key is not None:
            for row in table.itertuples(index=False):
                ident = str(getattr(row, key))
                label = f"{ident} {row.name}" if key == "id" and "name" in table else ident
                choices.setdefault(ident, label)
    for ident in current or ():
        choices.setdefault(str(ident), str(ident))
    return [{"key": k, "label": v} for k, v in choices.items()]


def _lever_type(annotation) -> str | None:
    """number/integer/boolean/date for scalars; switches for a list of ids; factors or dates
    for a mapping of ids to numbers or dates."""
    if annotation in LEVER_TYPES:
        return LEVER_TYPES[annotation]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list and args == (str,):
        return "switches"
    if origin is dict and len(args) == 2 and args[0] is str:
        return {float: "factors", int: "factors", dt.date: "dates"}.get(args[1])
    return None


def levers_of(scenario) -> list[Lever]:
    """The parameters of the scenario's modules a user may set, at the scenario's values.

    A scenario may name the levers it offers in ``tables['levers']`` (keys 'module.name');
    otherwise every number, whole number, yes/no and date parameter is one, and so is a list
    of ids or a mapping of ids to numbers or dates whose ids come from a scenario table.
    """
    from exodus.engine.module import validate_pars
    from exodus.model.registry import module_classes

    classes = module_classes()
    offered = scenario.tables.get("levers")
    offered = None if offered is None else [str(k) for k in offered]
    levers = []
    for kind, pars in scenario.modules:
        model = classes[kind].Pars
        values = validate_pars(model, dict(pars), f"module '{kind}'").model_dump(mode="json")
        for name, info in model.model_fields.items():
            lever_type = _lever_type(info.annotation)
            key = f"{kind}.{name}"
            if lever_type is None or (offered is not None and key not in offered):
                continue
            choices = None
            if lever_type in ("switches", "factors", "dates"):
                choices = _choices(scenario, kind, values[name])
                if not choices:
                    continue
            levers.append(Lever(key=key, module=kind, name=name, type=lever_type, default=values[name],
                                description=info.description or "", choices=choices, **_bounds(info)))
    return levers


def module_overrides(overrides: dict) -> dict[str, dict]:
    """{'module.kind.name': value} -> {'module.kind': {'name': value}}, so mapping values stay values."""
    out: dict[str, dict] = {}
    for key, value in overrides.items():
        module, name = key.rsplit(".", 1)
        out.setdefault(module, {})[name] = value
    return out


class Catalogue:
    """Scenarios the server offers, by name, each loaded once."""

    def __init__(self, refs: dict[str, str]):
        self.refs = dict(refs)
        self._scenarios: dict[str, object] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_refs(cls, refs: list[str]) -> Catalogue:
        """Name each scenario by its folder name; a name given twice is an error."""
        from exodus.io import SCENARIOS_DIR

        if not refs:
            refs = sorted(str(p) for p in SCENARIOS_DIR.iterdir() if (p / "scenario.yaml").is_file()) \
                if SCENARIOS_DIR.is_dir() else []
        named: dict[str, str] = {}
        for ref in refs:
            path = Path(ref)
            if not path.is_dir() and not (SCENARIOS_DIR / ref).is_dir():
                raise InputError(ref, "not a scenario folder or a name in scenarios/", field="--scenario")
            name = path.resolve().name if path.is_dir() else ref
            if name in named:
                raise InputError(ref, f"two scenarios named {name!r} in the list", field="--scenario")
            named[name] = ref
        return cls(named)

    @property
    def names(self) -> list[str]:
        return list(self.refs)

    def scenario(self, name: str):
        from exodus.io import load_scenario

        with self._lock:
            if name not in self._scenarios:
                self._scenarios[name] = load_scenario(self.refs[name])
            return self._scenarios[name]


@dataclass
class RunState:
    """A run as the browser sees it."""

    id: str
    scenario: str
    overrides: dict
    seed: int
    status: str = "queued"
    progress: float = 0.0
    error: str | None = None
    figure: dict | None = None
    summary: dict = field(default_factory=dict)
    totals: dict = field(default_factory=dict)


class Worker:
    """Runs one simulation at a time in a background thread; keeps the last runs and the baselines."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exodus-run")
        self.runs: OrderedDict[str, RunState] = OrderedDict()
        self.baselines: dict[tuple[str, int], tuple[pd.DataFrame, dict, bool]] = {}
        self.lock = threading.Lock()

    def submit(self, scenario: str, overrides: dict, seed: int) -> RunState:
        state = RunState(id=uuid.uuid4().hex, scenario=scenario, overrides=dict(overrides), seed=seed)
        with self.lock:
            self.runs[state.id] = state
            while len(self.runs) > KEPT_RUNS:
                self.runs.popitem(last=False)
        self.pool.submit(self._run, state)
        return state

    def get(self, run_id: str) -> RunState | None:
        with self.lock:
            return self.runs.get(run_id)

    def _simulate(self, scenario, overrides: dict, seed: int, state: RunState, phase: int, phases: int):
        """Run once; returns (arrivals per destination and day, summary, whether arrivals are daily)."""
        from exodus.engine.sim import Sim
        from exodus.report.outputs import summarize
        from exodus.report.views import arrival_result, arrivals

        def progress(t: int, days: int) -> None:
            state.progress = (phase + t / days) / phases

        sim = Sim(scenario, pars=module_overrides(overrides), seed=seed)
        sim.run(progress=progress)
        daily = sim.to_df()
        return arrivals(scenario, daily), summarize(sim), arrival_result(daily) is not None

    def _run(self, state: RunState) -> None:
        from exodus.report.figures import comparison_figure

        state.status = "running"
        try:
            scenario = self.catalogue.scenario(state.scenario)
            key = (state.scenario, state.seed)
            phases = (key not in self.baselines) + bool(state.overrides)
            if key not in self.baselines:
                self.baselines[key] = self._simulate(scenario, {}, state.seed, state, 0, phases)
            baseline, summary, per_day = self.baselines[key]
            changed = None
            if state.overrides:
                changed, summary, _ = self._simulate(scenario, state.overrides, state.seed, state, phases - 1, phases)
            title = f"{scenario.name}: " + (", ".join(f"{k} = {v}" for k, v in state.overrides.items())
                                            or "baseline")
            state.figure = json.loads(comparison_figure(baseline, changed, title, per_day).to_json())

            def total(frame):  # arrivals over the run, or people at destinations on the last day
                return float(frame.to_numpy().sum() if per_day else frame.iloc[-1].sum())

            state.totals = {"baseline": total(baseline), "changed": None if changed is None else total(changed),
                            "what": "arrivals over the run" if per_day else "at destinations on the last day"}
            state.summary = {k: v for k, v in summary.items() if isinstance(v, (int, float, str))}
            state.progress = 1.0
            state.status = "done"
        except InputError as exc:
            state.error, state.status = str(exc), "failed"
        except Exception as exc:  # shown to the user as the run's error, not a blank page
            state.error = f"{type(exc).__name__}: {exc}"
            state.status = "failed"
            traceback.print_exc()

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
