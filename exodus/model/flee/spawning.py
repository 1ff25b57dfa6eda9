"""New displaced people each day, from the observed total (refugees.csv)."""

from __future__ import annotations

import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.model.flee.places import decay_table, place_spawned, place_state, spawn_weights


class SpawningPars(Pars):
    insert_day0: bool = Field(True, description="start each camp with its day-0 observed count")
    take_from_population: bool = Field(False, description="spawned people leave their place's population")
    conflict_spawn_decay: list[float] | None = Field(
        None, description="spawn weight by 30-day period since a conflict started (none: no decay)")


class FleeSpawning(Module):
    """Spawn total(t) - total(t-1) people a day, repaying any earlier decrease first.

    Each one starts at a conflict zone drawn with weight population x intensity x decay;
    the whole day's draw is one multinomial on this module's stream.
    """

    kind = "flee.spawning"
    Pars = SpawningPars

    def init(self, sim):
        super().init(sim)
        self.state = place_state(sim)
        self.total = np.asarray(sim.scenario.tables["total"], dtype=np.int64)
        self.debt = 0
        self.backlog = 0  # people due on a day with no active conflict zone
        self.decay = decay_table(self.pars.conflict_spawn_decay)
        people = sim.people
        people.add_property("location", np.int32, -1)
        names = sim.network.names
        self.define_result("spawned", names)
        self.define_result("debt")
        self.day0_agents = 0
        if self.pars.insert_day0:
            camp_data = sim.scenario.tables["camp_data"]
            for camp in camp_data.columns:
                n = int(camp_data[camp].iloc[0])
                start, stop = people.add(n)
                people.location[start:stop] = sim.network.index[camp]
                self.day0_agents += n
        self.today = None  # the day's spawned people per place (None: nobody)
        self.weights = np.zeros(sim.network.n_places)
        spawn_weights(self.state["conflict"], self.state["population"], self.state["time_of_conflict"],
                      self.decay, 0, self.weights)  # load the compiled kernels now, not in the loop
        place_spawned(people.location, 0, np.zeros(0, dtype=np.int64))
        self.rng = self.stream.rng

    def step(self, sim):
        t = sim.t
        self.today = None
        if t == 0:
            new = 0 if self.pars.insert_day0 else int(self.total[0])
        else:
            new = int(self.total[t] - self.total[t - 1]) - self.debt
        if new < 0:
            self.debt, new = -new, 0
        else:
            self.debt = 0
        new += self.backlog
        self.backlog = 0
        if new == 0:
            return
        st, weights = self.state, self.weights
        spawn_weights(st["conflict"], st["population"], st["time_of_conflict"], self.decay, t, weights)
        total = weights.sum()
        if total <= 0:
            self.backlog = new
            return
        counts = self.rng.multinomial(new, weights / total)
        start, _ = sim.people.add(new)
        place_spawned(sim.people.location, start, counts)
        self.today = counts
        if self.pars.take_from_population:
            st["population"] -= np.minimum(counts, st["population"])

    def update_results(self, sim):
        # The result arrays start at zero: a day with nobody spawned and no debt writes nothing.
        if self.today is not None:
            self.results["spawned"][sim.t] = self.today
        if self.debt:
            self.results["debt"][sim.t] = self.debt
