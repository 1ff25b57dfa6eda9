"""Whole runs of Flee scenarios: conservation, determinism, outputs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import exodus
from exodus.io.flee import load_flee
from exodus.io.flee_out import flee_out_table
from tests.conftest import FLEE_SCENARIOS


@pytest.fixture(scope="module")
def mali():
    return load_flee(FLEE_SCENARIOS / "mali")


class Invariants(exodus.Module):
    """Checks after every day that every spawned person is at a place or on a link, and counted there."""

    kind = "test.invariants"

    def update_results(self, sim):
        n = sim.people.count
        loc, link = sim.people.location[:n], sim.people.link[:n]
        assert (loc >= 0).all() and (loc < sim.network.n_places).all()
        on_link = link >= 0
        assert (link < sim.network.n_links).all()
        # a traveller stands on a link that leaves its last place
        assert (sim.network.src[link[on_link]] == loc[on_link]).all()
        agents = sim["flee.movement"].results["agents"][sim.t]
        assert agents.sum() + on_link.sum() == n
        assert sim["flee.movement"].results["on_links"][sim.t] == on_link.sum()  # from the kernel's head count
        # the running occupancy (updated by arrivals and departures) is the head count
        np.testing.assert_array_equal(agents, np.bincount(loc[~on_link], minlength=sim.network.n_places))
        # everyone at a place has drawn the day he next tries to leave, and it is after today
        assert (sim.people.wake[:n][~on_link] > sim.t).all()
        # and everyone on a link is due tomorrow: a traveller never stops on a link (one who
        # left on a day his place's chance changed used to keep his old, later wake there)
        assert (sim.people.wake[:n][on_link] <= sim.t).all()
        spawned = sim["flee.spawning"].results["spawned"][: sim.t + 1].sum()
        assert n == spawned + sim["flee.spawning"].day0_agents
        self.checked = getattr(self, "checked", 0) + 1


def test_everyone_is_somewhere_every_day(mali):
    from exodus.model.registry import build_modules

    modules = build_modules(mali, {}) + [Invariants()]
    sim = exodus.Sim(mali, seed=3, modules=modules).run()
    assert modules[-1].checked == mali.days
    assert sim.people.count > 10_000


def test_same_seed_same_results_different_seed_differs(mali):
    a = exodus.Sim(mali, seed=7).run()
    b = exodus.Sim(mali, seed=7).run()
    c = exodus.Sim(mali, seed=8).run()
    ra, rb, rc = (s["flee.movement"].results["agents"] for s in (a, b, c))
    np.testing.assert_array_equal(ra, rb)
    np.testing.assert_array_equal(a.people.location[: a.people.count], b.people.location[: b.people.count])
    assert not np.array_equal(ra, rc)


def test_thread_count_does_not_change_results(mali, monkeypatch):
    import numba

    from exodus.model.flee import kernels

    monkeypatch.setattr(kernels, "PARALLEL_FROM", 0)  # use the threaded kernels even for mali's 15k agents
    serial = exodus.Sim(mali, seed=5).run()["flee.movement"].results["agents"].copy()
    before = numba.get_num_threads()
    try:
        numba.set_num_threads(1)
        one = exodus.Sim(mali, seed=5).run()["flee.movement"].results["agents"].copy()
        numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
        many = exodus.Sim(mali, seed=5).run()["flee.movement"].results["agents"]
    finally:
        numba.set_num_threads(before)
    np.testing.assert_array_equal(one, many)
    monkeypatch.setattr(kernels, "PARALLEL_FROM", 10**12)
    np.testing.assert_array_equal(one, exodus.Sim(mali, seed=5).run()["flee.movement"].results["agents"])
    np.testing.assert_array_equal(one, serial)


@pytest.mark.parametrize("patience", [2_000_000, 0])
def test_the_spinning_helper_does_not_change_results(mali, monkeypatch, patience):
    """Days shared with the spinning helper thread, or left to the main thread when the helper
    has gone home (patience 0), and people arrays outgrown mid-run (a new helper on the new
    arrays) all give the one-thread run's results."""
    import dataclasses

    from exodus.model.flee import kernels, movement

    monkeypatch.setattr(movement, "spin_helper_wanted", lambda: False)
    alone = exodus.Sim(mali, seed=4).run()
    assert alone["flee.movement"].spinner is None
    monkeypatch.setattr(movement, "spin_helper_wanted", lambda: True)
    monkeypatch.setattr(kernels, "SPIN_PATIENCE", patience)
    short = dataclasses.replace(mali, capacity_hint=3000)  # grows three times
    for scenario in (mali, short):
        helped = exodus.Sim(scenario, seed=4).run()
        assert helped["flee.movement"].spinner is not None
        np.testing.assert_array_equal(helped["flee.movement"].results["agents"], alone["flee.movement"].results["agents"])
        n = alone.people.count
        np.testing.assert_array_equal(helped.people.location[:n], alone.people.location[:n])
        np.testing.assert_array_equal(helped.people.wake[:n], alone.people.wake[:n])


def test_people_reach_camps_and_out_csv_has_flee_layout(mali):
    sim = exodus.Sim(mali, seed=1).run()
    out = flee_out_table(sim)
    camps = list(mali.tables["camp_data"].columns)
    expected = ["Day", "Date"] + [f"{c} {k}" for c in camps for k in ("sim", "data", "error")] + [
        "Total error", "refugees in camps (UNHCR)", "total refugees (simulation)", "raw UNHCR refugee count",
        "refugees in camps (simulation)", "refugee_debt"]
    assert list(out.columns) == expected
    assert len(out) == mali.days
    # people spawned in conflict zones end up in camps over the period
    assert out["refugees in camps (simulation)"].iloc[-1] > 0.5 * out["total refugees (simulation)"].iloc[-1]
    assert (out["total refugees (simulation)"].diff().dropna() >= 0).all()


def test_to_df_is_tidy(mali):
    sim = exodus.Sim(mali, seed=1).run()
    df = sim.to_df()
    assert list(df.columns) == ["date", "day", "module", "result", "label", "value"]
    agents = df[(df.result == "agents") & (df.day == mali.days - 1)]
    assert len(agents) == len(mali.places)
    assert agents["value"].sum() == sim["flee.movement"].results["agents"][-1].sum()
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
