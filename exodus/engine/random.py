"""Named random streams.

Every module draws from its own stream, keyed by (sim seed, module name), so adding or
changing one module never reshuffles another's draws. Two kinds of draw are offered:

* ``stream.rng``: a NumPy ``Generator`` for whole-array draws made once per step
  (how many spawn where, for example);
* ``stream.key``: a 64-bit key for counter-based draws inside compiled kernels.
  ``uniform(key, agent, day, k)`` hashes its arguments, so the k-th draw of an agent on a
  day is the same whatever the order, thread or process that evaluates it.
"""

from __future__ import annotations

import zlib

import numba as nb
import numpy as np



class Stream:
    """A module's random stream: a Generator for array draws plus a key for kernels."""

    def __init__(self, seed: int, name: str):
        self.name = name
        seq = np.random.SeedSequence([int(seed) & 0xFFFFFFFF, zlib.crc32(name.encode())])
        self.key = np.uint64(seq.generate_state(1, np.uint64)[0])
        self.rng = np.random.Generator(np.random.PCG64(seq.spawn(1)[0]))


class Streams:
    """All named streams of one simulation."""

    def __init__(self, seed: int):
        self.seed = int(seed)
        self._streams: dict[str, Stream] = {}

    def __getitem__(self, name: str) -> Stream:
        if name not in self._streams:
            self._streams[name] = Stream(self.seed, name)
        return self._streams[name]


@nb.njit(inline="always", cache=True)
def _mix(z):
    # splitmix64 finaliser: a bijection with good avalanche on 64-bit words.
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


@nb.njit(inline="always", cache=True)
def person_seed(key, agent):
    """The part of ``uniform`` that depends only on (key, agent): a kernel drawing several
    times for one person computes it once and passes it to ``draw``."""
    return _mix(key ^ (np.uint64(agent) * np.uint64(0x9E3779B97F4A7C15)))


@nb.njit(inline="always", cache=True)
def draw(seed, day, k):
    """``uniform(key, agent, day, k)`` from ``seed = person_seed(key, agent)``: the same float."""
    z = _mix(seed ^ (np.uint64(day) * np.uint64(0xD1B54A32D192ED03) + np.uint64(k)))
    return np.float64(z >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@nb.njit(inline="always", cache=True)
def uniform(key, agent, day, k):
    """A uniform draw in [0, 1) for (stream key, agent, day, k-th draw of that day)."""
    return draw(person_seed(key, agent), day, k)
