"""Border crossings: FIFO queues per crossing, direction and mode, daily capacity, exit checks, draft points."""

from __future__ import annotations

import datetime as dt

import numba as nb
import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.engine.named import NamedValues, by_name, by_name_in
from exodus.engine.random import uniform
from exodus.model.russia.world import (AWARE_DRAW, BACK, BICYCLE, BUS, CAR, EXPOSED, FOOT, HOME, INBOUND, MODES,
                                       NO_VISA, OTHER_VISA, PREP, QUEUE, SCHENGEN, TRAVEL, draws, lane_open, world)


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
    surge_trigger_days: float = Field(0.5, ge=0, description="queue (days of the crossing's capacity) that starts "
                                                             "the surge")
    surge_at: list[str] = Field(default_factory=list,
                                description="crossings that get more staff when congested (empty: every crossing)")
    abandon_days: float = Field(0.5, ge=0, description="days of waiting a driver trades against leaving his car")
    switch_rate: float = Field(0.3, ge=0, le=1, description="daily chance a driver in a slower lane switches")
    exit_check: float = Field(0.5, ge=0, le=1, description="chance the exit check stops a summoned man")
    draft_serve: float = Field(0.05, ge=0, le=1, description="daily chance a man queuing at a draft point is served")
    draft_turn_back: float = Field(0.5, ge=0, le=1, description="share of men served at a draft point who turn back")
    inbound_factor: float = Field(1.0, ge=0, description="capacity into Russia as a multiple of the capacity out")
    retry_share: float = Field(0.7, ge=0, le=1, description="share of men turned back who try another way")
    retry_days: float = Field(2.0, ge=0, description="mean days before a man turned back sets off again")
    busy_share: float = Field(0.5, gt=0, le=1, description="share of the day over which a day's arrivals come")
    word_of_mouth_days: float = Field(1.0, ge=0, description="days for half of those who have not heard that a "
                                                             "newly opened lane works to hear it")
    walkers_with_cyclists: list[str] = Field(default_factory=list,
                                             description="crossings where people on foot go through the cyclists' "
                                                         "booths (their foot capacity is not used)")


NO_BICYCLE_TO_BUY = 1e-6  # days: with equal waits a man walks rather than buys a bicycle


@nb.njit(inline="always")
def _lane_waits(c, has_car, can_bus, cyclist, exempt_ok, mode_banned, known, aware, wait_days, abandon):
    """Expected wait (days) per lane for one traveller; 1e9 where the lane is closed to him or he has not
    heard that it is open."""
    out = np.full(4, 1e9)
    if has_car and (lane_open(c, CAR, mode_banned, known, aware) or exempt_ok):
        out[CAR] = wait_days[c, CAR]
    leave_car = abandon if has_car else 0.0
    if can_bus and lane_open(c, BUS, mode_banned, known, aware):
        out[BUS] = wait_days[c, BUS]
    if cyclist:
        if lane_open(c, BICYCLE, mode_banned, known, aware):
            out[BICYCLE] = wait_days[c, BICYCLE] + leave_car + NO_BICYCLE_TO_BUY
        if lane_open(c, FOOT, mode_banned, known, aware):
            out[FOOT] = wait_days[c, FOOT] + leave_car
    return out


@nb.njit(inline="always")
def _units(lane, persons, occupancy):
    return persons / occupancy if lane == CAR else persons


@nb.njit(inline="always")
def _lengthen(wait_days, booth, capacity, c, lane, units):
    """One traveller joins ``lane``: every lane served at the same booths gets his share of the wait."""
    b = booth[c, lane]
    for m in range(4):
        if booth[c, m] == b:
            wait_days[c, m] += units / max(capacity[c, b], 1e-9)


@nb.njit(cache=True)
def join_queues(idx, key, aware_key, day, kind, origin, crossing, mode, car_mode, cyclist, party, mode_banned,
                ban_exempt, known, wait_days, booth, abandon, state, qkey, scale, occupancy, capacity):
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
        aware = uniform(aware_key, i, 0, AWARE_DRAW)
        waits = _lane_waits(c, has_car, not has_car, cyclist[i] and solo, exempt_ok, mode_banned, known, aware,
                            wait_days, abandon)
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
        _lengthen(wait_days, booth, capacity, c, lane, _units(lane, scale * party[i], occupancy))
    return refused


