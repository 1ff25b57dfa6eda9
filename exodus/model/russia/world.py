"""The shared world of the Russia-2022 modules: the map as arrays, the rules in force, counters.

Every module of the ruleset reads and writes one ``World`` (``world(sim)``) instead of
reaching into another module: crossings and flights hand travellers to ``arrive``, which
counts entries and departures once, whatever way people came.
"""

from __future__ import annotations

import numba as nb
import numpy as np
import pandas as pd

from exodus.engine.random import uniform
from exodus.errors import InputError

# Agent states. INBOUND: queuing at a crossing to go back into Russia (still in the country).
HOME, PREP, TRAVEL, QUEUE, ABROAD, BOOKED, BACK, MOBILISED, INBOUND = range(9)
# Agent kinds: men exposed to the call-up, and ordinary cross-border travellers.
EXPOSED, REGULAR = 0, 1
# Modes at a crossing (queue lanes); a plane is not a lane.
MODES = ("car", "bus", "bicycle", "foot")
CAR, BUS, BICYCLE, FOOT = range(4)
PLANE = 4
# Schengen visa held: none, tourist, other (work, family, study).
NO_VISA, TOURIST_VISA, OTHER_VISA = 0, 1, 2
SCHENGEN = ("Finland", "Estonia")
MAX_CROSSINGS = 31
NEVER_BANNED = -1e9
AWARE_DRAW = 99  # the draw (day 0) that ranks how early a man hears of a newly opened lane


