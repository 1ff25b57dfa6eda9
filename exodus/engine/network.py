"""Places and directed links as arrays.

Each undirected route in the scenario becomes two directed links. Modules keep per-place
state (``place_state``) and per-link state (``link_state``) here, so the parts of a model
that share the map share one set of arrays.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


class Network:
    """The scenario's map: place and directed-link arrays plus shared state on them."""

    def __init__(self, places: pd.DataFrame, links: pd.DataFrame):
        self.places = places.reset_index(drop=True)
        self.names: list[str] = self.places["name"].tolist()
        self.index: dict[str, int] = {n: i for i, n in enumerate(self.names)}
        self.n_places = len(self.names)
        self.countries, self.country = np.unique(self.places["country"].astype(str).to_numpy(), return_inverse=True)
        self.country = self.country.astype(np.int32)

        src = links["source"].map(self.index).to_numpy(np.int32)
        dst = links["target"].map(self.index).to_numpy(np.int32)
        self.link_row = np.concatenate([np.arange(len(links)), np.arange(len(links))]).astype(np.int32)
        self.src = np.concatenate([src, dst]).astype(np.int32)
        self.dst = np.concatenate([dst, src]).astype(np.int32)
        self.length = np.concatenate([links["distance_km"].to_numpy(float)] * 2)
        self.links = links.reset_index(drop=True)
        self.n_links = len(self.src)

        order = np.argsort(self.src, kind="stable")
        self.out_links = order.astype(np.int32)
        self.out_ptr = np.zeros(self.n_places + 1, dtype=np.int32)
        np.add.at(self.out_ptr, self.src + 1, 1)
        self.out_ptr = np.cumsum(self.out_ptr).astype(np.int32)

        self.place_state: dict[str, np.ndarray] = {}
        self.link_state: dict[str, np.ndarray] = {}

    def link_column(self, column: str, default: float) -> np.ndarray:
        """A per-directed-link float array from an optional routes column (blank -> default)."""
        if column not in self.links:
            return np.full(self.n_links, default)
        values = pd.to_numeric(self.links[column], errors="coerce").fillna(default).to_numpy(float)
        return values[self.link_row]

    def links_between(self, a: int, b: int) -> np.ndarray:
        """Directed links a->b and b->a."""
        return np.flatnonzero(((self.src == a) & (self.dst == b)) | ((self.src == b) & (self.dst == a)))
