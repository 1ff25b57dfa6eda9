"""A tiny Flee-style scenario built in code, for tests that need to know the answer."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from exodus.engine.scenario import Scenario


def tiny_scenario(days: int = 20, spawn_day: int = 1, people: int = 1000, per_day: int | None = None,
                  capacity: int = 0,
                  closures: list[dict] | None = None, movement: dict | None = None) -> Scenario:
    """A (conflict) - B (forwarding hub) - C (camp), plus B - D (camp, farther, in another country)."""
    places = pd.DataFrame({
        "name": ["A", "B", "C", "D"],
        "region": "r",
        "country": ["Home", "Home", "Home", "Abroad"],
        "latitude": [0.0, 0.0, 0.0, 1.0],
        "longitude": [0.0, 1.0, 2.0, 1.0],
        "kind": ["conflict_zone", "forwarding_hub", "camp", "camp"],
        "conflict_date": 0,
        "population": [10000, 0, capacity, 0],
    })
    links = pd.DataFrame({"source": ["A", "B", "B"], "target": ["B", "C", "D"],
                          "distance_km": [50.0, 50.0, 150.0], "forced_redirection": ""})
    # `people` arrive on spawn_day, or `per_day` a day from spawn_day until `people` have come
    step = per_day or people
    total = np.minimum(np.maximum(np.arange(days) - spawn_day + 1, 0) * step, people).astype(np.int64)
    conflicts = np.zeros((days, 4))
    conflicts[:, 0] = 1.0
    camp_data = pd.DataFrame({"C": np.full(days, people / 2), "D": np.full(days, people / 2)})
    camp_data.iloc[0] = 0
    return Scenario(
        name="tiny", start=dt.date(2020, 1, 1), days=days, places=places, links=links,
        modules=[("flee.conflicts", {}), ("flee.spawning", {}), ("flee.closures", {}),
                 ("flee.movement", dict(movement or {}))],
        tables={"conflicts": conflicts, "total": total, "camp_data": camp_data,
                "closures": pd.DataFrame(closures or [], columns=["type", "name1", "name2", "start", "end"])},
        capacity_hint=people,
    )
