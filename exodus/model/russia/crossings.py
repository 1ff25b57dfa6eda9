"""Border crossings: a FIFO queue per crossing and mode, daily capacity, exit checks, draft points."""

from __future__ import annotations

import datetime as dt

import numba as nb
import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.engine.random import uniform
from exodus.model.russia.world import (BICYCLE, BUS, CAR, EXPOSED, FOOT, HOME, MODES, NO_VISA, OTHER_VISA, QUEUE,
                                       SCHENGEN, TRAVEL, NamedValues, by_name, draws, world)


class CrossingsPars(Pars):
    car_occupancy: float = Field(2.5, gt=0, description="people per car")
    metres_per_vehicle: float = Field(7.0, gt=0, description="queue length per car and lane")
    capacity_factor: NamedValues = Field(default_factory=dict,
                                              description="multiplier on a crossing's capacity, by crossing (what-ifs)")
    close_from: dict[str, dt.date] = Field(default_factory=dict,
                                           description="close a crossing to everyone from a date (what-ifs)")
    open_from: dict[str, dt.date] = Field(default_factory=dict,
                                          description="keep a crossing shut until a date (what-ifs)")
    surge_factor: float = Field(1.6, ge=1, description="capacity multiplier a congested crossing can reach")
    surge_days: float = Field(4.0, gt=0, description="days of congestion to reach the surge capacity")
    surge_trigger_days: float = Field(0.5, ge=0, description="queue (days of capacity) that starts the surge")
    abandon_days: float = Field(0.5, ge=0, description="days of waiting a driver trades against leaving his car")
    switch_rate: float = Field(0.3, ge=0, le=1, description="daily chance a driver in a slower lane switches")
    exit_check: float = Field(0.5, ge=0, le=1, description="chance the exit check stops a summoned man")
    draft_serve: float = Field(0.05, ge=0, le=1, description="daily chance a man queuing at a draft point is served")
    draft_turn_back: float = Field(0.5, ge=0, le=1, description="share of men served at a draft point who turn back")


@nb.njit(inline="always")
def _lane_waits(c, has_car, can_bus, cyclist, exempt_ok, mode_banned, wait_days, abandon):
    """Expected wait (days) per lane for one traveller; 1e9 where the lane is closed to him."""
    out = np.full(4, 1e9)
    if has_car and (not mode_banned[c, CAR] or exempt_ok):
        out[CAR] = wait_days[c, CAR]
    leave_car = abandon if has_car else 0.0
    if can_bus and not mode_banned[c, BUS]:
        out[BUS] = wait_days[c, BUS]
    if cyclist:
        if not mode_banned[c, BICYCLE]:
            out[BICYCLE] = wait_days[c, BICYCLE] + leave_car
        if not mode_banned[c, FOOT]:
            out[FOOT] = wait_days[c, FOOT] + leave_car
    return out


@nb.njit(inline="always")
def _units(lane, persons, occupancy):
    return persons / occupancy if lane == CAR else persons


@nb.njit(cache=True)
def join_queues(idx, key, day, kind, origin, crossing, mode, car_mode, cyclist, party, mode_banned, ban_exempt,
                wait_days, abandon, state, qkey, scale, occupancy, capacity):
    """Travellers reaching their crossing pick the lane with the shortest expected wait.

    Each one lengthens the lane he joins, so those after him see it (no stampede into
    whichever lane was short yesterday).
    """
    refused = np.zeros(len(idx), dtype=np.bool_)
    for j in range(len(idx)):
        i = idx[j]
        c = crossing[i]
        has_car = mode[i] == car_mode
        exempt_ok = ban_exempt[c, CAR] >= 0 and ban_exempt[c, CAR] == origin[i]
        solo = party[i] <= 1.0 or kind[i] != EXPOSED
        waits = _lane_waits(c, has_car, not has_car, cyclist[i] and solo, exempt_ok, mode_banned, wait_days, abandon)
        if has_car and waits.min() >= 1e9 and not mode_banned[c, BUS]:
            waits[BUS] = wait_days[c, BUS]  # car turned away: on by bus or taxi
        lane = np.argmin(waits)
        if waits[lane] >= 1e9:
            refused[j] = True
            state[i] = HOME
            continue
        mode[i] = lane
        state[i] = QUEUE
        qkey[i] = day + uniform(key, i, day, 0)
        wait_days[c, lane] += _units(lane, scale * party[i], occupancy) / max(capacity[c, lane], 1e-9)
    return refused


