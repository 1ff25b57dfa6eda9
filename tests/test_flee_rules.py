"""Flee movement rules on a tiny map where the right answer is known."""

from __future__ import annotations

import numpy as np

import exodus
from exodus.model.flee.kernels import place_rules
from tests.tiny import tiny_scenario


def agents(sim, place: str) -> np.ndarray:
    return sim["flee.movement"].results["agents"][:, sim.network.index[place]]


def test_spawned_people_flee_to_camps_and_stay():
    sim = exodus.Sim(tiny_scenario(), seed=1).run()
    assert sim.people.count == 1000
    settled = agents(sim, "C")[-1] + agents(sim, "D")[-1]
    assert settled >= 990  # camps keep people (move chance 0.001 a day)
    # nearer camp C (50 km from B) draws more than D (150 km): weight ~ 1/(10 + km)
    assert agents(sim, "C")[-1] > 2 * agents(sim, "D")[-1]


def test_turning_straight_back_is_rarer_than_in_flee():
    # From hub B, people pick A (where they came from), C or D. A conflict zone holds half
    # its people a day, so without returns A empties geometrically: ~4000 person-days for
    # 4000 people (standard deviation about 90 in one run, 40 in the mean of five).
    movement = {"conflict_movechance": 0.5}
    at_a = {}
    for weight in (0.0, 0.3, 1.0):
        at_a[weight] = np.mean([
            agents(exodus.Sim(tiny_scenario(people=4000, movement=movement), seed=seed,
                              pars={"flee.movement.backtrack_weight": weight}).run(), "A")[1:].sum()
            for seed in range(1, 6)])
    assert at_a[0.0] < 4160 < at_a[0.3] < at_a[1.0]
    assert at_a[1.0] > 4800
    assert exodus.Sim(tiny_scenario()).modules[-1].pars.backtrack_weight == 0.3  # the default


def test_a_way_back_keeps_backtrack_weight_of_its_weight_in_one_choice():
    # At 50 km a day, people spawned in A reach hub B at the end of day 2's first step and
    # choose at once among A (back), C and D: day 2 ends with each on the first link of his
    # choice. A way back weighs backtrack_weight times its route weight, score / (10 + km).
    for weight in (0.3, 1.0):
        sim = exodus.Sim(tiny_scenario(days=3, people=4000, movement={"max_move_speed": 50.0}), seed=2,
                         pars={"flee.movement.backtrack_weight": weight}).run()
        net, people, movement = sim.network, sim.people, sim["flee.movement"]
        heading = net.dst[people.link[:people.count]]
        assert (people.link[:people.count] >= 0).all() and (net.src[people.link[:people.count]] == 1).all()
        reach = {name: movement.score[net.index[name]] / (10 + km) for name, km in (("A", 50), ("C", 50), ("D", 150))}
        expected = weight * reach["A"] / (weight * reach["A"] + reach["C"] + reach["D"])
        back = np.mean(heading == net.index["A"])
        assert abs(back - expected) < 4 * np.sqrt(expected * (1 - expected) / 4000), (weight, back, expected)


def test_where_every_open_way_leads_back_people_go_back_even_at_backtrack_weight_zero():
    # B's ways on to C and D are closed: its one open way leads back to A, whose weight a
    # backtrack_weight of 0 takes away. People still take it, as at a dead end, not stay at B.
    closed = [{"type": "link", "name1": "B", "name2": end, "start": 0, "end": -1} for end in ("C", "D")]
    scenario = tiny_scenario(days=3, people=1000, closures=closed, movement={"max_move_speed": 50.0})
    scenario.links.loc[0, ["source", "target"]] = ["B", "A"]  # the way back first among B's candidates
    sim = exodus.Sim(scenario, seed=1, pars={"flee.movement.backtrack_weight": 0.0}).run()
    net, people = sim.network, sim.people
    on = people.link[:people.count]
    assert (on >= 0).all() and (net.src[on] == net.index["B"]).all() and (net.dst[on] == net.index["A"]).all()


def test_wait_before_a_move_is_geometric_with_the_daily_chance():
    from exodus.model.flee.kernels import NEVER, days_until_move

    u = (np.arange(200_000) + 0.5) / 200_000  # evenly spread uniforms
    for chance in (0.001, 0.1, 0.3, 0.8):
        waits = np.array([days_until_move(x, chance, 1 / np.log1p(-chance)) for x in u])
        # P(wait = d) = (1 - p)^d p: the law of a daily draw repeated until it succeeds
        for d in range(4):
            assert abs(np.mean(waits == d) - (1 - chance) ** d * chance) < 1e-4
        assert abs(waits.mean() - (1 - chance) / chance) < 1e-3 * (1 - chance) / chance + 1e-4
    assert days_until_move(0.999999, 1.0, 0.0) == 0
    assert days_until_move(0.0, 0.0, 0.0) == NEVER


