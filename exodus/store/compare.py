"""Two records side by side: their differences in setup, figures and output tables."""

from __future__ import annotations

import numpy as np
import pandas as pd

from exodus.store.runstore import RunStore

HEADLINE = ("kind", "scenario", "scenario_hash", "version", "seed", "wall_seconds")


def table_differences(a: pd.DataFrame, b: pd.DataFrame) -> list[tuple[str, float, str]]:
    """Per numeric column of two tables with the same key columns: the largest |A - B| and where."""
    keys = [c for c in a.columns if c in b.columns and not pd.api.types.is_float_dtype(a[c])]
    values = [c for c in a.columns if c in b.columns and pd.api.types.is_float_dtype(a[c])]
    joined = a.merge(b, on=keys, how="outer", suffixes=(" A", " B"), indicator=True)
    unmatched = int((joined["_merge"] != "both").sum())
    out = []
    for col in values:
        diff = (joined[f"{col} A"] - joined[f"{col} B"]).abs()
        if diff.notna().any() and diff.max() > 0:
            at = joined.loc[diff.idxmax(), [k for k in keys if k not in ("date",)]]
            out.append((col, float(diff.max()), ", ".join(f"{k}={v}" for k, v in at.items())))
        else:
            out.append((col, 0.0, "equal"))
    if unmatched:
        out.append(("rows in only one table", float(unmatched), ""))
    return out


def compare_records(store: RunStore, a_id: str, b_id: str) -> list[list]:
    """Rows (what, A, B): headline fields, then parameters and metrics that differ, then tables."""
    a, b = store.get(a_id), store.get(b_id)
    rows: list[list] = [[key, a[key], b[key]] for key in HEADLINE]
    for section in ("params", "metrics"):
        keys = sorted(set(a[section]) | set(b[section]))
        differ = [k for k in keys if a[section].get(k) != b[section].get(k)]
        rows += [[f"{section[:-1]} {k}", a[section].get(k, "-"), b[section].get(k, "-")] for k in differ]
        rows.append([f"{section} equal in both", len(keys) - len(differ), ""])
    for name in sorted(set(a["tables"]) & set(b["tables"])):
        ta, tb = store.table(a["id"], name), store.table(b["id"], name)
        for col, biggest, where in table_differences(ta, tb):
            rows.append([f"table {name}: max |A-B| of {col}", np.round(biggest, 6), where])
    return rows
