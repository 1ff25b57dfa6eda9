"""Modes and routes: each leaver picks a crossing and mode, or a flight, by time, cost and rules."""

from __future__ import annotations

import numba as nb
import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.engine.named import NamedValues, by_name
from exodus.engine.random import uniform
from exodus.model.russia.world import (AWARE_DRAW, BICYCLE, BOOKED, BUS, CAR, FOOT, NO_VISA, OTHER_VISA, PLANE,
                                       PREP, SCHENGEN, TRAVEL, lane_open, world)


class RoutesPars(Pars):
    car_km_per_day: float = Field(900.0, gt=0, description="km driven a day")
    bus_km_per_day: float = Field(700.0, gt=0, description="km a day by bus, train or taxi")
    car_usd_per_km: float = Field(0.08, ge=0, description="fuel and tolls by car")
    bus_usd_per_km: float = Field(0.05, ge=0, description="fare by bus or train")
    bicycle_usd: float = Field(150.0, ge=0, description="price of a bicycle or scooter bought at the border")
    hub_usd: float = Field(100.0, ge=0, description="domestic flight to the Moscow hub")
    time_weight: float = Field(1.0, ge=0, description="disutility per day of travel and waiting")
    cost_weight: float = Field(1.0, ge=0, description="disutility per 1000 USD at average means")
    draft_penalty: float = Field(3.0, ge=0, description="disutility of a crossing with a draft point")
    choice_noise: float = Field(1.0, gt=0, description="scale of the random taste in each choice")
    country_preference: NamedValues = Field(default_factory=dict,
                                                 description="extra utility of a destination country")


@nb.njit(cache=True)
def choose_routes(idx, key, day, origin_slot, origin, car, visa, wealth, cyclist, party, tried, scale,
                  land, land_ptr, air, air_ptr, crossing_country, flight_country, mode_banned, known, aware_key,
                  ban_exempt,
                  wait_days, draft_point, tourist_ban, schengen, seats_left, fare, hub_usd, pref,
                  car_speed, bus_speed, car_cost, bus_cost, bike_cost, time_w, cost_w, draft_pen, noise,
                  state, crossing, flight, mode, due):
    """Pick the best option by utility plus a Gumbel taste; book flights in index order.

    A crossing that has turned a man back (a bit in ``tried``) is not among his options.
    """
    horizon = seats_left.shape[1]
    for j in range(len(idx)):
        i = idx[j]
        o = origin_slot[origin[i]]
        best = -1e300
        best_kind = -1
        best_opt = -1
        best_mode = -1
        best_day = -1
        k = 0
        for r in range(land_ptr[o], land_ptr[o + 1]):
            c = int(land[r, 1])
            if tried[i] >> c & 1:
                continue
            km = land[r, 2]
            country = crossing_country[c]
            if schengen[country] and (visa[i] == NO_VISA or (tourist_ban[country] and visa[i] != OTHER_VISA)):
                continue
            exempt = ban_exempt[c, CAR] >= 0 and ban_exempt[c, CAR] == origin[i]
            aware = uniform(aware_key, i, 0, AWARE_DRAW)
            car_ok = land[r, 3] > 0 and car[i] and (lane_open(c, CAR, mode_banned, known, aware) or exempt)
            # Waiting: by car, or the shortest lane open to someone who came by bus or taxi.
            other = wait_days[c, BUS] if lane_open(c, BUS, mode_banned, known, aware) else 1e9
            if cyclist[i]:
                if lane_open(c, FOOT, mode_banned, known, aware):
                    other = min(other, wait_days[c, FOOT])
                if lane_open(c, BICYCLE, mode_banned, known, aware):
                    other = min(other, wait_days[c, BICYCLE] + bike_cost * cost_w / (1000.0 * wealth[i]))
            if car_ok:
                m = CAR
                wait = min(wait_days[c, CAR], other)
                t = km / car_speed + wait
                cost = km * car_cost
            elif land[r, 4] > 0 and other < 1e8:
                m = BUS
                t = km / bus_speed + other
                cost = km * bus_cost
            else:
                continue
            u = -time_w * t - cost_w * cost / (1000.0 * wealth[i]) + pref[country]
            if draft_point[c]:
                u -= draft_pen
            u -= noise * np.log(-np.log(uniform(key, i, day, k) + 1e-300))
            k += 1
            if u > best:
                best, best_kind, best_opt, best_mode = u, 0, c, m
        persons = scale * party[i]
        for r in range(air_ptr[o], air_ptr[o + 1]):
            f = int(air[r, 1])
            hub = int(air[r, 2])
            d = day + 1 + hub  # today's planes have left (russia.flights steps first)
            while d < horizon and seats_left[f, d] < persons:
                d += 1
            if d >= horizon:
                continue
            t = d - day
            cost = fare[f] + hub * hub_usd
            u = -time_w * t - cost_w * cost / (1000.0 * wealth[i]) + pref[flight_country[f]]
            u -= noise * np.log(-np.log(uniform(key, i, day, k) + 1e-300))
            k += 1
            if u > best:
                best, best_kind, best_opt, best_mode, best_day = u, 1, f, PLANE, d
        if best_kind < 0:
            continue  # nothing open to this man today; he tries again tomorrow
        mode[i] = best_mode
        if best_kind == 0:
            r = land_ptr[o]
            while int(land[r, 1]) != best_opt:
                r += 1
            speed = car_speed if best_mode == CAR else bus_speed
            days = land[r, 2] / speed
            whole = int(days)
            if uniform(key, i, day, k) < days - whole:
                whole += 1
            state[i] = TRAVEL
            crossing[i] = best_opt
            flight[i] = -1
            due[i] = day + whole
        else:
            seats_left[best_opt, best_day] -= persons
            state[i] = BOOKED
            flight[i] = best_opt
            crossing[i] = -1
            due[i] = best_day


