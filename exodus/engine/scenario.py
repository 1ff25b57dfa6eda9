"""The Scenario: everything a simulation needs as data, whatever file format it came from.

Adapters in ``exodus.io`` build Scenarios; the model only ever sees this object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class Scenario:
    """A study region and period, its tables, and the modules that model it.

    places: one row per place (name, country, latitude, longitude, kind, population, capacity, ...)
    links:  one row per undirected route (source, target, distance_km, ...), by place name
    tables: named data tables the modules read (conflict series, closures, observations, ...)
    modules: (kind, parameters) in the order they step each day
    """

    name: str
    start: dt.date
    days: int
    places: pd.DataFrame
    links: pd.DataFrame
    modules: list[tuple[str, dict]]
    tables: dict[str, object] = field(default_factory=dict)
    capacity_hint: int = 0
    source: str = ""

    @property
    def dates(self) -> pd.DatetimeIndex:
        return pd.date_range(self.start, periods=self.days, freq="D")

    def fingerprint(self) -> str:
        """A stable hash of the scenario's data and module setup."""
        h = hashlib.sha256()
        h.update(f"{self.name}|{self.start}|{self.days}|{self.modules!r}".encode())
        for frame in (self.places, self.links):
            h.update(pd.util.hash_pandas_object(frame, index=True).values.tobytes())
        for key in sorted(self.tables):
            value = self.tables[key]
            h.update(key.encode())
            if isinstance(value, pd.DataFrame):
                h.update(pd.util.hash_pandas_object(value, index=True).values.tobytes())
            elif isinstance(value, np.ndarray):
                h.update(np.ascontiguousarray(value).tobytes())
            else:
                h.update(repr(value).encode())
        return h.hexdigest()[:16]
