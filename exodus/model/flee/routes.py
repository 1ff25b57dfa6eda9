"""Every route an agent can consider: simple paths up to its awareness depth.

Computed once per simulation. Candidate c starts at place ``start[c]``, ends at
``end[c]`` after ``distance[c]`` km, and follows links ``links[ptr[c]:ptr[c+1]]``.
Candidates of place p are ``by_place[p]:by_place[p+1]``. Steps through markers do not
count against the depth, and a marker is never a candidate's end.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from exodus.engine.network import Network


@dataclass
class Candidates:
    start: np.ndarray
    end: np.ndarray
    distance: np.ndarray
    ptr: np.ndarray
    links: np.ndarray
    by_place: np.ndarray
    first_stop: np.ndarray  # where each candidate's first link leads

    def __len__(self) -> int:
        return len(self.end)


def enumerate_candidates(net: Network, marker: np.ndarray, depth: int) -> Candidates:
    depth = max(int(depth), 1)
    start, end, dist, paths = [], [], [], []

    def walk(origin: int, here: int, visited: set[int], path: list[int], km: float, steps: int) -> None:
        for k in range(net.out_ptr[here], net.out_ptr[here + 1]):
            lk = int(net.out_links[k])
            nxt = int(net.dst[lk])
            if nxt in visited:
                continue
            d = km + float(net.length[lk])
            counted = steps if marker[nxt] else steps + 1
            if not marker[nxt]:
                start.append(origin)
                end.append(nxt)
                dist.append(d)
                paths.append(path + [lk])
            if counted < depth:
                walk(origin, nxt, visited | {nxt}, path + [lk], d, counted)

    for p in range(net.n_places):
        walk(p, p, {p}, [], 0.0, 0)
    ptr = np.zeros(len(paths) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(x) for x in paths])
    by_place = np.searchsorted(np.asarray(start, dtype=np.int64), np.arange(net.n_places + 1))
    links = np.asarray([lk for x in paths for lk in x], dtype=np.int32)
    return Candidates(
        start=np.asarray(start, dtype=np.int32),
        end=np.asarray(end, dtype=np.int32),
        distance=np.asarray(dist, dtype=np.float64),
        ptr=ptr,
        links=links,
        by_place=by_place.astype(np.int64),
        first_stop=net.dst[links[ptr[:-1]]].astype(np.int32),
    )