def origin_pointers(options: np.ndarray, n_origins: int) -> np.ndarray:
    """Row ranges per origin of an options table sorted by origin."""
    return np.searchsorted(options[:, 0], np.arange(n_origins + 1)).astype(np.int64)


class Routes(Module):
    """Each man due to set off compares every crossing he can reach and every flight he can book.

    Utility = -(days travelling + expected wait) - cost / means + country preference
    - draft-point penalty + a random taste. The wait seen is yesterday's queue over today's
    capacity; a car owner may plan to leave his car and cross on foot or by bicycle where
    that lane is shorter. Schengen countries need a visa, and after a tourist ban a
    non-tourist one. A man turned back at a crossing (russia.crossings) chooses again
    without it.
    """

    kind = "russia.routes"
    Pars = RoutesPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        self.pref = by_name(self, "country_preference", self.pars.country_preference, w.countries, 0.0, "country")
        self.schengen = np.array([c in SCHENGEN for c in w.countries])
        self.land_ptr = origin_pointers(w.land_options, len(w.origins))
        self.air_ptr = origin_pointers(w.flight_options, len(w.origins))
        self.define_result("departures", w.origin_names)
        self.define_result("departures_men", w.origin_names)
        self.define_result("chose_land")
        self.define_result("chose_air")

    def step(self, sim):
        p, w, people, t = self.pars, self.world, sim.people, sim.t
        n = people.count
        idx = np.flatnonzero((people.state[:n] == PREP) & (people.due[:n] <= t)).astype(np.int64)
        choose_routes(idx, self.stream.key, t, w.origin_slot, people.origin, people.car, people.visa, people.wealth,
                      people.cyclist, people.party, people.tried, w.scale, w.land_options, self.land_ptr,
                      w.flight_options, self.air_ptr, w.crossing_country, w.flight_country, w.mode_banned,
                      w.lane_known, w.aware_key, w.ban_exempt, w.wait_days, w.draft_point, w.tourist_ban,
                      self.schengen, w.seats_left, w.fare, p.hub_usd, self.pref,
                      p.car_km_per_day, p.bus_km_per_day, p.car_usd_per_km, p.bus_usd_per_km, p.bicycle_usd,
                      p.time_weight, p.cost_weight, p.draft_penalty, p.choice_noise,
                      people.state, people.crossing, people.flight, people.mode, people.due)
        weight = w.person_weight(people, idx)
        self.land = weight[people.state[idx] == TRAVEL].sum()
        self.air = weight[people.state[idx] == BOOKED].sum()

    def update_results(self, sim):
        w, t = self.world, sim.t
        self.results["departures"][t] = w.departures
        self.results["departures_men"][t] = w.departures_men
        self.results["chose_land"][t] = self.land
        self.results["chose_air"][t] = self.air
