"""Dated policies (policies.csv): the rules in force each day, written into the shared World."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.errors import ParameterError
from exodus.model.russia.world import MODES, world


class PoliciesPars(Pars):
    off: list[str] = Field(default_factory=list,
                           description="policy names or ids to leave out (what-ifs: finland_tourist_ban, draft_points)")
    start: dict[str, dt.date] = Field(default_factory=dict,
                                      description="move a policy's start date, by name or id (what-ifs)")
    value: dict[str, float] = Field(default_factory=dict,
                                    description="change a policy's value, by name or id (P02: the call-up target)")


class Policies(Module):
    """Each policy row holds from its start date to the day before its end date.

    Actions: decree (mobilisation and call-up target), mode_ban (a mode refused at a
    crossing, except for cars registered in ``exempt``), capacity_factor, draft_point,
    entry_ban (a visa category refused by a country), fear (multiplies the leaving hazard
    of everyone, or of visa holders), return_men (daily chance that a country sends a
    Russian man back), stay_factor (multiplies onward and return hazards in a country).
    """

    kind = "russia.policies"
    Pars = PoliciesPars

    def init(self, sim):
        super().init(sim)
        w = world(sim)
        table = sim.scenario.tables["policies"]
        known = set(table["id"]) | set(table["name"])
        for field in ("off", "start", "value"):
            for item in getattr(self.pars, field):
                if item not in known:
                    raise ParameterError(f"module '{self.name}'", f"no policy named or numbered {item!r} "
                                         f"(names: {', '.join(sorted(set(table['name'])))})", field=field)
        keep = ~(table["id"].isin(self.pars.off) | table["name"].isin(self.pars.off))
        self.rows = table[keep].reset_index(drop=True).copy()
        for item, date in self.pars.start.items():
            self.rows.loc[(self.rows["id"] == item) | (self.rows["name"] == item), "start"] = pd.Timestamp(date)
        for item, value in self.pars.value.items():
            self.rows.loc[(self.rows["id"] == item) | (self.rows["name"] == item), "value"] = float(value)
        start = sim.dates[0]
        self.first = ((self.rows["start"] - start).dt.days).to_numpy(int)
        end = (self.rows["end"] - start).dt.days
        self.last = end.fillna(10**6).to_numpy(int)
        self.ids = table["id"].tolist()
        self.in_force = np.zeros(len(table), dtype=bool)
        self.row_of = {pid: table.index[table["id"] == pid][0] for pid in self.rows["id"]}
        self.define_result("in_force", self.ids)
        self.world = w

    def step(self, sim):
        w, t = self.world, sim.t
        w.mode_banned[:] = w.no_booths
        w.ban_exempt[:] = -1
        w.capacity_factor[:] = 1.0
        w.draft_point[:] = False
        w.tourist_ban[:] = False
        w.fear_all = w.fear_visa = 1.0
        w.return_men[:] = 0.0
        w.stay_factor[:] = 1.0
        w.mode_banned[(t < w.open_day) | (t >= w.close_day), :] = True
        self.in_force[:] = False
        for k, row in enumerate(self.rows.itertuples(index=False)):
            if row.action == "decree" and self.first[k] <= t and w.decree_day < 0:
                w.decree_day, w.callup_target = max(self.first[k], 0), float(row.value)
            if not (self.first[k] <= t < self.last[k]):
                continue
            self.in_force[self.row_of[row.id]] = True
            self.apply(w, row)
        w.open_lanes(t)

    @staticmethod
    def apply(w, row) -> None:
        if row.action == "mode_ban":
            c, m = w.crossing_index[row.target], MODES.index(row.detail)
            w.mode_banned[c, m] = True
            if row.exempt:
                w.ban_exempt[c, m] = w.place_index[row.exempt]
        elif row.action == "capacity_factor":
            c = w.crossing_index[row.target]
            modes = [MODES.index(row.detail)] if row.detail else slice(None)
            w.capacity_factor[c, modes] *= row.value
        elif row.action == "draft_point":
            w.draft_point[w.crossing_index[row.target]] = True
        elif row.action == "entry_ban":
            w.tourist_ban[w.country_index[row.target]] = True
        elif row.action == "fear":
            if row.detail == "visa":
                w.fear_visa *= row.value
            else:
                w.fear_all *= row.value
        elif row.action == "return_men":
            w.return_men[w.country_index[row.target]] = row.value
        elif row.action == "stay_factor":
            w.stay_factor[w.country_index[row.target]] *= row.value

    def update_results(self, sim):
        self.results["in_force"][sim.t] = self.in_force