class World:
    """Arrays built once from the scenario tables plus the state modules share day by day."""

    def __init__(self, sim):
        sc = sim.scenario
        net = sim.network
        self.days = sim.days
        self.scale = 1.0  # people per agent; set by the module that creates the exposed population
        places = sc.places
        self.place_names = net.names
        self.place_index = net.index
        kind = places["kind"].to_numpy(str)
        country = places["country"].to_numpy(str)
        abroad = country != "Russia"
        self.countries: list[str] = sorted(set(country[abroad]))
        self.country_index = {c: i for i, c in enumerate(self.countries)}
        self.n_countries = len(self.countries)
        self.place_country = np.array([self.country_index.get(c, -1) for c in country], dtype=np.int32)

        self.origins = np.flatnonzero(kind == "origin").astype(np.int32)
        self.origin_names = [self.place_names[i] for i in self.origins]
        self.origin_slot = np.full(len(places), -1, dtype=np.int32)  # place index -> origin number
        self.origin_slot[self.origins] = np.arange(len(self.origins))
        org = places.iloc[self.origins]
        self.exposed_men = org["exposed_men"].to_numpy(float)
        self.car_share = org["car_share"].to_numpy(float)
        self.visa_share = org["visa_share"].to_numpy(float)
        self.wealth = org["wealth"].to_numpy(float)
        self.hub_days = org["flight_hub_days"].to_numpy(np.int32)

        cr = sc.tables["crossings"]
        self.crossing_names: list[str] = cr["name"].tolist()
        self.crossing_index = {n: i for i, n in enumerate(self.crossing_names)}
        self.n_crossings = len(cr)
        if self.n_crossings > MAX_CROSSINGS:  # people.tried holds one bit per crossing
            raise InputError("crossings.csv", f"at most {MAX_CROSSINGS} crossings are supported, "
                                 f"got {self.n_crossings}")
        self.crossing_place = np.array([net.index[n] for n in cr["name"]], dtype=np.int32)
        self.far_side = np.array([net.index[n] for n in cr["far_side"]], dtype=np.int32)
        self.crossing_country = self.place_country[self.far_side]
        self.lanes = cr["lanes"].to_numpy(float)
        self.base_capacity = cr[[f"{m}_per_day" for m in MODES]].to_numpy(float)
        self.regular_per_day = cr["regular_per_day"].to_numpy(float)
        self.regular_car_share = cr["regular_car_share"].to_numpy(float)
        self.regular_stay_days = cr["regular_stay_days"].to_numpy(float)

        fl = sc.tables["flights"]
        self.flight_names = [f"{a}-{b}" for a, b in zip(fl["origin"], fl["destination"])]
        self.n_flights = len(fl)
        self.flight_origin = np.array([net.index[n] for n in fl["origin"]], dtype=np.int32)
        self.flight_dest = np.array([net.index[n] for n in fl["destination"]], dtype=np.int32)
        self.flight_country = self.place_country[self.flight_dest]
        self.seats = fl["seats_per_day"].to_numpy(float)
        self.base_fare = fl["base_fare_usd"].to_numpy(float)
        self.regular_load = fl["regular_load"].to_numpy(float)

        self.land_options, self.flight_options = self._options(sc.links, net)
        # Seats emigrants can still book, per flight and departure day (regular travellers hold the rest).
        self.booking_days = self.days + 60
        self.seats_left = np.repeat((self.seats * (1.0 - self.regular_load))[:, None], self.booking_days, axis=1)

        # Rules in force today (russia.policies writes them; defaults: nothing in force).
        self.decree_day = -1
        self.callup_target = 0.0
        # Days a crossing is shut to everyone (russia.crossings' what-ifs): [open_day, close_day).
        self.open_day = np.zeros(self.n_crossings, dtype=np.int64)
        self.close_day = np.full(self.n_crossings, 10**6, dtype=np.int64)
        self.mode_banned = np.zeros((self.n_crossings, len(MODES)), dtype=np.bool_)
        # Lanes with no booths to serve them are shut for good (russia.crossings says which).
        self.no_booths = np.zeros((self.n_crossings, len(MODES)), dtype=np.bool_)
        # Day each lane opened after a ban (NEVER_BANNED: open all along) and the share of
        # travellers who know of it today (russia.crossings spreads the news; see known_lanes).
        self.lane_opened = np.full((self.n_crossings, len(MODES)), NEVER_BANNED)
        self.lane_known = np.ones((self.n_crossings, len(MODES)))
        self.word_of_mouth_days = 0.0  # set by russia.crossings
        self.aware_key = np.uint64(0)  # who hears first: uniform(aware_key, agent, 0, AWARE_DRAW), set likewise
        self.ban_exempt = np.full((self.n_crossings, len(MODES)), -1, dtype=np.int32)
        self.capacity_factor = np.ones((self.n_crossings, len(MODES)))
        self.draft_point = np.zeros(self.n_crossings, dtype=np.bool_)
        self.tourist_ban = np.zeros(self.n_countries, dtype=np.bool_)
        self.fear_all = 1.0
        self.fear_visa = 1.0
        self.return_men = np.zeros(self.n_countries)
        self.stay_factor = np.ones(self.n_countries)

        # What travellers can see when they choose a route (crossings and flights write them).
        self.wait_days = np.zeros((self.n_crossings, len(MODES)))
        self.capacity_today = self.base_capacity.copy()
        self.seat_wait_days = np.zeros(self.n_flights)
        self.fare = self.base_fare.copy()

        # Today's counters, in people (reset by russia.destinations at the end of each day).
        self.entries = np.zeros(self.n_countries)
        self.exits = np.zeros(self.n_countries)
        self.departures = np.zeros(len(self.origins))
        self.departures_men = np.zeros(len(self.origins))
        self.regular_flown = np.zeros(self.n_flights)

    def _options(self, links: pd.DataFrame, net) -> tuple[np.ndarray, np.ndarray]:
        """Per origin: (crossing, km, car allowed, bus allowed) rows and (flight, hub days) rows."""
        land = []
        for row in links.itertuples(index=False):
            o = self.origin_slot[net.index[row.source]]
            c = self.crossing_index[row.target]
            modes = set(str(row.modes).split(";"))
            land.append((o, c, float(row.distance_km), "car" in modes, "bus" in modes))
        land_arr = np.array(sorted(land), dtype=np.float64).reshape(-1, 5)
        moscow = self.place_index.get("Moscow", -1)
        air = []
        for o, place in enumerate(self.origins):
            for f in range(self.n_flights):
                if self.flight_origin[f] == place:
                    air.append((o, f, 0))
                elif self.flight_origin[f] == moscow:
                    air.append((o, f, max(int(self.hub_days[o]), 1)))
        air_arr = np.array(sorted(air), dtype=np.float64).reshape(-1, 3)
        return land_arr, air_arr

    def open_lanes(self, t: int) -> None:
        """Note the day each lane opens after a ban, and how many know of it today (russia.policies
        calls this once the day's bans are set): all for lanes never banned; for a lane opened on
        day d, 1 - 0.5 ** ((t - d + 1) / word_of_mouth_days), as word of the new way gets round."""
        self.lane_opened = np.where(self.mode_banned, np.inf,
                                    np.where(np.isinf(self.lane_opened), float(t), self.lane_opened))
        since = t - self.lane_opened + 1.0
        if self.word_of_mouth_days > 0:
            with np.errstate(over="ignore", invalid="ignore"):
                spread = 1.0 - 0.5 ** (since / self.word_of_mouth_days)
        else:
            spread = np.ones_like(since)
        self.lane_known = np.where(self.lane_opened <= NEVER_BANNED, 1.0,
                                   np.where(np.isfinite(self.lane_opened), spread, 0.0))

    def person_weight(self, people, idx: np.ndarray) -> np.ndarray:
        """People each agent in ``idx`` stands for (agents travel with their party)."""
        return self.scale * people.party[idx]

    def arrive(self, sim, idx: np.ndarray, place: np.ndarray, t: int) -> None:
        """Agents ``idx`` enter the country of ``place`` today: counted once, as entries and departures."""
        if len(idx) == 0:
            return
        people = sim.people
        country = self.place_country[place]
        weight = self.person_weight(people, idx)
        first = people.country[idx] < 0  # leaving Russia, not moving on between countries
        np.add.at(self.entries, country, weight)
        exposed = first & (people.kind[idx] == EXPOSED)
        slot = self.origin_slot[people.origin[idx[exposed]]]
        np.add.at(self.departures, slot, weight[exposed])
        np.add.at(self.departures_men, slot, self.scale)
        people.state[idx] = ABROAD
        people.place[idx] = place
        people.country[idx] = country
        people.entered[idx] = t
        regular = idx[first & (people.kind[idx] == REGULAR)]
        people.leave_day[regular] += t  # their stay length becomes the day they go home

    def leave(self, sim, idx: np.ndarray) -> None:
        """Agents ``idx`` leave the country they are in (exits)."""
        if len(idx) == 0:
            return
        people = sim.people
        np.add.at(self.exits, people.country[idx], self.person_weight(people, idx))


