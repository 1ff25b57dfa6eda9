"""Per-place state the Flee modules share: what kind of place each is, today."""

from __future__ import annotations

import numba as nb
import numpy as np
import pandas as pd


def place_state(sim) -> dict[str, np.ndarray]:
    """Create (once) and return the Flee place state on the sim's network."""
    state = sim.network.place_state
    if "camp" in state:
        return state
    places: pd.DataFrame = sim.network.places
    kind = places["kind"].to_numpy(str)
    n = len(kind)
    camp = np.char.find(kind, "camp") >= 0
    conflict_kind = ~camp & (np.char.find(kind, "conflict") >= 0)
    forward = ~camp & ~conflict_kind & (np.char.find(kind, "forward") >= 0)
    marker = ~camp & ~conflict_kind & ~forward & (np.char.find(kind, "marker") >= 0)
    dated = places["conflict_date"].to_numpy(np.int64) > 0
    intensity = np.ones(n)
    if "conflict_intensity" in places:
        intensity = pd.to_numeric(places["conflict_intensity"], errors="coerce").fillna(1.0).to_numpy(float)
    conflict = np.where(conflict_kind & ~dated, intensity, -1.0)
    population = places["population"].to_numpy(np.float64)
    state.update(
        camp=camp.copy(),
        idpcamp=camp & (np.char.find(kind, "idp") >= 0),
        forward=forward,
        marker=marker,
        conflict=conflict,
        time_of_conflict=np.zeros(n, dtype=np.int64),
        foreign=places["country"].to_numpy(str) != str(places["country"].iloc[0]),
        population=population.copy(),
        # A camp's population column is its capacity; 0 means unlimited (-1).
        capacity=np.where(camp & (population > 0), population, -1.0),
    )
    return state


@nb.njit(inline="always", cache=True)
def conflict_decay(decay, elapsed) -> float:
    """Conflict weight decay by 30-day periods since a conflict started (1 when ``decay`` is empty):
    the one rule both spawning and route scores use."""
    if len(decay) == 0:
        return 1.0
    return decay[min(max(elapsed, 0) // 30, len(decay) - 1)]


@nb.njit(cache=True)
def spawn_weights(conflict, population, time_of_conflict, decay, day, weights):
    """Each place's spawn weight today (into ``weights``): population x intensity x decay where
    a conflict is active, else 0. One compiled pass instead of a handful of NumPy calls a day."""
    for p in range(len(conflict)):
        active = conflict[p] > 0
        weights[p] = population[p] * conflict[p] * conflict_decay(decay, day - time_of_conflict[p]) if active else 0.0


@nb.njit(cache=True)
def place_spawned(location, start, counts):
    """Rows from ``start`` on take place p counts[p] times, in place order (np.repeat's layout)."""
    i = start
    for p in range(len(counts)):
        for _ in range(counts[p]):
            location[i] = p
            i += 1


def decay_table(decay: list[float] | None) -> np.ndarray:
    """The ``conflict_spawn_decay`` parameter as the array the kernels read (empty: no decay)."""
    return np.asarray(decay or [], dtype=np.float64)