def test_due_people_are_listed_in_simd_as_a_scalar_scan_lists_them():
    import numba as nb

    from exodus.model.flee.kernels import LANES, NEVER, _append_due

    @nb.njit
    def listed(wake, first, day):
        due = np.empty(len(wake) - first, dtype=np.uint32)
        m = 0
        for j in range(0, len(due) - len(due) % LANES, LANES):
            m = _append_due(wake, first + j, day, due, m, j)
        return due[:m].copy()

    rng = np.random.default_rng(3)
    for day in (0, 5, 700, NEVER - 1):
        wake = rng.choice(np.array([-1, 0, day - 1, day, day + 1, NEVER], dtype=np.int16), 37 * LANES + 3)
        for first in (0, 3, LANES):
            whole = (len(wake) - first) // LANES * LANES
            expected = np.flatnonzero(wake[first:first + whole] <= day)
            assert np.array_equal(listed(wake, first, day), expected)


def test_a_run_longer_than_wake_days_can_count_is_refused():
    import pytest

    from exodus.errors import InputError
    from exodus.model.flee.kernels import NEVER

    with pytest.raises(InputError, match="at most 32,766 days"):
        exodus.Sim(tiny_scenario(days=NEVER), seed=1).init()


def test_speed_limits_daily_distance():
    slow = exodus.Sim(tiny_scenario(movement={"max_move_speed": 30.0}), seed=1).run()
    # C is 100 km from A; at 30 km/day (with Flee's full credit per new link) it takes until day 3
    assert agents(slow, "C")[:3].sum() == 0
    assert agents(slow, "C")[-1] > 0


def test_closed_link_blocks_and_reopens():
    closure = [{"type": "link", "name1": "B", "name2": "C", "start": 0, "end": 10}]
    sim = exodus.Sim(tiny_scenario(closures=closure), seed=1).run()
    assert agents(sim, "C")[:10].sum() == 0
    assert agents(sim, "D")[9] > 900
    assert sim["flee.closures"].results["closed_links"][5] == 2
    assert sim["flee.closures"].results["closed_links"][15] == 0


def test_full_camp_turns_people_away():
    sim = exodus.Sim(tiny_scenario(capacity=100, per_day=20, days=60), seed=1).run()
    at_c = agents(sim, "C")
    # From 96 of 100 (buffer 0.9) C counts as full at the start of a day: nobody enters it that day.
    full = at_c[:-1] >= 96
    assert full.sum() > 20
    assert (at_c[1:][full] <= at_c[:-1][full]).all()
    # Decisions use start-of-day occupancy, so when C reopens everyone the hub turned away
    # may enter on the same day: an overshoot bounded by that crowd, not by the day's arrivals.
    assert at_c.max() <= 100 + 40
    assert agents(sim, "D")[-1] > 800


def test_country_closure_keeps_people_home():
    closure = [{"type": "country", "name1": "Home", "name2": "Abroad", "start": 0, "end": -1}]
    sim = exodus.Sim(tiny_scenario(closures=closure), seed=1).run()
    assert agents(sim, "D").max() == 0
    assert agents(sim, "C")[-1] > 950


def test_conflict_zones_start_and_end_with_conflicts_csv():
    sc = tiny_scenario(days=30, spawn_day=1)
    sc.places.loc[0, "conflict_date"] = 5  # a dated conflict zone starts as a town
    series = sc.tables["conflicts"]
    series[:, 0] = 0.0
    series[5:15, 0] = 1.0  # A is at war from day 5 to day 14
    sim = exodus.Sim(sc, seed=1).run()
    zones = sim["flee.conflicts"].results["conflict_zones"]
    assert zones[:5].sum() == 0 and (zones[5:15] == 1).all() and zones[15:].sum() == 0
    spawned = sim["flee.spawning"].results["spawned"][:, 0]
    assert spawned[:5].sum() == 0 and spawned[5] == 1000  # people wait for a conflict zone, then all leave A


def test_a_closed_camp_is_a_town_until_its_closure_ends():
    closure = [{"type": "camp", "name1": "C", "name2": "", "start": 0, "end": 10}]
    closed = agents(exodus.Sim(tiny_scenario(closures=closure), seed=1).run(), "C")
    open_camp = agents(exodus.Sim(tiny_scenario(), seed=1).run(), "C")
    # as a town, C loses people every day; as a camp, almost nobody leaves
    assert (np.diff(closed[1:10]) < 0).all() and closed[9] < 0.3 * open_camp[9]
    assert abs(open_camp[19] - open_camp[1]) < 10
    # once a camp again, C keeps its people: about 140 people x 10 days x 0.001 = 1.4 leave
    losses = -np.minimum(np.diff(closed[10:]), 0).sum()
    assert losses <= 6 and closed[19] >= closed[10] - 6


