"""The Sim: a scenario, its modules and people, advanced by an explicit daily loop."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import numpy as np
import pandas as pd

from exodus.engine.module import Module
from exodus.engine.network import Network
from exodus.engine.people import People
from exodus.engine.random import Streams
from exodus.engine.scenario import Scenario
from exodus.errors import ParameterError


def split_overrides(pars: dict | None, module_names: set[str]) -> dict[str, dict]:
    """Accept {'module': {'key': v}} or {'module.key': v}; return per-module dicts.

    Module names contain dots ('flee.movement'), so a key is a module's name only if the
    scenario has a module of that name; otherwise its last dotted part is the parameter,
    and a dict value is that parameter's value (parameters can be mappings).
    """
    out: dict[str, dict] = {}
    for key, value in (pars or {}).items():
        if key in module_names:
            if not isinstance(value, dict):
                raise ParameterError(None, "expected a mapping of this module's parameters", field=key)
            out.setdefault(key, {}).update(value)
        elif "." in key:
            module, par = key.rsplit(".", 1)
            out.setdefault(module, {})[par] = value
        else:
            raise ParameterError(None, "expected 'module.parameter' (or a dict per module)", field=key)
    return out


class Sim:
    """Run a scenario: ``exodus.Sim(scenario, seed=1).run()``, then ``sim.results`` / ``sim.to_df()``.

    pars: overrides of module parameters, as {'module': {'key': value}} or {'module.key': value}.
    seed: the root of every module's named random stream.
    """

    def __init__(self, scenario: Scenario, pars: dict | None = None, seed: int = 0,
                 modules: list[Module] | None = None):
        from exodus.model.registry import build_modules

        self.scenario = scenario
        self.seed = int(seed)
        self.overrides = split_overrides(pars, {kind for kind, _ in scenario.modules})
        self.modules: list[Module] = modules if modules is not None else build_modules(scenario, self.overrides)
        self.days = scenario.days
        self.dates = scenario.dates
        self.t = 0
        self.initialized = False
        self.complete = False
        self.wall_seconds = 0.0
        self.agent_steps = 0

    def __getitem__(self, name: str) -> Module:
        for m in self.modules:
            if m.name == name:
                return m
        raise KeyError(name)

    def init(self) -> Sim:
        self.streams = Streams(self.seed)
        self.network = Network(self.scenario.places, self.scenario.links)
        self.people = People(self.scenario.capacity_hint)
        for m in self.modules:
            m.init(self)
        self.initialized = True
        return self

    def step(self) -> None:
        """Advance one day: every module steps in order, then every module records."""
        for m in self.modules:
            m.step(self)
        for m in self.modules:
            m.update_results(self)
        self.agent_steps += self.people.count
        self.t += 1

    def run(self, progress: Callable[[int, int], None] | None = None) -> Sim:
        if not self.initialized:
            self.init()
        # The loop makes short-lived arrays every day, and each collection the cyclic garbage
        # collector runs on their account would scan every object the process holds (a whole
        # command line's libraries: about 0.3 ms a day); objects from before the run are set
        # aside for its length.
        gc.freeze()
        try:
            start = time.perf_counter()
            while self.t < self.days:
                self.step()
                if progress is not None:
                    progress(self.t, self.days)
            for m in self.modules:
                m.finalize(self)
            self.wall_seconds += time.perf_counter() - start
        finally:
            gc.unfreeze()
        self.complete = True
        return self

    @property
    def results(self) -> dict[str, dict[str, np.ndarray]]:
        """Results by module, each a days x labels array."""
        return {m.name: m.results for m in self.modules if m.results}

    def to_df(self) -> pd.DataFrame:
        """All results as one tidy table: date, day, module, result, label, value."""
        frames = []
        days = np.arange(self.days)
        for m in self.modules:
            for name, arr in m.results.items():
                labels = m.result_axes[name] or ("",)
                block = arr.reshape(self.days, -1)
                frames.append(pd.DataFrame({
                    "date": np.repeat(self.dates.values, len(labels)),
                    "day": np.repeat(days, len(labels)),
                    "module": m.name,
                    "result": name,
                    "label": np.tile(np.array(labels, dtype=object), self.days),
                    "value": block.ravel().astype(float),
                }))
        if not frames:
            return pd.DataFrame(columns=["date", "day", "module", "result", "label", "value"])
        return pd.concat(frames, ignore_index=True)

    def plot(self, result: str | None = None):
        """A Plotly figure of one module result over time (all labels), or of the first result."""
        import plotly.graph_objects as go

        df = self.to_df()
        if result is None:
            result = df["result"].iloc[0]
        sub = df[df["result"] == result]
        fig = go.Figure()
        for label, g in sub.groupby("label", sort=False):
            fig.add_trace(go.Scatter(x=g["date"], y=g["value"], name=str(label) or result, mode="lines"))
        fig.update_layout(title=f"{self.scenario.name}: {result}", xaxis_title="date", yaxis_title=result)
        return fig
