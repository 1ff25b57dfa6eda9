"""Flights: seats per route and day, fares that rise as routes sell out, and the day's passengers."""

from __future__ import annotations

import numpy as np
from pydantic import Field

from exodus.engine.module import Module, Pars
from exodus.model.russia.world import BOOKED, world


class FlightsPars(Pars):
    fare_slope: float = Field(2.0, ge=0, description="fare multiplier added per day until the first free seat")
    fare_max_factor: float = Field(40.0, ge=1, description="highest fare as a multiple of the base fare")


class Flights(Module):
    """Emigrants book the first day with a free seat (russia.routes); here they fly.

    The cheapest fare on a route is its base fare times 1 + slope x days until the first
    free seat: a route sold out for four days costs about nine times its usual fare.
    Regular passengers (russia.travel) hold ``regular_load`` of the seats and count as passengers too.
    """

    kind = "russia.flights"
    Pars = FlightsPars

    def init(self, sim):
        super().init(sim)
        w = self.world = world(sim)
        self.define_result("passengers", w.flight_names)
        self.define_result("fare_usd", w.flight_names)
        self.define_result("seat_wait_days", w.flight_names)
        self.flown = np.zeros(w.n_flights)

    def step(self, sim):
        w, people, t = self.world, sim.people, sim.t
        n = people.count
        idx = np.flatnonzero((people.state[:n] == BOOKED) & (people.due[:n] <= t))
        f = people.flight[idx].astype(np.int64)
        self.flown = np.bincount(f, weights=w.person_weight(people, idx), minlength=w.n_flights) \
            + w.regular_flown
        w.arrive(sim, idx, w.flight_dest[f], t)

    def update_results(self, sim):
        """Fares and waits after the day's bookings: what tomorrow's buyers see."""
        w, p, t = self.world, self.pars, sim.t
        free = w.seats_left[:, t + 1:] >= w.scale
        first = np.where(free.any(axis=1), free.argmax(axis=1), free.shape[1])
        w.seat_wait_days = first.astype(float)
        w.fare = w.base_fare * np.minimum(1.0 + p.fare_slope * first, p.fare_max_factor)
        self.results["passengers"][t] = self.flown
        self.results["fare_usd"][t] = w.fare
        self.results["seat_wait_days"][t] = w.seat_wait_days
