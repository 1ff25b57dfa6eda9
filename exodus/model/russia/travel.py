"""Ordinary cross-border travel: Russians who cross for work, family, trade or holidays and come back.

Border counts report every Russian who entered, so these travellers are part of every
figure; they also queue at the same crossings and fill most seats on the same planes.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.engine.named import NamedValues, by_name
from exodus.model.russia.world import ABROAD, BUS, CAR, REGULAR, TRAVEL, world


class TravelPars(Pars):
    regular_factor: float = Field(1.0, ge=0, description="multiplier on every crossing's ordinary daily traffic")
    air_stay_days: float = Field(7.0, gt=0, description="mean stay abroad of ordinary air passengers")
    tourist_share: float = Field(0.6, ge=0, le=1, description="share of ordinary travellers who come as tourists")
    put_off_days: float = Field(0.0, ge=0, description="ordinary road trips go ahead with chance exp(-wait / "
                                                       "put_off_days), the wait they would face in days (0: never "
                                                       "put off)")
    weekend_factor: NamedValues = Field(default_factory=dict,
                                        description="ordinary road traffic on Fridays to Sundays, by country, "
                                                    "as a multiple of the weekday traffic in crossings.csv")


class Travel(Module):
    """Each day, each crossing's ordinary travellers set off (they queue like everyone else)
    and each route's ordinary passengers fly; each stays an exponential time, then returns.
    The stock already abroad on the first day is created at the start, so exits begin at once.
    Road traffic follows the week where the figures show it (Finland's weekend trips), and
    trips are put off where the queue they would join is long (``put_off_days``).
    """

    kind = "russia.travel"
    Pars = TravelPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        p = self.pars
        self.land_daily = w.regular_per_day * p.regular_factor
        weekend = by_name(self, "weekend_factor", p.weekend_factor, w.countries, 1.0, "country")
        self.weekend = weekend[w.crossing_country]
        self.weekday = sim.dates.day_of_week.to_numpy()
        self.air_daily = w.seats * w.regular_load
        rng = self.stream.rng
        stock_land = self.land_daily * w.regular_stay_days
        stock_air = self.air_daily * p.air_stay_days
        places = np.concatenate([w.far_side, w.flight_dest])
        stays = np.concatenate([w.regular_stay_days, np.full(w.n_flights, p.air_stay_days)])
        idx, target = self.spawn(sim, np.concatenate([stock_land, stock_air]), rng)
        people = sim.people
        people.state[idx] = ABROAD
        people.place[idx] = places[target]
        people.country[idx] = w.place_country[places[target]]
        people.leave_day[idx] = np.floor(rng.exponential(stays[target])).astype(np.int16)
        land = idx[target < w.n_crossings]  # they will come back through the crossing they went by
        c = target[target < w.n_crossings]
        people.crossing[land] = c
        people.mode[land] = np.where(rng.random(len(c)) < w.regular_car_share[c], CAR, BUS)
        self.define_result("regular_departures")
        self.today = 0.0

    def spawn(self, sim, persons: np.ndarray, rng) -> tuple[np.ndarray, np.ndarray]:
        """Agents for ``persons`` people per target (stochastic rounding); returns rows and targets."""
        w = self.world
        exact = persons / w.scale
        counts = np.floor(exact).astype(np.int64)
        counts += rng.random(len(exact)) < exact - counts
        start, stop = sim.people.add(int(counts.sum()))
        idx = np.arange(start, stop)
        sim.people.kind[idx] = REGULAR
        return idx, np.repeat(np.arange(len(counts)), counts)

    def step(self, sim):
        w, p, t, people = self.world, self.pars, sim.t, sim.people
        rng = self.stream.rng
        # Tourists stay at home where their visa category is refused, and car trips are put
        # off where cars are turned away (else they would crowd the bus lane without end).
        banned = w.tourist_ban[w.crossing_country]
        car_share = np.where(w.mode_banned[:, CAR], 0.0, w.regular_car_share)
        still_going = np.where(w.mode_banned[:, CAR], 1.0 - w.regular_car_share, 1.0)
        land_daily = self.land_daily * np.where(banned, 1.0 - p.tourist_share, 1.0) * still_going
        if p.put_off_days > 0:  # a trip of a few days is put off when the queue is days long
            go_car, go_bus = np.exp(-np.minimum(w.wait_days[:, [CAR, BUS]], 1e3) / p.put_off_days).T
            going = car_share * go_car + (1.0 - car_share) * go_bus
            car_share = np.where(going > 0, car_share * go_car / np.maximum(going, 1e-12), car_share)
            land_daily = land_daily * going
        if self.weekday[t] >= 4:  # Friday to Sunday
            land_daily = land_daily * self.weekend
        idx, target = self.spawn(sim, np.concatenate([land_daily, self.air_daily]), rng)
        land = target < w.n_crossings
        by_land, by_air = idx[land], idx[~land]
        c = target[land]
        people.state[by_land] = TRAVEL
        people.crossing[by_land] = c
        people.due[by_land] = t
        people.mode[by_land] = np.where(rng.random(len(c)) < car_share[c], CAR, BUS)
        people.leave_day[by_land] = np.floor(rng.exponential(w.regular_stay_days[c])).astype(np.int16)
        people.leave_day[by_air] = np.floor(rng.exponential(p.air_stay_days, len(by_air))).astype(np.int16)
        route = target[~land] - w.n_crossings
        w.regular_flown = np.bincount(route, minlength=w.n_flights) * w.scale
        w.arrive(sim, by_air, w.flight_dest[route], t)
        self.today = len(idx) * w.scale

    def update_results(self, sim):
        self.results["regular_departures"][sim.t] = self.today