def world(sim) -> World:
    """The simulation's one World, built by whichever module asks first."""
    w = getattr(sim, "russia_world", None)
    if w is None:
        w = World(sim)
        sim.russia_world = w
        declare_people(sim.people)
    return w


def declare_people(people) -> None:
    """Properties every Russia-2022 module may read; declared once, in one place."""
    for name, dtype, default in (
        ("kind", np.int8, EXPOSED), ("origin", np.int32, -1), ("state", np.int8, HOME),
        ("reservist", np.bool_, False), ("summoned", np.bool_, False), ("car", np.bool_, False),
        ("visa", np.int8, NO_VISA), ("wealth", np.float32, 1.0), ("cyclist", np.bool_, False),
        ("party", np.float32, 1.0), ("mode", np.int8, -1), ("crossing", np.int16, -1),
        ("flight", np.int16, -1), ("due", np.int16, 0), ("qkey", np.float64, 0.0),
        ("place", np.int32, -1), ("country", np.int16, -1), ("entered", np.int16, -1),
        ("leave_day", np.int16, -1), ("tried", np.int32, 0),
    ):
        people.add_property(name, dtype, default)


@nb.njit(inline="always")
def lane_open(c, m, mode_banned, known, aware):
    """Lane m of crossing c is open and this traveller (his ``aware`` rank) has heard that it is."""
    return not mode_banned[c, m] and aware < known[c, m]


@nb.njit(cache=True)
def draws(key, idx, day, k):
    """Counter-based uniforms for the agents ``idx`` (their k-th draw of the day)."""
    out = np.empty(len(idx))
    for j in range(len(idx)):
        out[j] = uniform(key, idx[j], day, k)
    return out


