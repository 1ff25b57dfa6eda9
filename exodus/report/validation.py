"""Validation error of a run against UNHCR camp counts, scored the way Flee scores it.

Works on any table in Flee's out.csv layout (``<camp> sim`` / ``<camp> data`` column
pairs plus ``refugees in camps (UNHCR)`` and ``refugees in camps (simulation)``), so
Flee's own output and ours are scored by the same code.

Per day t, with U(t) the UNHCR camp total and S(t) the simulated camp total:

- normal:   d(t)  = sum_c |sim_c - data_c| / max(U, 1)
- rescaled: dr(t) = sum_c |sim_c * U/S - data_c| / max(U, 1), the sim part taken as 0
  when S = 0; this scores only how arrivals are spread over camps, not how many.

The averaged relative difference (ARD) is the mean of the daily series over all rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

UNHCR_TOTAL = "refugees in camps (UNHCR)"
SIM_TOTAL = "refugees in camps (simulation)"
MODES = ("rescaled", "normal")


def camp_names(out: pd.DataFrame) -> list[str]:
    """Camps of an out.csv table, in column order: those with both sim and data columns."""
    columns = set(out.columns)
    return [c[: -len(" sim")] for c in out.columns
            if c.endswith(" sim") and f"{c[: -len(' sim')]} data" in columns]


def per_day_error(out: pd.DataFrame, mode: str = "rescaled") -> pd.Series:
    """Daily relative difference d(t) (mode="normal") or dr(t) (mode="rescaled")."""
    sim, data, unhcr = camp_counts(out, mode)
    error = np.abs(sim - data).sum(axis=1) / np.maximum(unhcr, 1.0)
    return pd.Series(error, index=out.index, name=f"error ({mode})")


def camp_counts(out: pd.DataFrame, mode: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(simulated counts by day and camp, rescaled to U in mode "rescaled"; reported counts; U by day)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    missing = [c for c in (UNHCR_TOTAL, SIM_TOTAL) if c not in out.columns]
    camps = camp_names(out)
    if missing or not camps:
        what = ", ".join(repr(c) for c in missing) or "'<camp> sim' and '<camp> data' columns"
        raise ValueError(f"out.csv table lacks {what}")
    sim = out[[f"{c} sim" for c in camps]].to_numpy(dtype=float)
    data = out[[f"{c} data" for c in camps]].to_numpy(dtype=float)
    unhcr = out[UNHCR_TOTAL].to_numpy(dtype=float)
    if mode == "rescaled":
        sim_total = out[SIM_TOTAL].to_numpy(dtype=float)
        scale = np.divide(unhcr, sim_total, out=np.zeros_like(unhcr), where=sim_total != 0)
        sim = sim * scale[:, None]
    return sim, data, unhcr


def ard(out: pd.DataFrame, mode: str = "rescaled") -> float:
    """Averaged relative difference over all days of an out.csv table."""
    return float(per_day_error(out, mode).mean())
