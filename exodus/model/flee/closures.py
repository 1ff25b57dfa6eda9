"""Dated closures of borders, places, links and camps (closures.csv)."""

from __future__ import annotations

import numpy as np

from exodus.engine.module import Module
from exodus.model.flee.places import place_state


class FleeClosures(Module):
    """Apply each closure on its start day and lift it on its end day.

    A link is open while no closure covers it: overlapping closures are counted, so
    lifting one does not reopen a link another still closes. A closed camp becomes an
    ordinary town until its closure ends.
    """

    kind = "flee.closures"

    def init(self, sim):
        super().init(sim)
        net = sim.network
        self.state = place_state(sim)
        net.link_state.setdefault("closures", np.zeros(net.n_links, dtype=np.int32))
        self.events: dict[int, list[tuple[int, str, np.ndarray]]] = {}
        countries = {c: i for i, c in enumerate(net.countries)}
        for row in sim.scenario.tables["closures"].itertuples(index=False):
            if row.type == "remove_forced_redirection":
                continue  # switches a flag no 3.1 movement rule reads
            if row.type == "country":
                a, b = countries[row.name1], countries[row.name2]
                cs, cd = net.country[net.src], net.country[net.dst]
                target = np.flatnonzero(((cs == a) & (cd == b)) | ((cs == b) & (cd == a)))
                kind = "links"
            elif row.type == "location":
                p = net.index[row.name1]
                target = np.flatnonzero((net.src == p) | (net.dst == p))
                kind = "links"
            elif row.type == "link":
                target = net.links_between(net.index[row.name1], net.index[row.name2])
                kind = "links"
            else:
                target = np.array([net.index[row.name1]])
                kind = "camp"
            self.events.setdefault(int(row.start), []).append((+1, kind, target))
            self.events.setdefault(int(row.end), []).append((-1, kind, target))
        self.closed, self.closed_now = self.define_result("closed_links"), 0

    def step(self, sim):
        closures = sim.network.link_state["closures"]
        for sign, kind, target in self.events.get(sim.t, ()):
            if kind == "links":
                # Lifting a closure that never took effect is a no-op, as in Flee.
                closures[target] = np.maximum(closures[target] + sign, 0)
            else:
                self.state["camp"][target] = sign < 0

    def update_results(self, sim):
        t = sim.t
        if t == 0 or t in self.events:
            self.closed_now = int(np.count_nonzero(sim.network.link_state["closures"] > 0))
        self.closed[t] = self.closed_now
