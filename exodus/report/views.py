"""What a report or the dashboard shows, found in a run's tidy table and its scenario.

Each function looks for the results and tables it needs by name and returns an empty
frame when a scenario has none, so one report serves every scenario: Flee's camps and
closures, and crossing queues where a model records them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from exodus.engine.scenario import Scenario

# Results whose labels are destinations and whose values are people there (or arrived) per day.
ARRIVAL_RESULTS = ("arrivals",)
# Words in a result's name that make it a per-crossing queue or wait chart.
QUEUE_WORDS = ("queue", "wait")
# Separators between crossing and mode in a queue result's labels ("Verkhny Lars/car").
MODE_SEPARATORS = ("/", "|", ":")
# Separator between the two places of a flow result's labels ("Moscow->Verkhny Lars").
FLOW_SEPARATOR = "->"


def people_per_agent(scenario: Scenario, summary: dict | None = None) -> int:
    """People one agent stands for (Flee's hasten), so figures are in people."""
    return int((summary or {}).get("hasten") or scenario.tables.get("hasten", 1) or 1)


def result_frame(daily: pd.DataFrame, result: str, module: str | None = None) -> pd.DataFrame:
    """One result as a date x label frame."""
    sub = daily[daily["result"] == result]
    if module is not None:
        sub = sub[sub["module"] == module]
    if sub.empty:
        return pd.DataFrame()
    frame = sub.pivot_table(index="date", columns="label", values="value", aggfunc="sum", sort=False)
    frame.index = pd.to_datetime(frame.index)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def destinations(scenario: Scenario) -> list[str]:
    """Destination places: camps in Flee scenarios, 'destination' places elsewhere."""
    kind = scenario.places["kind"].astype(str)
    return scenario.places.loc[kind.str.contains("camp|destination"), "name"].tolist()


def arrivals(scenario: Scenario, daily: pd.DataFrame, summary: dict | None = None) -> pd.DataFrame:
    """People at (or arrived in) each destination per day, date x destination."""
    for name in ARRIVAL_RESULTS:
        frame = result_frame(daily, name)
        if not frame.empty:
            return frame
    frame = result_frame(daily, "agents", "flee.movement")
    if frame.empty:
        return frame
    keep = [d for d in destinations(scenario) if d in frame.columns]
    return frame[keep] * people_per_agent(scenario, summary)


def quantile_bands(members: list[pd.DataFrame], low: float = 0.05, high: float = 0.95) -> dict[str, pd.DataFrame]:
    """Median and a low-high band across ensemble members, per date and column."""
    stack = np.stack([m.to_numpy(float) for m in members])
    like = members[0]
    return {name: pd.DataFrame(np.quantile(stack, q, axis=0), index=like.index, columns=like.columns)
            for name, q in (("low", low), ("median", 0.5), ("high", high))}


def flee_observations(scenario: Scenario) -> pd.DataFrame:
    """UNHCR camp counts on the dates the source files report them, with their files as source.

    Values are the scenario's camp series (interpolated and registration-corrected as the
    model is scored against them) taken on the days a source file has a point.
    """
    from pathlib import Path

    from exodus.io.csvtable import read_rows
    from exodus.io.flee import read_series

    camp_data = scenario.tables.get("camp_data")
    if camp_data is None or not scenario.source:
        return pd.DataFrame(columns=["destination", "date", "value", "source", "definition"])
    root = Path(scenario.source)
    layout = {cells[0]: [c for c in cells[1:] if c]
              for _, cells in read_rows(root / "source_data" / "data_layout.csv", root)
              if not cells[0].startswith("#")}
    hasten = people_per_agent(scenario)
    records = []
    for camp in camp_data.columns:
        files = layout.get(camp, [])
        days = set()
        for fname in files:
            offsets, _ = read_series(root / "source_data" / fname, root, scenario.start)
            days.update(int(d) for d in offsets if 0 <= d < scenario.days)
        definition = ("refugees registered at the camp (UNHCR), "
                      + (" + ".join(files)) + ("; summed after interpolation" if len(files) > 1 else ""))
        for day in sorted(days):
            records.append({"destination": camp, "date": scenario.dates[day],
                            "value": float(camp_data[camp].iloc[day]) * hasten,
                            "source": ", ".join(f"source_data/{f}" for f in files), "definition": definition})
    return pd.DataFrame.from_records(records, columns=["destination", "date", "value", "source", "definition"])


def observations(scenario: Scenario) -> pd.DataFrame:
    """Observed figures to draw on the destination charts (destination, date, value, source, definition)."""
    if "camp_data" in scenario.tables:
        return flee_observations(scenario)
    table = scenario.tables.get("observations")
    if isinstance(table, pd.DataFrame) and {"place", "value"} <= set(table.columns):
        date = table["period_end"] if "period_end" in table else table.get("date")
        source = table.get("source", pd.Series("", index=table.index)).astype(str)
        if "as_reported_by" in table:
            source = table["as_reported_by"].astype(str) + " (" + source + ")"
        definition = (table.get("quantity", pd.Series("", index=table.index)).astype(str) + ", "
                      + table.get("unit", pd.Series("", index=table.index)).astype(str)
                      + table.get("period_start", pd.Series("", index=table.index)).map(
                          lambda s: f", from {s}" if isinstance(s, str) and s else ""))
        return pd.DataFrame({"destination": table["place"].astype(str), "date": pd.to_datetime(date),
                             "value": pd.to_numeric(table["value"], errors="coerce"),
                             "source": source, "definition": definition}).dropna(subset=["value", "date"])
    return pd.DataFrame(columns=["destination", "date", "value", "source", "definition"])


def queue_results(daily: pd.DataFrame) -> list[str]:
    """Result names that are per-crossing queues or waits."""
    names = daily["result"].drop_duplicates().tolist()
    return [n for n in names if any(w in n for w in QUEUE_WORDS)]


def split_mode(label: str) -> tuple[str, str]:
    """'crossing/mode' -> (crossing, mode); a label without a separator has mode ''."""
    for sep in MODE_SEPARATORS:
        if sep in label:
            crossing, mode = label.split(sep, 1)
            return crossing.strip(), mode.strip()
    return label, ""


def place_totals(scenario: Scenario, daily: pd.DataFrame, summary: dict | None = None) -> pd.Series:
    """A size per place for the map: people at destinations on the last day, people who set out elsewhere."""
    sizes = pd.Series(0.0, index=scenario.places["name"].astype(str))
    spawned = result_frame(daily, "spawned")
    if not spawned.empty:
        sizes = sizes.add(spawned.sum() * people_per_agent(scenario, summary), fill_value=0)
    final = arrivals(scenario, daily, summary)
    if not final.empty:
        sizes = sizes.add(final.iloc[-1], fill_value=0)
    return sizes.reindex(scenario.places["name"].astype(str)).fillna(0.0)


def flows(daily: pd.DataFrame) -> pd.DataFrame:
    """Total volume per (source, target) from results labelled 'A->B' (source, target, volume)."""
    sub = daily[daily["label"].astype(str).str.contains(FLOW_SEPARATOR, regex=False)]
    if sub.empty:
        return pd.DataFrame(columns=["source", "target", "volume"])
    totals = sub.groupby("label")["value"].sum()
    parts = totals.index.to_series().str.split(FLOW_SEPARATOR, n=1, regex=False)
    return pd.DataFrame({"source": parts.str[0].str.strip(), "target": parts.str[1].str.strip(),
                         "volume": totals.to_numpy()}).reset_index(drop=True)


def policy_timeline(scenario: Scenario) -> pd.DataFrame:
    """Policies in force over time: what, start date, end date (exclusive), kind."""
    rows = []
    closures = scenario.tables.get("closures")
    if isinstance(closures, pd.DataFrame):
        last = scenario.days
        for r in closures.itertuples(index=False):
            if r.type == "remove_forced_redirection":
                continue
            where = f"{r.name1}–{r.name2}" if r.name2 else r.name1
            start, end = max(int(r.start), 0), min(int(r.end), last)
            if end <= start:
                continue
            rows.append({"what": f"{r.type} closed: {where}", "start": scenario.dates[start],
                         "end": scenario.dates[0] + pd.Timedelta(days=end), "kind": "closure"})
    events = scenario.tables.get("events")
    if isinstance(events, pd.DataFrame) and {"date", "event"} <= set(events.columns):
        dates = pd.to_datetime(events["date"], errors="coerce")
        for date, r in zip(dates, events.itertuples(index=False)):
            if pd.isna(date):
                continue
            rows.append({"what": str(r.event), "start": date, "end": date + pd.Timedelta(days=1),
                         "kind": str(getattr(r, "place", "event"))})
    return pd.DataFrame.from_records(rows, columns=["what", "start", "end", "kind"])


def error_table(runs: list, scenario: Scenario) -> pd.DataFrame:
    """Observation errors per destination, averaged over runs: observed and simulated at the
    end, mean relative error over days with data, and the run's ARD (Flee's score)."""
    from exodus.report.validation import ard, camp_names

    tables = [r.out_table for r in runs if r.out_table is not None]
    if not tables:
        return pd.DataFrame()
    rows = []
    hasten = people_per_agent(scenario, runs[0].summary)
    for camp in camp_names(tables[0]):
        sims = np.array([t[f"{camp} sim"].to_numpy(float) for t in tables])
        data = tables[0][f"{camp} data"].to_numpy(float)
        has = data > 0
        rel = np.abs(sims[:, has] - data[has]) / data[has] if has.any() else np.full((len(tables), 1), np.nan)
        rows.append({"destination": camp, "observed (last day)": data[-1] * hasten,
                     "simulated (last day)": sims[:, -1].mean() * hasten,
                     "mean relative error": float(rel.mean()), "days with data": int(has.sum())})
    table = pd.DataFrame(rows)
    totals = [{"destination": f"all camps: ARD ({mode})", "observed (last day)": table["observed (last day)"].sum(),
               "simulated (last day)": table["simulated (last day)"].sum(),
               "mean relative error": float(np.mean([ard(t, mode) for t in tables])),
               "days with data": len(tables[0])} for mode in ("rescaled", "normal")]
    return pd.concat([table, pd.DataFrame(totals)], ignore_index=True)
