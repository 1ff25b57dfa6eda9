"""Decision to leave: a daily hazard for each exposed man at home.

Man i's hazard is m_i x g(t): m_i from his means and exposure, g(t) the day's fear, the
same for everyone (visa holders get the visa-only policies on top). He leaves on the
first day his cumulative hazard m_i x G(t) passes a threshold E_i ~ Exp(1) drawn once,
which is the same law as a fresh daily draw. Sorting E_i / m_i once makes each day's
deciders one slice of a sorted array: a day costs as much as the men who decide on it,
not as much as the millions who stay.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.model.russia.world import EXPOSED, HOME, NO_VISA, PREP, draws, world


class DecisionPars(Pars):
    base_rate: float = Field(4e-5, ge=0, description="daily chance of leaving before the decree, average man")
    fear_peak: float = Field(0.004, ge=0, description="extra daily chance on the decree day, average man")
    fear_half_life: float = Field(6.0, gt=0, description="days for the decree's shock to halve")
    fear_floor: float = Field(0.15, ge=0, le=1, description="share of the shock that lasts while the call-up runs")
    reservist_factor: float = Field(2.0, ge=0, description="hazard multiplier of reservists")
    summoned_rate: float = Field(0.15, ge=0, le=1, description="daily chance a summoned man who will not report leaves")
    wealth_power: float = Field(0.8, ge=0, description="hazard grows as means to this power")
    car_factor: float = Field(1.3, ge=0, description="hazard multiplier of men with a car")
    visa_factor: float = Field(1.5, ge=0, description="hazard multiplier of Schengen visa holders")
    prep_days: float = Field(1.5, ge=0, description="mean days between deciding and setting off")


class Decision(Module):
    """Hazard = m_i x (base + fear(t)); fear jumps at the decree and decays to a floor.

    Means (money, a car, a Schengen visa) and being a reservist raise m_i, normalised to
    mean 1, so the better-off leave more. Dated ``fear`` policies (rumours of closure, an
    announced ban) multiply fear. Summoned men who will not report leave at their own rate.
    """

    kind = "russia.decision"
    Pars = DecisionPars

    def init(self, sim):
        super().init(sim)
        p = self.pars
        w = self.world = world(sim)
        people = sim.people
        exposed = np.flatnonzero(people.kind[: people.count] == EXPOSED)
        m = people.wealth[exposed].astype(float) ** p.wealth_power
        m *= np.where(people.reservist[exposed], p.reservist_factor, 1.0)
        m *= np.where(people.car[exposed], p.car_factor, 1.0)
        visa = people.visa[exposed] != NO_VISA
        m *= np.where(visa, p.visa_factor, 1.0)
        m /= m.mean() if len(m) else 1.0
        threshold = self.stream.rng.exponential(size=len(exposed)) / np.maximum(m, 1e-12)
        self.groups = []  # (agents sorted by threshold, sorted thresholds, next position), plain then visa
        for members in (~visa, visa):
            order = np.argsort(threshold[members], kind="stable")
            self.groups.append([exposed[members][order], threshold[members][order], 0])
        self.cumulative = np.zeros(2)
        self.define_result("deciders", w.origin_names)
        self.define_result("fear")
        self.today = np.zeros(len(w.origins))
        self.fear_today = 0.0

    def fear(self, t: int) -> float:
        w, p = self.world, self.pars
        if w.decree_day < 0 or t < w.decree_day:
            return 0.0
        decay = 0.5 ** ((t - w.decree_day) / p.fear_half_life)
        return p.fear_peak * (p.fear_floor + (1.0 - p.fear_floor) * decay) * w.fear_all

    def step(self, sim):
        p, w, people, t = self.pars, self.world, sim.people, sim.t
        self.fear_today = self.fear(t)
        g = p.base_rate + self.fear_today
        self.cumulative += (g, g * w.fear_visa)
        due = []
        for k, group in enumerate(self.groups):
            agents, thresholds, pos = group
            end = np.searchsorted(thresholds, self.cumulative[k], side="right")
            due.append(agents[pos:end])
            group[2] = end
        new = np.concatenate(due)
        new = new[(people.state[new] == HOME) & ~people.summoned[new]]
        n = people.count
        refusers = np.flatnonzero(people.summoned[:n] & (people.state[:n] == HOME) & (people.due[:n] == 32767))
        u = draws(self.stream.key, refusers, t, 0)
        new = np.concatenate([new, refusers[u < p.summoned_rate]])
        self.set_off(people, new, t)
        self.today = np.bincount(w.origin_slot[people.origin[new]], weights=w.person_weight(people, new),
                                 minlength=len(w.origins))

    def set_off(self, people, idx, t):
        """Deciders prepare for a geometric number of days, then russia.routes sends them."""
        people.state[idx] = PREP
        if self.pars.prep_days > 0:
            u = draws(self.stream.key, idx, t, 1)
            people.due[idx] = t + np.floor(-np.log1p(-u) * self.pars.prep_days).astype(np.int16)
        else:
            people.due[idx] = t

    def update_results(self, sim):
        self.results["deciders"][sim.t] = self.today
        self.results["fear"][sim.t] = self.fear_today