def test_walking_links_slow_people_down():
    sc = tiny_scenario()
    sc.links["walk_probability"] = ["1", "", ""]  # A-B is always walked (35 km a day)
    walked = exodus.Sim(sc, seed=1).run()
    assert agents(walked, "C")[:2].sum() == 0  # 50 km on foot takes two days
    assert agents(exodus.Sim(tiny_scenario(), seed=1).run(), "C")[1] > 0


def test_taking_spawned_people_from_the_population():
    taken = exodus.Sim(tiny_scenario(), seed=1, pars={"flee.spawning.take_from_population": True}).run()
    kept = exodus.Sim(tiny_scenario(), seed=1).run()
    assert taken.network.place_state["population"][0] == 10000 - 1000
    assert kept.network.place_state["population"][0] == 10000


def test_conflict_decay_by_thirty_day_periods_in_spawning_and_route_scores():
    from exodus.model.flee.places import decay_table, spawn_weights

    def spawn_weight(table, elapsed, conflict):  # population 2, conflicts started ``elapsed`` days before day 0
        weights = np.empty(len(elapsed))
        spawn_weights(conflict, np.full(len(elapsed), 2.0), -elapsed, table, 0, weights)
        return weights

    table = decay_table([1.0, 0.5, 0.1])
    elapsed = np.array([-5, 0, 29, 30, 59, 60, 1000])
    np.testing.assert_array_equal(spawn_weight(table, elapsed, np.ones(7)), [2, 2, 2, 1, 1, 0.2, 0.2])
    np.testing.assert_array_equal(spawn_weight(decay_table(None), elapsed, np.full(7, 0.5)), np.ones(7))
    np.testing.assert_array_equal(spawn_weight(table, elapsed, np.full(7, -1.0)), np.zeros(7))  # no conflict
    # a conflict zone's route score is conflict_weight ** (decay * conflict): after 30 days, half the exponent
    sim = exodus.Sim(tiny_scenario(), seed=1, pars={"flee.movement.conflict_spawn_decay": [1.0, 0.5],
                                                    "flee.movement.conflict_weight": 0.25})
    sim.init()
    movement, a = sim["flee.movement"], sim.network.index["A"]
    sim.t = 30
    place_rules(*movement.rule_args(sim))
    assert movement.score[a] == 0.25 ** 0.5


def test_attraction_multiplies_a_places_score_in_route_choice():
    # From hub B, C weighs 1/(10 + 50) and D 1/(10 + 150): 8/3 times as many go to C; D's
    # attraction 8/3 makes the two equally likely.
    def c_over_d(pars):
        sim = exodus.Sim(tiny_scenario(), seed=1, pars=pars).run()
        return agents(sim, "C")[-1] / agents(sim, "D")[-1]

    assert c_over_d({}) > 2.2
    assert 0.8 < c_over_d({"flee.movement.attraction": {"D": 8 / 3}}) < 1.25
    assert c_over_d({"flee.movement.attraction": "C=0.5"}) < 1.6  # the command line's form
    sim = exodus.Sim(tiny_scenario(), seed=1, pars={"flee.movement.attraction": {"D": 3.0}})
    sim.init()
    movement = sim["flee.movement"]
    place_rules(*movement.rule_args(sim))
    assert movement.score[sim.network.index["D"]] == 3.0


def test_no_attraction_is_the_run_without_it():
    runs = [exodus.Sim(tiny_scenario(), seed=2, pars=pars).run()["flee.movement"].results["agents"]
            for pars in ({}, {"flee.movement.attraction": {}}, {"flee.movement.attraction": {"C": 1.0, "D": 1.0}})]
    np.testing.assert_array_equal(runs[0], runs[1])
    np.testing.assert_array_equal(runs[0], runs[2])


def test_attraction_of_an_unknown_place_or_not_positive_is_refused():
    import pytest

    from exodus.errors import ParameterError

    with pytest.raises(ParameterError, match="field 'attraction': unknown place 'E'"):
        exodus.Sim(tiny_scenario(), pars={"flee.movement.attraction": {"E": 2.0}}).init()
    for bad in (0.0, -1.0):
        with pytest.raises(ParameterError, match="attraction.C.*greater than 0"):
            exodus.Sim(tiny_scenario(), pars={"flee.movement.attraction": {"C": bad}})