@nb.njit(cache=True)
def switch_lanes(idx, key, aware_key, day, crossing, cyclist, party, kind, mode_banned, known, wait_days, booth,
                 abandon, switch_rate, mode, qkey, scale, occupancy, capacity):
    """Drivers (alone, willing, who know of it) leave their car for a much shorter bicycle or foot lane."""
    for j in range(len(idx)):
        i = idx[j]
        if kind[i] != EXPOSED or not cyclist[i] or party[i] > 1.0:
            continue
        c = crossing[i]
        best, lane = wait_days[c, CAR] - abandon, -1
        aware = uniform(aware_key, i, 0, AWARE_DRAW)
        for m in (FOOT, BICYCLE):  # on foot if it is as quick: no bicycle to buy
            if lane_open(c, m, mode_banned, known, aware) and wait_days[c, m] < best:
                best, lane = wait_days[c, m], m
        if lane >= 0 and uniform(key, i, day, 1) < switch_rate:
            persons = scale * party[i]
            _lengthen(wait_days, booth, capacity, c, CAR, -_units(CAR, persons, occupancy))
            _lengthen(wait_days, booth, capacity, c, lane, persons)
            mode[i] = lane
            qkey[i] = day + uniform(key, i, day, 2)


@nb.njit(cache=True)
def at_crossings(state, crossing, due, day):
    """One pass over everyone: who reaches a crossing today, who queues out of Russia, who queues into it."""
    n = len(state)
    arriving = np.empty(n, dtype=np.int64)
    queued = np.empty(n, dtype=np.int64)
    inbound = np.empty(n, dtype=np.int64)
    a = q = b = 0
    for i in range(n):
        s = state[i]
        if s == TRAVEL:
            if crossing[i] >= 0 and due[i] <= day:
                arriving[a] = i
                a += 1
        elif s == QUEUE:
            queued[q] = i
            q += 1
        elif s == INBOUND:
            inbound[b] = i
            b += 1
    return arriving[:a].copy(), queued[:q].copy(), inbound[:b].copy()


@nb.njit(cache=True)
def serve(row, mode, units, capacity, served):
    """Walk each (lane row, mode) queue in FIFO order and serve while capacity remains.

    ``row``, ``mode`` and ``units`` are per queuing agent, already in FIFO order.
    """
    left = capacity.copy()
    for j in range(len(row)):
        c, m = row[j], mode[j]
        if left[c, m] > 0.0:
            left[c, m] -= units[j]
            served[j] = True
    return left


