"""Mobilisation: who is exposed to the call-up, and summonses served after the decree."""

from __future__ import annotations

import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.model.russia.world import HOME, MOBILISED, OTHER_VISA, TOURIST_VISA, draws, world


class MobilisationPars(Pars):
    people_per_agent: float = Field(25.0, gt=0, description="men each exposed agent stands for")
    national_men: float = Field(33e6, gt=0, description="men of fighting age in all Russia (the call-up's base)")
    reservist_share: float = Field(0.5, ge=0, le=1, description="share of exposed men with past service")
    callup_days: float = Field(35.0, gt=0, description="days over which the call-up target is served")
    comply_share: float = Field(0.8, ge=0, le=1, description="share of summoned men who report")
    report_days: float = Field(3.0, gt=0, description="mean days from summons to reporting")
    family_share: float = Field(0.1, ge=0, le=1, description="share of men who leave with their family")
    family_size: float = Field(2.0, ge=0, description="companions of a man leaving with his family")
    cyclist_share: float = Field(0.4, ge=0, le=1, description="share who would cross by bicycle or on foot")
    other_visa_share: float = Field(0.3, ge=0, le=1, description="share of Schengen visas that are not tourist visas")
    wealth_sigma: float = Field(0.8, gt=0, description="spread (log sd) of means within an origin")


class Mobilisation(Module):
    """Creates the exposed men as weighted agents, then serves the call-up target over time.

    The modelled origins hold part of the country's men, so they get that part of the target.
    Summonses go to reservists only, in a random order drawn once; men who have left are
    out of reach and skipped, so each day costs as much as the summonses it serves.
    """

    kind = "russia.mobilisation"
    Pars = MobilisationPars

    def init(self, sim):
        super().init(sim)
        p = self.pars
        w = world(sim)
        w.scale = p.people_per_agent
        rng = self.stream.rng
        counts = np.maximum(np.round(w.exposed_men / p.people_per_agent), 0).astype(np.int64)
        start, stop = sim.people.add(int(counts.sum()))
        people, n = sim.people, stop - start
        sl = slice(start, stop)
        slot = np.repeat(np.arange(len(counts)), counts)
        people.origin[sl] = w.origins[slot]
        people.reservist[sl] = rng.random(n) < p.reservist_share
        people.car[sl] = rng.random(n) < w.car_share[slot]
        has_visa = rng.random(n) < w.visa_share[slot]
        other = rng.random(n) < p.other_visa_share
        people.visa[sl] = np.where(has_visa, np.where(other, OTHER_VISA, TOURIST_VISA), 0)
        people.wealth[sl] = w.wealth[slot] * rng.lognormal(-0.5 * p.wealth_sigma**2, p.wealth_sigma, n)
        people.cyclist[sl] = rng.random(n) < p.cyclist_share
        people.party[sl] = np.where(rng.random(n) < p.family_share, 1.0 + p.family_size, 1.0)
        self.n_exposed = n
        self.covered = w.exposed_men.sum() / p.national_men
        self.order = start + rng.permutation(np.flatnonzero(people.reservist[sl]))
        self.next = 0
        self.owed = 0.0
        self.served_today = 0.0
        self.define_result("summonses")
        self.define_result("mobilised")
        self.world = w

    def step(self, sim):
        w, p, t = self.world, self.pars, sim.t
        self.served_today = 0.0
        if w.decree_day >= 0 and w.decree_day <= t < w.decree_day + p.callup_days:
            # The modelled share of the national target, evenly over the call-up days.
            self.owed += w.callup_target * self.covered / p.people_per_agent / p.callup_days
            served = self.serve(sim, int(self.owed), t)
            self.owed -= len(served)
            self.served_today = len(served) * p.people_per_agent
        self.report(sim, t)

    def serve(self, sim, count, t):
        """The next ``count`` reservists in the order who are still at home get a summons."""
        people, p = sim.people, self.pars
        served = []
        while count > 0 and self.next < len(self.order):
            chunk = self.order[self.next:self.next + 2 * count]
            free = np.flatnonzero((people.state[chunk] == HOME) & ~people.summoned[chunk])[:count]
            served.append(chunk[free])
            # Resume after the last man served (or after the chunk when it ran short).
            self.next += int(free[-1]) + 1 if len(free) == count else len(chunk)
            count -= len(free)
        served = np.concatenate(served) if served else np.zeros(0, dtype=np.int64)
        people.summoned[served] = True
        comply = draws(self.stream.key, served, t, 0) < p.comply_share
        wait = np.floor(-np.log1p(-draws(self.stream.key, served, t, 1)) * p.report_days).astype(np.int16)
        people.due[served] = np.where(comply, t + 1 + wait, 32767)
        return served

    @staticmethod
    def report(sim, t):
        """Summoned men still at home on their due day join the army."""
        people = sim.people
        n = people.count
        summoned = np.flatnonzero(people.summoned[:n])
        go = summoned[(people.state[summoned] == HOME) & (people.due[summoned] <= t)]
        people.state[go] = MOBILISED

    def update_results(self, sim):
        t = sim.t
        self.results["summonses"][t] = self.served_today
        n = self.n_exposed
        self.results["mobilised"][t] = np.count_nonzero(sim.people.state[:n] == MOBILISED) * self.pars.people_per_agent
