"""After arrival: who stays, who moves on to a third country, who goes home; counts per country."""

from __future__ import annotations

import numba as nb
import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.engine.random import uniform
from exodus.engine.named import NamedValues, by_name
from exodus.model.russia.world import ABROAD, BACK, BUS, CAR, EXPOSED, HOME, INBOUND, draws, world


class DestinationsPars(Pars):
    return_rate: float = Field(0.01, ge=0, le=1, description="daily chance an emigrant goes back to Russia")
    onward_rate: NamedValues = Field(default_factory=dict, description="daily chance of moving on, by country")
    housing: NamedValues = Field(default_factory=dict, description="emigrants a country can house, by country")
    crowding: float = Field(2.0, ge=0, description="onward chance multiplier per unit of over-occupancy")


@nb.njit(cache=True)
def after_arrival(idx, key, day, kind, country, entered, leave_day, p_return, p_onward, p_sent_back, choice):
    """0 stay, 1 go home, 2 move on, 3 sent back to Russia (men only)."""
    for j in range(len(idx)):
        i = idx[j]
        if kind[i] != EXPOSED:
            choice[j] = 1 if leave_day[i] <= day else 0
            continue
        if entered[i] >= day:
            choice[j] = 0
            continue
        k = country[i]
        u = uniform(key, i, day, 0)
        if u < p_sent_back[k]:
            choice[j] = 3
        elif u < p_sent_back[k] + p_return[k]:
            choice[j] = 1
        elif u < p_sent_back[k] + p_return[k] + p_onward[k]:
            choice[j] = 2
        else:
            choice[j] = 0


class Destinations(Module):
    """Ordinary travellers go home on their day. Emigrants go home, or move on along the
    onward table (Georgia to Armenia and Turkey, Kazakhstan to Kyrgyzstan and Uzbekistan),
    more often where housing is full. Dated policies send men back (Belarus) or make staying
    easier (Mongolia's permits). Those going home from the country they drove or walked
    into go back the way they came: they queue at that crossing into Russia (by car if they
    came by car, else by bus or taxi), and russia.crossings counts their exit when they are
    through; the others fly, and leave today. Writes entries, exits and people present per
    country, and must run last: it closes the day's counters.
    """

    kind = "russia.destinations"
    Pars = DestinationsPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        p = self.pars
        self.onward = by_name(self, "onward_rate", p.onward_rate, w.countries, 0.0, "country")
        self.housing = by_name(self, "housing", p.housing, w.countries, np.inf, "country")
        table = sim.scenario.tables["onward"]
        self.onward_to: list[tuple[np.ndarray, np.ndarray]] = []
        for c in w.countries:
            rows = table[table["from_country"] == c]
            places = np.array([w.place_index[x] for x in rows["to_place"]], dtype=np.int64)
            share = rows["share"].to_numpy(float)
            self.onward_to.append((places, np.cumsum(share) / share.sum() if len(share) else share))
        self.onward[[len(places) == 0 for places, _ in self.onward_to]] = 0.0
        for r in ("entries", "exits", "present", "returns", "onward", "sent_back"):
            self.define_result(r, w.countries)
        self.moves = {r: np.zeros(w.n_countries) for r in ("returns", "onward", "sent_back")}

    def present(self, sim, men_only=False) -> np.ndarray:
        people, w = sim.people, self.world
        n = people.count
        mask = (people.state[:n] == ABROAD) | (people.state[:n] == INBOUND)  # the queue out is still in the country
        if men_only:
            mask &= people.kind[:n] == EXPOSED
        abroad = np.flatnonzero(mask)
        return np.bincount(people.country[abroad], weights=w.person_weight(people, abroad), minlength=w.n_countries)

    def step(self, sim):
        w, p, people, t = self.world, self.pars, sim.people, sim.t
        n = people.count
        idx = np.flatnonzero(people.state[:n] == ABROAD).astype(np.int64)
        crowd = np.maximum(self.present(sim, men_only=True) / self.housing - 1.0, 0.0)
        p_onward = self.onward * w.stay_factor * (1.0 + p.crowding * crowd)
        p_return = np.full(w.n_countries, p.return_rate) * w.stay_factor
        choice = np.zeros(len(idx), dtype=np.int8)
        after_arrival(idx, self.stream.key, t, people.kind, people.country, people.entered, people.leave_day,
                      p_return, p_onward, w.return_men, choice)
        for code, name in ((1, "returns"), (2, "onward"), (3, "sent_back")):
            who = idx[choice == code]
            self.moves[name] = np.bincount(people.country[who], weights=w.person_weight(people, who),
                                           minlength=w.n_countries)
            if code == 1:
                who = self.by_road(sim, who, t)
            w.leave(sim, who)
            if code == 1:
                people.state[who] = BACK
            elif code == 3:
                people.state[who] = HOME
                people.country[who] = -1
            else:
                self.move_on(sim, who, t)

    def by_road(self, sim, who, t):
        """Those going home through the crossing they came by join its queue into Russia; returns the rest."""
        w, people = self.world, sim.people
        c = people.crossing[who]
        road = (c >= 0) & (w.crossing_country[np.maximum(c, 0)] == people.country[who])
        queue = who[road]
        people.state[queue] = INBOUND
        people.mode[queue] = np.where(people.mode[queue] == CAR, CAR, BUS)
        people.qkey[queue] = t + draws(self.stream.key, queue, t, 2)
        return who[~road]

    def move_on(self, sim, who, t):
        w, people = self.world, sim.people
        places = np.empty(len(who), dtype=np.int64)
        u = draws(self.stream.key, who, t, 1)
        country = people.country[who]
        for k in np.unique(country):
            targets, cum = self.onward_to[k]
            here = country == k
            places[here] = targets[np.searchsorted(cum, u[here], side="right")]
        w.arrive(sim, who, places, t)

    def update_results(self, sim):
        w, t, r = self.world, sim.t, self.results
        r["entries"][t] = w.entries
        r["exits"][t] = w.exits
        r["present"][t] = self.present(sim)
        for name, values in self.moves.items():
            r[name][t] = values
        w.entries[:] = 0.0
        w.exits[:] = 0.0
        w.departures[:] = 0.0
        w.departures_men[:] = 0.0