class Crossings(Module):
    """Both directions of each checkpoint, each with one queue per mode (car, bus, bicycle, foot).

    Each day, out of Russia: arrivals pick a lane; drivers may leave their cars for a
    shorter lane; draft points serve summonses in the queue; each lane is served first
    come, first served up to its capacity (today's overrun is taken off tomorrow's);
    Russia's exit check stops summoned men; the far side applies its entry rules. A man
    turned back who was not summoned tries another way (``retry_share``): after a few days
    he chooses again without this crossing. Into Russia: people going home by road (see
    russia.destinations) queue in their own lanes, with their own capacity, and count as
    exits of the country they leave when they are served. A direction congested for days
    gets more staff: its capacity climbs towards ``surge_factor``.
    """

    kind = "russia.crossings"
    Pars = CrossingsPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        w.word_of_mouth_days = self.pars.word_of_mouth_days
        w.aware_key = self.stream.key
        self.user_factor = by_name(self, "capacity_factor", self.pars.capacity_factor, w.crossing_names, 1.0,
                                   "crossing")
        for field, target in (("close_from", w.close_day), ("open_from", w.open_day)):
            given = {k: (d - sim.dates[0].date()).days for k, d in getattr(self.pars, field).items()}
            days = by_name(self, field, given, w.crossing_names, np.nan, "crossing")
            target[~np.isnan(days)] = days[~np.isnan(days)].astype(np.int64)
        n = w.n_crossings
        shared = by_name_in(self, "walkers_with_cyclists", self.pars.walkers_with_cyclists, w.crossing_names,
                            "crossing")
        # The capacity column (booths) that serves each mode; walkers may share the cyclists'.
        self.booth = np.tile(np.arange(len(MODES)), (2 * n, 1))
        self.booth[np.tile(shared, 2), FOOT] = BICYCLE  # both directions
        rows = np.arange(n)[:, None]
        w.no_booths = w.base_capacity[rows, self.booth[:n]] <= 0  # e.g. no pedestrians at Finnish road posts
        # Lane rows: crossing c out of Russia is row c, into Russia row n + c.
        self.surge = np.ones(2 * n)
        where = (by_name_in(self, "surge_at", self.pars.surge_at, w.crossing_names, "crossing")
                 if self.pars.surge_at else np.ones(n, dtype=bool))
        self.surge_max = np.tile(np.where(where, self.pars.surge_factor, 1.0), 2)  # both directions
        self.carry = np.zeros((2 * n, len(MODES)))
        self.queue_units = np.zeros((2 * n, len(MODES)))
        self.wait_in = np.zeros((n, len(MODES)))
        self.schengen = np.array([w.countries[k] in SCHENGEN for k in w.crossing_country])
        names = w.crossing_names
        for m in MODES:
            self.define_result(f"arrivals_{m}", names)
            self.define_result(f"wait_hours_{m}", names)
        for m in ("car", "bus"):
            self.define_result(f"wait_hours_in_{m}", names)
        for r in ("crossed", "queued_vehicles", "queue_km", "queue_km_peak", "queued_people", "turned_back",
                  "retried", "summoned_at_border", "capacity_cars", "returned", "queued_vehicles_in"):
            self.define_result(r, names)
        self.reset_today()

    def reset_today(self):
        w = self.world
        self.crossed = np.zeros((w.n_crossings, len(MODES)))
        self.turned_back = np.zeros(w.n_crossings)
        self.retried = np.zeros(w.n_crossings)
        self.summoned = np.zeros(w.n_crossings)
        self.returned = np.zeros(w.n_crossings)
        self.joined = np.zeros((w.n_crossings, len(MODES)))  # units joining each lane out of Russia today

    def units(self, people, idx):
        """Capacity used by each agent: cars in the car lane, people elsewhere."""
        persons = self.world.person_weight(people, idx)
        return np.where(people.mode[idx] == CAR, persons / self.pars.car_occupancy, persons)

    def step(self, sim):
        w, p, people, t = self.world, self.pars, sim.people, sim.t
        key = self.stream.key
        n = w.n_crossings
        self.reset_today()
        out = w.base_capacity * w.capacity_factor * self.user_factor[:, None]
        self.nominal = np.vstack([out, out * p.inbound_factor]) * self.surge[:, None]
        capacity = self.nominal + self.carry
        w.capacity_today = capacity[:n]
        self.start_units = self.queue_units.copy()
        count = people.count
        arriving, queued, inbound = at_crossings(people.state[:count], people.crossing[:count], people.due[:count], t)
        refused = join_queues(arriving, key, w.aware_key, t, people.kind, people.origin, people.crossing, people.mode,
                              CAR, people.cyclist, people.party, w.mode_banned, w.ban_exempt, w.lane_known, w.wait_days,
                              self.booth, p.abandon_days, people.state, people.qkey, w.scale, p.car_occupancy,
                              self.nominal[:n])
        self.turn_back(sim, arriving[refused], t)
        joined = arriving[~refused]
        np.add.at(self.joined, (people.crossing[joined].astype(np.int64), people.mode[joined].astype(np.int64)),
                  self.units(people, joined))

        queued = np.sort(np.concatenate([queued, joined]))  # drivers switch lanes in agent order
        shut = (t < w.open_day) | (t >= w.close_day)
        if shut.any():  # a crossing shut today sends its queue home, and those going home another way
            sent = queued[shut[people.crossing[queued]]]
            self.turn_back(sim, sent, t)  # home, or on to try another way
            queued = queued[people.state[queued] == QUEUE]
            elsewhere = inbound[shut[people.crossing[inbound]]]
            w.leave(sim, elsewhere)
            people.state[elsewhere] = BACK
            inbound = inbound[people.state[inbound] == INBOUND]
        drivers = queued[people.mode[queued] == CAR]
        switch_lanes(drivers, key, w.aware_key, t, people.crossing, people.cyclist, people.party, people.kind,
                     w.mode_banned, w.lane_known, w.wait_days, self.booth, p.abandon_days, p.switch_rate, people.mode,
                     people.qkey, w.scale, p.car_occupancy, self.nominal[:n])
        queued = self.draft_points(sim, queued, key, t)

        waiting = np.concatenate([queued, inbound])
        row = people.crossing[waiting].astype(np.int64) + n * (people.state[waiting] == INBOUND)
        booth = self.booth[row, people.mode[waiting]]
        fifo = np.lexsort((people.qkey[waiting], booth, row))
        waiting, row, booth = waiting[fifo], row[fifo], booth[fifo]
        served = np.zeros(len(waiting), dtype=np.bool_)
        left = serve(row, booth, self.units(people, waiting), capacity, served)
        self.carry = np.minimum(left, 0.0)
        through = waiting[served & (row < n)]
        through = self.checks(sim, through, key, t)
        c = people.crossing[through].astype(np.int64)
        np.add.at(self.crossed, (c, people.mode[through].astype(np.int64)), w.person_weight(people, through))
        w.arrive(sim, through, w.far_side[c], t)
        self.go_home(sim, waiting[served & (row >= n)])
        still = np.flatnonzero(~served)
        still = still[np.argsort(waiting[still], kind="stable")]  # sums in agent order: the same on every run
        self.measure_queues(waiting[still], row[still])

    def go_home(self, sim, idx):
        """People through a crossing back into Russia leave their country (exits) and are home."""
        w, people = self.world, sim.people
        w.leave(sim, idx)
        np.add.at(self.returned, people.crossing[idx].astype(np.int64), w.person_weight(people, idx))
        people.state[idx] = BACK

    def turn_back(self, sim, idx, t, retry=True):
        """Count people turned back at their crossing; men who were not summoned may try another way.

        The crossing is remembered (``tried``) so that his next choice leaves it out.
        """
        w, p, people = self.world, self.pars, sim.people
        c = people.crossing[idx].astype(np.int64)
        np.add.at(self.turned_back, c, w.person_weight(people, idx))
        people.tried[idx] |= np.left_shift(1, c).astype(np.int32)
        people.crossing[idx] = -1
        people.state[idx] = HOME
        if not retry:
            return
        again = (people.kind[idx] == EXPOSED) & ~people.summoned[idx] & (draws(self.stream.key, idx, t, 6)
                                                                          < p.retry_share)
        who = idx[again]
        np.add.at(self.retried, c[again], w.person_weight(people, who))
        people.state[who] = PREP
        delay = np.floor(-np.log1p(-draws(self.stream.key, who, t, 7)) * p.retry_days) if p.retry_days > 0 else 0
        people.due[who] = t + 1 + np.asarray(delay, dtype=np.int64)

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
        self.turn_back(sim, back, t, retry=False)
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
        self.turn_back(sim, through[stopped | refused], t)
        return through[~(stopped | refused)]

    def measure_queues(self, waiting, row):
        """End-of-day queues and waits per direction and lane; the longest queue of the day out of Russia.

        ``waiting`` are those still queuing at the end of the day, ``row`` their lane rows.
        A day's arrivals come within ``busy_share`` of the day while the lane is served all day,
        so the queue peaks at start + arrivals - capacity x busy_share (the overnight queues at
        the Finnish crossings that are gone by the end of the day).
        """
        w, p, people = self.world, self.pars, self.sim.people
        n = w.n_crossings
        mode = people.mode[waiting].astype(np.int64)
        self.queue_units = np.zeros((2 * n, len(MODES)))  # by mode
        np.add.at(self.queue_units, (row, mode), self.units(people, waiting))
        at_booth = np.zeros((2 * n, len(MODES)))  # by the booths that serve them
        np.add.at(at_booth, (row, self.booth[row, mode]), self.units(people, waiting))
        rows = np.arange(2 * n)[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            wait = at_booth[rows, self.booth] / self.nominal[rows, self.booth]
        wait = np.where(at_booth[rows, self.booth] > 0, np.where(np.isfinite(wait), wait, 1e6), 0.0)
        w.wait_days, self.wait_in = wait[:n], wait[n:]
        capacity = self.nominal[:n, CAR] + self.carry[:n, CAR]
        self.peak_cars = np.maximum(self.start_units[:n, CAR] + self.joined[:, CAR] - p.busy_share * capacity,
                                    np.maximum(self.start_units[:n, CAR], self.queue_units[:n, CAR]))
        # Staff are added where the crossing as a whole is congested (people queuing over a day's
        # throughput in people), not where one small lane is.
        people_per_unit = np.array([p.car_occupancy, 1.0, 1.0, 1.0])
        backlog = (self.queue_units * people_per_unit).sum(axis=1) / (self.nominal * people_per_unit).sum(axis=1)
        congested = backlog > p.surge_trigger_days
        step = (self.surge_max - 1.0) / p.surge_days
        self.surge = np.where(congested, np.minimum(self.surge + step, self.surge_max), self.surge)

    def update_results(self, sim):
        w, p, t, r = self.world, self.pars, sim.t, self.results
        n = w.n_crossings
        for k, m in enumerate(MODES):
            r[f"arrivals_{m}"][t] = self.crossed[:, k]
            r[f"wait_hours_{m}"][t] = np.minimum(w.wait_days[:, k], 99.0) * 24.0
        for k in (CAR, BUS):
            r[f"wait_hours_in_{MODES[k]}"][t] = np.minimum(self.wait_in[:, k], 99.0) * 24.0
        vehicles = self.queue_units[:n, CAR]
        km = p.metres_per_vehicle / w.lanes / 1000.0
        r["crossed"][t] = self.crossed.sum(axis=1)
        r["queued_vehicles"][t] = vehicles
        r["queue_km"][t] = vehicles * km
        r["queue_km_peak"][t] = self.peak_cars * km
        r["queued_people"][t] = vehicles * p.car_occupancy + self.queue_units[:n, 1:].sum(axis=1)
        r["turned_back"][t] = self.turned_back
        r["retried"][t] = self.retried
        r["summoned_at_border"][t] = self.summoned
        r["capacity_cars"][t] = self.nominal[:n, CAR]
        r["returned"][t] = self.returned
        r["queued_vehicles_in"][t] = self.queue_units[n:, CAR]
