"""People as a struct of arrays.

One NumPy array per property, preallocated for the largest population the scenario can
reach, never one Python object per person. ``people.count`` says how many rows are in
use; modules work on ``people.<prop>[:people.count]`` views. Rows are appended, never
removed, so a person's row index is a stable identity (and the counter of its draws).
"""

from __future__ import annotations

import numpy as np


class People:
    """Preallocated property arrays plus an in-use count."""

    def __init__(self, capacity: int):
        self.capacity = max(int(capacity), 1)
        self.count = 0
        self._defaults: dict[str, object] = {}
        self._arrays: dict[str, np.ndarray] = {}

    def add_property(self, name: str, dtype, default=0) -> None:
        """Declare a property; modules call this in ``init``."""
        if name in self._arrays:
            if self._arrays[name].dtype != np.dtype(dtype):
                raise ValueError(f"property {name!r} declared twice with different dtypes")
            return
        if hasattr(type(self), name) or name in self.__dict__:
            raise ValueError(f"property name {name!r} is taken by People itself")
        self._defaults[name] = default
        self._set(name, np.full(self.capacity, default, dtype=dtype))

    def _set(self, name: str, arr: np.ndarray) -> None:
        # Each array is also a plain attribute: daily loops read ``people.location`` and the
        # like tens of times a day, and a plain lookup costs a tenth of a __getattr__ call.
        self._arrays[name] = arr
        self.__dict__[name] = arr

    def add(self, n: int) -> tuple[int, int]:
        """Append n people with default values; returns their row range [start, stop)."""
        start, stop = self.count, self.count + int(n)
        if stop > self.capacity:
            self._grow(stop)
        self.count = stop
        return start, stop

    def _grow(self, needed: int) -> None:
        # Only reached when a scenario's capacity estimate was short: amortised doubling.
        capacity = max(needed, int(self.capacity * 1.5))
        for name, arr in self._arrays.items():
            grown = np.full(capacity, self._defaults[name], dtype=arr.dtype)
            grown[: self.count] = arr[: self.count]
            self._set(name, grown)
        self.capacity = capacity

    def bytes_per_person(self) -> int:
        """Bytes one person takes across every property array."""
        return sum(a.itemsize for a in self._arrays.values())
