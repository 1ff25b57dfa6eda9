"""Daily movement: who moves, where to, and how far they get (Flee 3.1's rules)."""

from __future__ import annotations

from typing import Annotated

import numba as nb
import numpy as np
from pydantic import BeforeValidator, Field, PositiveFloat

from exodus.engine.cores import core_spare
from exodus.engine.module import Module, Pars
from exodus.engine.named import by_name, parse_named_values
from exodus.errors import InputError
from exodus.model.flee.kernels import NEVER, Spinner, move_day, place_rules, route_reach, warm_up
from exodus.model.flee.places import decay_table, place_state
from exodus.model.flee.routes import enumerate_candidates


class MovementPars(Pars):
    max_move_speed: float = Field(360.0, gt=0, description="km a day on a link")
    max_walk_speed: float = Field(35.0, gt=0, description="km a day on foot (links with walk_probability)")
    foreign_weight: float = Field(1.0, ge=0, description="score multiplier of places in another country")
    camp_weight: float = Field(1.0, ge=0, description="score multiplier of camps")
    conflict_weight: float = Field(10 ** -0.5, ge=0, description="score base for conflict zones")
    conflict_movechance: float = Field(1.0, ge=0, le=1, description="daily chance to move from a conflict zone")
    camp_movechance: float = Field(0.001, ge=0, le=1, description="daily chance to leave a camp")
    idpcamp_movechance: float = Field(0.1, ge=0, le=1, description="daily chance to leave an IDP camp")
    default_movechance: float = Field(0.3, ge=0, le=1, description="daily chance to leave a town")
    awareness_level: int = Field(1, ge=1, le=8, description="links an agent looks ahead when choosing a route")
    capacity_buffer: float = Field(0.9, gt=0, le=1, description="occupancy share at which a camp starts to look full")
    capacity_scaling: float = Field(1.0, gt=0, description="multiplier on every camp capacity")
    softening: float = Field(10.0, ge=0, description="km added to a route's length in its weight")
    weight_softening: float = Field(0.0, ge=0, description="added to a destination's score")
    weight_power: float = Field(1.0, gt=0, description="exponent on a route's weight")
    distance_power: float = Field(1.0, ge=0, description="exponent on a route's length")
    movechance_pop_base: float = Field(10000.0, gt=0, description="population scale of the movechance multiplier")
    movechance_pop_scale_factor: float = Field(0.0, description="exponent of that multiplier (0: off)")
    backtrack_weight: float = Field(
        0.3, ge=0, le=1, description="relative weight of a route straight back to the place just left (Flee: 1)")
    attraction: Annotated[dict[str, PositiveFloat], BeforeValidator(parse_named_values)] = Field(
        default_factory=dict, description="multiplier on a named place's score (exodus only; others 1); "
                                          "on the command line: \"Place=2; Other=0.5\"")
    capacity_factor: Annotated[dict[str, PositiveFloat], BeforeValidator(parse_named_values)] = Field(
        default_factory=dict, description="multiplier on a named camp's capacity (exodus only; others 1)")
    conflict_spawn_decay: list[float] | None = Field(
        None, description="conflict score decay by 30-day period (shared with spawning)")


def spin_helper_wanted() -> bool:
    """A helper thread beside each day's main thread: unless Numba is held to one thread or no
    core is spare as the run begins (an earlier run's helper may still be spinning: not counted)."""
    return nb.get_num_threads() > 1 and core_spare(looks=5, own_threads=Spinner.running())


