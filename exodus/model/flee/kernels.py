"""Compiled daily kernels of the Flee ruleset.

Agents are independent within a day: route weights and camp fullness are fixed at the
start of the day, and every draw is counter-based (``uniform(key, agent, day, k)``), so
the result does not depend on thread count or evaluation order.
"""

from __future__ import annotations

import types

import numba as nb
import numpy as np

from exodus.engine.random import uniform


@nb.njit(cache=True)
def route_cumulative(by_place, end, distance, ptr, links, closed, score, capmult,
                     softening, weight_softening, distance_power, weight_power, cum):
    """Per place, cumulative route weights over its candidates (into ``cum``).

    A candidate through a closed link weighs 0. When every open candidate weighs 0, the
    open ones are equally likely. Returns each place's total (0: no open route).
    """
    n_places = len(by_place) - 1
    total = np.zeros(n_places)
    is_open = np.ones(len(end), dtype=np.bool_)
    for c in range(len(end)):
        for k in range(ptr[c], ptr[c + 1]):
            if closed[links[k]] > 0:
                is_open[c] = False
                break
    for p in range(n_places):
        acc = 0.0
        for c in range(by_place[p], by_place[p + 1]):
            if is_open[c]:
                e = end[c]
                acc += ((weight_softening + score[e]) / (softening + distance[c]) ** distance_power
                        * capmult[e]) ** weight_power
            cum[c] = acc
        if acc <= 0.0:
            for c in range(by_place[p], by_place[p + 1]):
                acc += 1.0 if is_open[c] else 0.0
                cum[c] = acc
        total[p] = acc
    return total


CHUNKS = 64  # blocks of agents per day: enough to balance threads, few enough to merge cheaply
PARALLEL_FROM = 25_000  # below this many agents, starting threads costs more than it saves


def count_at_places(n, location, link, n_places):
    """How many agents stand at each place (not on a link)."""
    kernel = _count_parallel if n >= PARALLEL_FROM else _count_serial
    return kernel(n, location, link, n_places)


def move_day(n, *args):
    """One day of moving for agents 0..n-1 (Flee's evolve then finish_travel).

    Returns how many agents stand at each place at the end of the day.
    """
    kernel = _move_parallel if n >= PARALLEL_FROM else _move_serial
    return kernel(n, *args)


def warm_up(people, n_places, move_args) -> None:
    """Load (or compile) every kernel variant on zero agents, so the daily loop never waits for it."""
    for count in (_count_serial, _count_parallel):
        count(0, people.location, people.link, n_places)
    for move in (_move_serial, _move_parallel):
        move(0, *move_args)


def _count_at_places(n, location, link, n_places):
    counts = np.zeros((CHUNKS, n_places), dtype=np.int64)
    size = (n + CHUNKS - 1) // CHUNKS
    for b in nb.prange(CHUNKS):
        for i in range(b * size, min(n, (b + 1) * size)):
            if link[i] < 0:
                counts[b, location[i]] += 1
    return counts.sum(axis=0)


def _move_day(n, key, day, location, link, distance, route, step, previous, backtrack,
              movechance, by_place, cum, total, end, ptr, links,
              link_src, link_dst, link_length, link_speed, link_walk, walk_speed, closed, dest_full):
    # One loop body with no calls but the inlined draw: a call passing this many arrays
    # costs more than everything a person does on a quiet day.
    counts = np.zeros((CHUNKS, len(movechance)), dtype=np.int64)
    size = (n + CHUNKS - 1) // CHUNKS
    for b in nb.prange(CHUNKS):
        for i in range(b * size, min(n, (b + 1) * size)):
            k = 0  # index of this person's next draw today
            departing = False
            if link[i] < 0:
                k = 1
                if uniform(key, i, day, 0) >= movechance[location[i]]:
                    counts[b, location[i]] += 1
                    continue
                departing = True
            moved = 0.0
            while True:
                if departing:
                    # Plan a route if there is none, then step onto its next link.
                    departing = False
                    loc = location[i]
                    if route[i] < 0:
                        if total[loc] <= 0.0:
                            break
                        lo = by_place[loc]
                        for _ in range(8):
                            u = uniform(key, i, day, k) * total[loc]
                            k += 1
                            lo = by_place[loc]
                            hi = by_place[loc + 1] - 1
                            while lo < hi:  # first candidate whose cumulative weight exceeds u
                                mid = (lo + hi) // 2
                                if cum[mid] > u:
                                    hi = mid
                                else:
                                    lo = mid + 1
                            # A route straight back to the place just left is kept with probability backtrack.
                            if backtrack >= 1.0 or link_dst[links[ptr[lo]]] != previous[i]:
                                break
                            keep = uniform(key, i, day, k) < backtrack
                            k += 1
                            if keep:
                                break
                        route[i] = lo
                        step[i] = 0
                    c = route[i]
                    lk = links[ptr[c] + step[i]]
                    if dest_full[end[c]] or closed[lk] > 0:
                        route[i] = -1
                        break
                    link[i] = lk
                    distance[i] = 0.0
                    previous[i] = loc
                    step[i] += 1
                    if ptr[c] + step[i] >= ptr[c + 1]:
                        route[i] = -1
                # Travel along the current link.
                lk = link[i]
                speed = link_speed[lk]
                if link_walk[lk] > 0.0:
                    if uniform(key, i, day, k) < link_walk[lk]:
                        speed = walk_speed
                    k += 1
                pos = distance[i] + speed
                moved += speed
                if pos <= link_length[lk]:
                    distance[i] = pos
                    break
                moved += link_length[lk] - pos
                link[i] = -1
                distance[i] = 0.0
                if closed[lk] > 0:  # closed while travelling: back to where the link starts
                    location[i] = link_src[lk]
                    route[i] = -1
                    break
                here = link_dst[lk]
                location[i] = here
                if moved >= speed:
                    break
                # Time left today: decide again at the new place; a new link gets a full day's credit.
                u = uniform(key, i, day, k)
                k += 1
                if u >= movechance[here]:
                    break
                departing = True
            if link[i] < 0:
                counts[b, location[i]] += 1
    return counts.sum(axis=0)


def _named(fn, name: str):
    """The same function under another name: Numba's on-disk cache is keyed by name, so a
    threaded and a serial build of one function would otherwise overwrite each other."""
    clone = types.FunctionType(fn.__code__, fn.__globals__, name, fn.__defaults__, fn.__closure__)
    clone.__qualname__ = name
    return clone


_count_parallel = nb.njit(parallel=True, cache=True)(_named(_count_at_places, "_count_at_places_threaded"))
_count_serial = nb.njit(cache=True)(_count_at_places)
_move_parallel = nb.njit(parallel=True, cache=True)(_named(_move_day, "_move_day_threaded"))
_move_serial = nb.njit(cache=True)(_move_day)
