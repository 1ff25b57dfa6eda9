"""Engine parts: parameter overrides, named streams, people arrays, module parameters."""

from __future__ import annotations

import numpy as np
import pytest

import exodus
from exodus.engine.people import People
from exodus.engine.random import Streams, draw, person_seed, uniform
from exodus.engine.sim import split_overrides
from exodus.errors import ParameterError
from tests.tiny import tiny_scenario


def test_overrides_by_module_or_dotted_key_and_mapping_values():
    names = {"flee.movement", "russia.crossings"}
    out = split_overrides({"flee.movement": {"camp_weight": 2}, "flee.movement.softening": 5,
                           "russia.crossings.capacity_factor": {"Verkhny Lars": 2.0}}, names)
    assert out == {"flee.movement": {"camp_weight": 2, "softening": 5},
                   "russia.crossings": {"capacity_factor": {"Verkhny Lars": 2.0}}}
    with pytest.raises(ParameterError, match="module.parameter"):
        split_overrides({"softening": 5}, names)


def test_unknown_module_or_parameter_is_an_error():
    with pytest.raises(ParameterError, match="no module named 'flee.movment'"):
        exodus.Sim(tiny_scenario(), pars={"flee.movment.softening": 5})
    with pytest.raises(ParameterError, match="unknown parameter") as err:
        exodus.Sim(tiny_scenario(), pars={"flee.movement.sofening": 5})
    assert err.value.field == "sofening"


def test_a_stream_does_not_depend_on_other_streams():
    a = Streams(seed=4)
    b = Streams(seed=4)
    b["other module"].rng.random(1000)  # another module draws first
    np.testing.assert_array_equal(a["spawning"].rng.random(5), b["spawning"].rng.random(5))
    assert a["spawning"].key == b["spawning"].key != a["movement"].key
    assert Streams(seed=5)["spawning"].key != a["spawning"].key


def test_counter_based_draws_are_uniform_and_order_free():
    key = Streams(1)["m"].key
    draws = np.array([uniform(key, i, 3, 0) for i in range(20000)])
    assert 0.0 <= draws.min() and draws.max() < 1.0
    assert abs(draws.mean() - 0.5) < 0.01
    assert np.histogram(draws, bins=10, range=(0, 1))[0].min() > 1800
    assert uniform(key, 7, 3, 0) == draws[7]
    assert uniform(key, 7, 3, 1) != draws[7] != uniform(key, 7, 4, 0)


def test_split_draws_equal_uniform_and_its_original_formula():
    """person_seed + draw (the Flee kernel's) give uniform's floats, which are still those of
    the original two-round formula written out here: changing either changes every run."""
    mask = (1 << 64) - 1

    def mix(z):
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)

    rng = np.random.default_rng(0)
    for _ in range(3000):
        key = int(rng.integers(0, 2**63)) * 2 + int(rng.integers(0, 2))
        agent, day, k = int(rng.integers(0, 2**31)), int(rng.integers(0, 2**15)), int(rng.integers(0, 20))
        z = mix(key ^ ((agent * 0x9E3779B97F4A7C15) & mask))
        z = mix(z ^ ((day * 0xD1B54A32D192ED03 + k) & mask))
        expected = (z >> 11) * (1.0 / 9007199254740992.0)
        key = np.uint64(key)
        assert uniform(key, agent, day, k) == expected
        assert draw(np.uint64(person_seed(key, agent)), day, k) == expected  # a uint64, as in kernels


def test_people_are_preallocated_arrays_that_grow_if_needed():
    people = People(capacity=4)
    people.add_property("location", np.int32, -1)
    people.add_property("weight", np.float32, 1.0)
    start, stop = people.add(3)
    people.location[start:stop] = [5, 6, 7]
    assert people.count == 3 and people.capacity == 4
    people.add(10)  # beyond the estimate: arrays grow, rows keep their values
    assert people.count == 13 and people.capacity >= 13
    np.testing.assert_array_equal(people.location[:4], [5, 6, 7, -1])
    assert len(people.location) == len(people.weight) == people.capacity  # the attributes are the grown arrays
    assert people.bytes_per_person() == 8
    with pytest.raises(ValueError):
        people.add_property("location", np.int64)
    with pytest.raises(ValueError, match="taken by People"):
        people.add_property("count", np.int64)


def test_an_output_folder_is_replaced_whole_or_left_as_it_was(tmp_path):
    from exodus.io.atomic import atomic_folder

    out = tmp_path / "run"
    out.mkdir()
    (out / "old.txt").write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_folder(out) as tmp:
            (tmp / "half.txt").write_text("half")
            raise RuntimeError("disk full")
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["run"]  # no temporary folder left behind
    with atomic_folder(out) as tmp:
        (tmp / "new.txt").write_text("new")
    assert [p.name for p in out.iterdir()] == ["new.txt"]


def test_plot_draws_one_line_per_place():
    sim = exodus.Sim(tiny_scenario(), seed=1).run()
    fig = sim.plot("agents")
    assert [t.name for t in fig.data] == ["A", "B", "C", "D"]
    assert list(fig.data[2].y) == list(sim["flee.movement"].results["agents"][:, 2])


@pytest.mark.parametrize("name", ["tiny", "russia-2022"])
def test_a_finished_sim_is_freed_as_soon_as_it_is_dropped(name):
    """No reference cycle keeps a run's arrays alive until the cyclic collector happens by
    (calibration and ensembles run many sims in one process)."""
    import gc
    import weakref

    from exodus.io import load_scenario

    scenario = tiny_scenario() if name == "tiny" else load_scenario(name)
    gc.collect()
    gc.disable()
    try:
        sim = exodus.Sim(scenario, seed=1).run()
        module = sim.modules[0]
        ref = weakref.ref(sim)
        del sim
        assert ref() is None
        assert module.sim is None
    finally:
        gc.enable()


def test_a_core_is_spare_by_most_looks_not_counting_own_helpers(monkeypatch):
    """A run's helper thread is decided on most of several looks (one look catches whatever woke
    for an instant), and this process's own spinning helpers are not someone else's work."""
    from exodus.engine import cores

    monkeypatch.setattr(cores, "usable_cores", lambda: 2)
    monkeypatch.setattr(cores.time, "sleep", lambda seconds: None)

    def looks(*counts):
        seen = iter(counts)
        monkeypatch.setattr(cores, "others_running", lambda: next(seen))

    looks(0, 1, 0, 1, 0)
    assert cores.core_spare(looks=5)
    looks(1, 0, 1, 0, 1)
    assert not cores.core_spare(looks=5)
    looks(1)
    assert not cores.core_spare()
    looks(1)
    assert cores.core_spare(own_threads=1)


def test_looks_stop_once_most_are_decided(monkeypatch):
    """Two looks alike of three decide: the third is not taken (a look past the counts given fails)."""
    from exodus.engine import cores

    monkeypatch.setattr(cores, "usable_cores", lambda: 2)
    slept = []
    monkeypatch.setattr(cores.time, "sleep", slept.append)

    def looks(*counts):
        seen = iter(counts)
        monkeypatch.setattr(cores, "others_running", lambda: next(seen))

    looks(0, 0)
    assert cores.core_spare(looks=3) and len(slept) == 1
    looks(1, 1)
    assert not cores.core_spare(looks=3) and len(slept) == 2
    looks(0, 1, 1)
    assert not cores.core_spare(looks=3) and len(slept) == 4
    looks(1, 0, 0)
    assert cores.core_spare(looks=3)
