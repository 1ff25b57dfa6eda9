"""Conflict zones start and end by the daily intensities of conflicts.csv."""

from __future__ import annotations

import numpy as np

from exodus.engine.module import Module
from exodus.model.flee.places import place_state


class FleeConflicts(Module):
    """A zone starts when its intensity turns positive and ends when it drops from exactly 1.

    While it lasts, its intensity stays at the value it started with (Flee 3.1's rule).
    """

    kind = "flee.conflicts"

    def init(self, sim):
        super().init(sim)
        self.state = place_state(sim)
        self.series = np.asarray(sim.scenario.tables["conflicts"])
        # Conflicts start and end only on days whose row differs from the day before's: the
        # others cost the daily loop nothing.
        changes = np.ones(len(self.series), dtype=np.bool_)
        changes[1:] = np.any(self.series[1:] != self.series[:-1], axis=1)
        self.changes = changes.tolist()  # read once a day: a list item costs less than a NumPy one
        self.zones, self.active = self.define_result("conflict_zones"), 0

    def step(self, sim):
        t = sim.t
        if not self.changes[t]:
            return
        today = self.series[t]
        on = today > 1e-6
        if t == 0:
            starts = on
            ends = np.zeros_like(on)
        else:
            yesterday = self.series[t - 1]
            starts = on & (yesterday < 1e-6)
            ends = (today < 1e-6) & (yesterday == 1.0)
        st = self.state
        st["conflict"][starts] = today[starts]
        st["time_of_conflict"][starts] = t
        st["conflict"][ends & (st["conflict"] > 0)] = -1.0

    def update_results(self, sim):
        if self.changes[sim.t]:
            self.active = int(np.count_nonzero(self.state["conflict"] > 0))
        self.zones[sim.t] = self.active