@nb.njit(cache=True)
def switch_lanes(idx, key, day, crossing, cyclist, party, kind, mode_banned, wait_days, abandon, switch_rate,
                 mode, qkey, scale, occupancy, capacity):
    """Drivers (alone, willing) leave their car for a much shorter bicycle or foot lane."""
    for j in range(len(idx)):
        i = idx[j]
        if kind[i] != EXPOSED or not cyclist[i] or party[i] > 1.0:
            continue
        c = crossing[i]
        best, lane = wait_days[c, CAR] - abandon, -1
        for m in (BICYCLE, FOOT):
            if not mode_banned[c, m] and wait_days[c, m] < best:
                best, lane = wait_days[c, m], m
        if lane >= 0 and uniform(key, i, day, 1) < switch_rate:
            persons = scale * party[i]
            wait_days[c, CAR] -= _units(CAR, persons, occupancy) / max(capacity[c, CAR], 1e-9)
            wait_days[c, lane] += persons / max(capacity[c, lane], 1e-9)
            mode[i] = lane
            qkey[i] = day + uniform(key, i, day, 2)


@nb.njit(cache=True)
def serve(order, crossing, mode, units, capacity, served):
    """Walk each (crossing, lane) queue in FIFO order and serve while capacity remains."""
    left = capacity.copy()
    for j in range(len(order)):
        i = order[j]
        c, m = crossing[i], mode[i]
        if left[c, m] > 0.0:
            left[c, m] -= units[j]
            served[j] = True
    return left


