"""Reported figures as measurements: each compared with the simulated quantity of its own definition.

An observation names a result (``module:result``), the labels it covers (crossings,
countries or flight routes; blank for all), its window and how the window is summarised:
``sum`` (a total over the days), ``mean`` (per day), ``last`` (the value on its last day,
for queues and waits) or ``max`` (the largest day-and-label value). So a gross count of
entries is compared with simulated entries, one crossing with that crossing, a weekend
with those two days.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from exodus.errors import InputError

TOLERANCE = 0.25  # a figure is matched within its range or within 25% of its value


def simulated(sim, measure: str, labels: str, aggregate: str, start, end) -> float:
    """The simulated value of one observation's definition (NaN when its window is outside the run)."""
    module, result = measure.split(":")
    if result not in sim.results.get(module, {}):
        raise InputError("observations.csv", f"the run has no result {result!r} in module {module!r}",
                         field="measure")
    arr = np.asarray(sim.results[module][result], dtype=float)
    axis = sim[module].result_axes[result]
    if arr.ndim == 1:
        arr = arr[:, None]
    if labels:
        unknown = [x for x in labels.split(";") if x not in axis]
        if unknown:
            raise InputError("observations.csv", f"{measure} has no label {unknown[0]!r}", field="labels")
        arr = arr[:, [axis.index(x) for x in labels.split(";")]]
    dates = sim.dates
    days = (dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))
    if not days.any():
        return float("nan")
    window = arr[days]
    if aggregate == "max":
        return float(window.max())
    per_day = window.sum(axis=1)
    if aggregate == "sum":
        return float(per_day.sum())
    if aggregate == "mean":
        return float(per_day.mean())
    return float(per_day[-1])


def reference(row) -> float:
    """The figure's point value: its value, else the middle of its range, else its one bound."""
    if pd.notna(row.value):
        return float(row.value)
    bounds = [b for b in (row.value_low, row.value_high) if pd.notna(b)]
    return float(np.mean(bounds)) if bounds else float("nan")


def within(row, sim_value: float) -> bool:
    """Inside the reported range (one-sided when only one bound is given) or within 25%."""
    ref = reference(row)
    if np.isnan(sim_value):
        return False
    if pd.notna(row.value_low) or pd.notna(row.value_high):
        low = row.value_low if pd.notna(row.value_low) else -np.inf
        high = row.value_high if pd.notna(row.value_high) else np.inf
        if low <= sim_value <= high:
            return True
    return bool(ref and abs(sim_value - ref) <= TOLERANCE * abs(ref))


def compare(sim, observations: pd.DataFrame, uses=("fit", "check")) -> pd.DataFrame:
    """One row per observation: id, definition, reported, simulated, relative error, within."""
    rows = []
    for row in observations.itertuples(index=False):
        if row.use not in uses or not row.measure:
            continue
        value = simulated(sim, row.measure, row.labels, row.aggregate, row.period_start, row.period_end)
        ref = reference(row)
        if pd.notna(row.value_low) or pd.notna(row.value_high):
            low = f"{row.value_low:,.6g}" if pd.notna(row.value_low) else ""
            high = f"{row.value_high:,.6g}" if pd.notna(row.value_high) else ""
            span = f">={low}" if not high else f"<={high}" if not low else f"{low}-{high}"
            reported = f"{ref:,.6g} ({span})" if pd.notna(row.value) else span
        else:
            reported = f"{ref:,.6g}"
        rows.append({
            "id": row.id, "use": row.use, "definition": row.definition,
            "window": f"{row.period_start:%d %b}" + ("" if row.period_end == row.period_start
                                                      else f"-{row.period_end:%d %b}"),
            "reported": reported, "reference": ref, "simulated": value,
            "error": (value - ref) / ref if ref else float("nan"), "within": within(row, value),
        })
    return pd.DataFrame(rows)