class FleeMovement(Module):
    """Agents at a place move with its daily chance, pick a route weighted by destination
    score over distance, and advance ``max_move_speed`` km a day along it."""

    kind = "flee.movement"
    Pars = MovementPars

    def init(self, sim):
        super().init(sim)
        p = self.pars
        net = sim.network
        self.state = place_state(sim)
        people = sim.people
        people.add_property("location", np.int32, -1)
        people.add_property("link", np.int32, -1)
        people.add_property("distance", np.float32, 0.0)
        people.add_property("route", np.int32, -1)
        people.add_property("step", np.int8, 0)
        people.add_property("previous", np.int32, -1)
        if sim.days >= NEVER:
            raise InputError(sim.scenario.source, f"the Flee ruleset runs at most {NEVER - 1:,} days, "
                             f"this scenario has {sim.days:,}", field="Length")
        people.add_property("wake", np.int16, -1)  # the day he next tries to leave; -1: not drawn yet
        self.closed = net.link_state.setdefault("closures", np.zeros(net.n_links, dtype=np.int32))
        self.candidates = enumerate_candidates(net, self.state["marker"], p.awareness_level)
        self.cum = np.zeros(len(self.candidates))
        self.speed = net.link_column("max_move_speed", p.max_move_speed)
        self.walk = net.link_column("walk_probability", 0.0)
        factor = by_name(self, "capacity_factor", p.capacity_factor, net.names, 1.0, "place")
        self.capacity = np.where(self.state["capacity"] > 0, self.state["capacity"] * p.capacity_scaling * factor, -1.0)
        self.occupancy = np.zeros(net.n_places, dtype=np.int64)
        self.counted = 0
        n = net.n_places
        self.chance, self.per_log_stay, self.score, self.capmult = (np.zeros(n) for _ in range(4))
        self.redraw, self.dest_full = np.zeros(n, dtype=np.bool_), np.zeros(n, dtype=np.bool_)
        self.decay = decay_table(p.conflict_spawn_decay)
        self.movechance_pars = (p.default_movechance, p.conflict_movechance, p.camp_movechance,
                                p.idpcamp_movechance, p.movechance_pop_base, p.movechance_pop_scale_factor)
        self.score_pars = (p.foreign_weight, p.camp_weight, p.conflict_weight)
        self.attraction = by_name(self, "attraction", p.attraction, net.names, 1.0, "place")
        self.reach = route_reach(self.candidates.distance, p.softening, p.distance_power)
        self.route_pars = (p.weight_softening, p.weight_power)
        self.key = self.stream.key
        warm_up(self.occupancy, self.rule_args(sim), self.move_args(sim))  # load compiled kernels now, not in the loop
        self.spinner = Spinner(n, people.capacity) if spin_helper_wanted() else None
        self.agents, self.on_links = self.define_result("agents", net.names), self.define_result("on_links")
        self.standing = 0  # people at places (not on links) at the end of the day

    def rule_args(self, sim) -> tuple:
        """place_rules' arguments for today (it sets each place's move chance, score and fullness,
        and the route weights, from start-of-day occupancy)."""
        p, st, cand = self.pars, self.state, self.candidates
        return (sim.t, st["camp"], st["idpcamp"], st["forward"], st["marker"], st["foreign"], st["conflict"],
                st["time_of_conflict"], st["population"], self.capacity, self.occupancy, self.decay,
                self.movechance_pars, self.score_pars, self.attraction, p.capacity_buffer, self.chance, self.per_log_stay,
                self.redraw, self.score, self.capmult, self.dest_full, cand.by_place, cand.end, self.reach, cand.ptr,
                cand.links, self.closed, self.route_pars, self.cum)

    def move_args(self, sim) -> tuple:
        """Everything the day's movement kernel reads besides what place_rules returns."""
        p, net, people, cand = self.pars, sim.network, sim.people, self.candidates
        return (self.key, sim.t, people.location, people.link, people.distance, people.route, people.step,
                people.previous, people.wake, p.backtrack_weight, self.chance, self.per_log_stay, self.redraw,
                cand.by_place, self.cum, cand.end, cand.first_stop, cand.ptr, cand.links, net.src, net.dst,
                net.length, self.speed, self.walk, p.max_walk_speed, self.closed, self.dest_full)

    def step(self, sim):
        n = sim.people.count
        self.standing = move_day(n, self.counted, self.occupancy, self.rule_args(sim), self.move_args(sim), self.spinner)
        self.counted = n

    def update_results(self, sim):
        # The arrays kept as attributes and the head count from the kernel: at mali's size
        # (70 µs a day) the dictionary lookups and a NumPy sum were a few percent of the day.
        self.agents[sim.t] = self.occupancy
        self.on_links[sim.t] = sim.people.count - self.standing