class Crossings(Module):
    """Both sides of a checkpoint as one queue per mode (car, bus, bicycle, foot).

    Each day: arrivals pick a lane; drivers may leave their cars for a shorter lane;
    draft points serve summonses in the queue; each lane is served first come, first
    served up to its capacity (today's overrun is taken off tomorrow's); Russia's exit
    check stops summoned men; the far side applies its entry rules. A crossing congested
    for days gets more staff: its capacity climbs towards ``surge_factor``.
    """

    kind = "russia.crossings"
    Pars = CrossingsPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        self.user_factor = by_name(self, "capacity_factor", self.pars.capacity_factor, w.crossing_names, 1.0,
                                   "crossing")
        for field, target in (("close_from", w.close_day), ("open_from", w.open_day)):
            days = by_name(self, field, {k: (d - sim.dates[0].date()).days for k, d in getattr(self.pars, field).items()},
                           w.crossing_names, np.nan, "crossing")
            target[~np.isnan(days)] = days[~np.isnan(days)].astype(np.int64)
        self.surge = np.ones(w.n_crossings)
        self.carry = np.zeros((w.n_crossings, len(MODES)))
        self.schengen = np.array([w.countries[k] in SCHENGEN for k in w.crossing_country])
        names = w.crossing_names
        for m in MODES:
            self.define_result(f"arrivals_{m}", names)
            self.define_result(f"wait_hours_{m}", names)
        for r in ("crossed", "queued_vehicles", "queue_km", "queued_people", "turned_back", "summoned_at_border",
                  "capacity_cars"):
            self.define_result(r, names)
        self.reset_today()

    def reset_today(self):
        w = self.world
        self.crossed = np.zeros((w.n_crossings, len(MODES)))
        self.turned_back = np.zeros(w.n_crossings)
        self.summoned = np.zeros(w.n_crossings)

    def units(self, people, idx):
        """Capacity used by each agent: cars in the car lane, people elsewhere."""
        persons = self.world.person_weight(people, idx)
        return np.where(people.mode[idx] == CAR, persons / self.pars.car_occupancy, persons)

    def step(self, sim):
        w, p, people, t = self.world, self.pars, sim.people, sim.t
        key = self.stream.key
        self.reset_today()
        self.nominal = w.base_capacity * w.capacity_factor * (self.user_factor * self.surge)[:, None]
        w.capacity_today = self.nominal + self.carry
        n = people.count
        state = people.state[:n]

        arriving = np.flatnonzero((state == TRAVEL) & (people.crossing[:n] >= 0)
                                  & (people.due[:n] <= t)).astype(np.int64)
        refused = join_queues(arriving, key, t, people.kind, people.origin, people.crossing, people.mode, CAR,
                              people.cyclist, people.party, w.mode_banned, w.ban_exempt, w.wait_days, p.abandon_days,
                              people.state, people.qkey, w.scale, p.car_occupancy, self.nominal)
        self.count_back(people, arriving[refused])

        queued = np.flatnonzero(state == QUEUE).astype(np.int64)
        shut = (t < w.open_day) | (t >= w.close_day)
        if shut.any():  # a crossing shut today sends its whole queue home
            sent = queued[shut[people.crossing[queued]]]
            people.state[sent] = HOME
            self.count_back(people, sent)
            queued = queued[people.state[queued] == QUEUE]
        drivers = queued[people.mode[queued] == CAR]
        switch_lanes(drivers, key, t, people.crossing, people.cyclist, people.party, people.kind, w.mode_banned,
                     w.wait_days, p.abandon_days, p.switch_rate, people.mode, people.qkey, w.scale, p.car_occupancy,
                     self.nominal)
        queued = self.draft_points(sim, queued, key, t)

        order = queued[np.lexsort((people.qkey[queued], people.mode[queued], people.crossing[queued]))]
        served = np.zeros(len(order), dtype=np.bool_)
        left = serve(order, people.crossing, people.mode, self.units(people, order), w.capacity_today, served)
        self.carry = np.minimum(left, 0.0)
        through = order[served]
        through = self.checks(sim, through, key, t)
        c = people.crossing[through].astype(np.int64)
        np.add.at(self.crossed, (c, people.mode[through].astype(np.int64)), w.person_weight(people, through))
        w.arrive(sim, through, w.far_side[c], t)
        self.measure_queues(sim)

    def count_back(self, people, idx):
        np.add.at(self.turned_back, people.crossing[idx].astype(np.int64), self.world.person_weight(people, idx))
        people.crossing[idx] = -1

    def draft_points(self, sim, queued, key, t):
        """Men queuing where a draft point works may be served; some of them turn back."""
        w, p, people = self.world, self.pars, sim.people
        at = queued[w.draft_point[people.crossing[queued]] & (people.kind[queued] == EXPOSED)
                    & ~people.summoned[queued]]
        if len(at) == 0:
            return queued
        u1 = draws(key, at, t, 3)
        u2 = draws(key, at, t, 4)
        hit = at[u1 < p.draft_serve]
        people.summoned[hit] = True
        people.due[hit] = t + 1  # ordered to report
        np.add.at(self.summoned, people.crossing[hit].astype(np.int64), w.person_weight(people, hit))
        back = at[(u1 < p.draft_serve) & (u2 < p.draft_turn_back)]
        people.state[back] = HOME
        self.count_back(people, back)
        return queued[people.state[queued] == QUEUE]

    def checks(self, sim, through, key, t):
        """Russia's exit check on summoned men, then the far side's entry rules."""
        w, p, people = self.world, self.pars, sim.people
        u = draws(key, through, t, 5)
        stopped = people.summoned[through] & (people.kind[through] == EXPOSED) & (u < p.exit_check)
        c = people.crossing[through]
        country = w.crossing_country[c]
        visa = people.visa[through]
        exposed = people.kind[through] == EXPOSED
        refused = exposed & self.schengen[c] & ((visa == NO_VISA) | (w.tourist_ban[country] & (visa != OTHER_VISA)))
        back = through[stopped | refused]
        people.state[back] = HOME
        self.count_back(people, back)
        return through[~(stopped | refused)]

    def measure_queues(self, sim):
        w, people = self.world, sim.people
        n = people.count
        queued = np.flatnonzero(people.state[:n] == QUEUE)
        c = people.crossing[queued].astype(np.int64)
        m = people.mode[queued].astype(np.int64)
        self.queue_units = np.zeros((w.n_crossings, len(MODES)))
        np.add.at(self.queue_units, (c, m), self.units(people, queued))
        with np.errstate(divide="ignore", invalid="ignore"):
            wait = np.where(self.queue_units > 0, self.queue_units / self.nominal, 0.0)
        w.wait_days = np.where(np.isfinite(wait), wait, 1e6)
        congested = w.wait_days.max(axis=1) > self.pars.surge_trigger_days
        step = (self.pars.surge_factor - 1.0) / self.pars.surge_days
        self.surge = np.where(congested, np.minimum(self.surge + step, self.pars.surge_factor), self.surge)

    def update_results(self, sim):
        w, p, t, r = self.world, self.pars, sim.t, self.results
        for k, m in enumerate(MODES):
            r[f"arrivals_{m}"][t] = self.crossed[:, k]
            r[f"wait_hours_{m}"][t] = np.minimum(w.wait_days[:, k], 99.0) * 24.0
        vehicles = self.queue_units[:, CAR]
        r["crossed"][t] = self.crossed.sum(axis=1)
        r["queued_vehicles"][t] = vehicles
        r["queue_km"][t] = vehicles * p.metres_per_vehicle / w.lanes / 1000.0
        r["queued_people"][t] = self.queue_units[:, CAR] * p.car_occupancy + self.queue_units[:, 1:].sum(axis=1)
        r["turned_back"][t] = self.turned_back
        r["summoned_at_border"][t] = self.summoned
        r["capacity_cars"][t] = self.nominal[:, CAR]
