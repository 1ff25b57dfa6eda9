"""What a report or the dashboard shows, found in a run's tidy table and its scenario.

Each function looks for the results and tables it needs by name and returns an empty
frame when a scenario has none, so one report serves every scenario: Flee's camps and
closures, and crossings, flights and policies where a model records them.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd

from exodus.engine.scenario import Scenario

# Results whose labels are destinations and whose values are people arriving there per day.
ARRIVAL_RESULTS = ("entries", "arrivals")
# Words in a result's name that make it a per-crossing queue or wait chart.
QUEUE_WORDS = ("queue", "wait")
# Name endings that say which mode of travel a result counts ("wait_hours_car").
MODES = ("car", "bus", "bicycle", "foot", "train", "air", "boat")
# Results whose labels are places and whose totals size those places on the map.
SIZE_RESULTS = ("spawned", "departures", "crossed")
# Results whose labels are routes between two places ("Moscow-Istanbul", "A->B"): flows.
FLOW_RESULTS = ("passengers",)
FLOW_SEPARATORS = ("->", "-")
OBSERVATION_COLUMNS = ["label", "start", "end", "value", "low", "high", "aggregate", "source", "definition"]


def people_per_agent(scenario: Scenario, summary: dict | None = None) -> int:
    """People one agent stands for in Flee's results (hasten), so figures are in people."""
    return int((summary or {}).get("hasten") or scenario.tables.get("hasten", 1) or 1)


def result_frame(daily: pd.DataFrame, result: str, module: str | None = None) -> pd.DataFrame:
    """One result as a date x label frame, labels in the order the model gave them."""
    sub = daily[daily["result"] == result]
    if module is not None:
        sub = sub[sub["module"] == module]
    if sub.empty:
        return pd.DataFrame()
    frame = sub.pivot_table(index="date", columns="label", values="value", aggfunc="sum", sort=False)
    frame.index = pd.to_datetime(frame.index)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def module_of(daily: pd.DataFrame, result: str) -> str:
    return str(daily.loc[daily["result"] == result, "module"].iloc[0])


def destinations(scenario: Scenario) -> list[str]:
    """Destination places: camps in Flee scenarios, 'destination' places elsewhere."""
    kind = scenario.places["kind"].astype(str)
    return scenario.places.loc[kind.str.contains("camp|destination"), "name"].tolist()


def arrival_result(daily: pd.DataFrame) -> str | None:
    """The result counting daily arrivals per destination, if the model records one."""
    present = set(daily["result"])
    return next((name for name in ARRIVAL_RESULTS if name in present), None)


def arrivals(scenario: Scenario, daily: pd.DataFrame, summary: dict | None = None) -> pd.DataFrame:
    """Per destination and day: arrivals that day (models with an arrivals result) or people
    there (Flee's camps), date x destination."""
    name = arrival_result(daily)
    if name is not None:
        return result_frame(daily, name)
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

    root = Path(scenario.source)
    layout = {cells[0]: [c for c in cells[1:] if c]
              for _, cells in read_rows(root / "source_data" / "data_layout.csv", root)
              if not cells[0].startswith("#")}
    camp_data = scenario.tables["camp_data"]
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
            date = scenario.dates[day]
            records.append({"label": camp, "start": date, "end": date,
                            "value": float(camp_data[camp].iloc[day]) * hasten, "low": np.nan, "high": np.nan,
                            "aggregate": "last", "source": ", ".join(f"source_data/{f}" for f in files),
                            "definition": definition})
    return pd.DataFrame.from_records(records, columns=OBSERVATION_COLUMNS)


def observations(scenario: Scenario, measure: str) -> pd.DataFrame:
    """Observed figures of one result ('module:result'), one label each, to draw on its chart.

    Flee scenarios: the UNHCR camp counts (for the people in camps). Others: rows of the
    scenario's observations table whose measure is this result and which name one label.
    """
    if "camp_data" in scenario.tables and scenario.source:
        return flee_observations(scenario) if measure == "flee.movement:agents" else \
            pd.DataFrame(columns=OBSERVATION_COLUMNS)
    table = scenario.tables.get("observations")
    if not isinstance(table, pd.DataFrame) or "measure" not in table:
        return pd.DataFrame(columns=OBSERVATION_COLUMNS)
    rows = table[(table["measure"] == measure) & ~table["labels"].fillna("").str.contains(";")
                 & (table["labels"].fillna("") != "")]
    source = rows["source"].astype(str)
    return pd.DataFrame({
        "label": rows["labels"].astype(str), "start": pd.to_datetime(rows["period_start"]),
        "end": pd.to_datetime(rows["period_end"]), "value": rows["value"], "low": rows["value_low"],
        "high": rows["value_high"], "aggregate": rows["aggregate"].astype(str),
        "source": rows["id"].astype(str) + ": " + source, "definition": rows["definition"].astype(str),
    }).reset_index(drop=True)


def queue_families(daily: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Queue and wait results grouped by what they measure, then by mode.

    Results named '<measure>_<mode>' form one family keyed by mode ('wait_hours_car',
    'wait_hours_bus'); any other queue result is a family of its own.
    """
    families: dict[str, dict[str, str]] = {}
    for name in daily["result"].drop_duplicates():
        if not any(w in name for w in QUEUE_WORDS):
            continue
        stem, _, mode = name.rpartition("_")
        if stem and mode in MODES:
            families.setdefault(stem, {})[mode] = name
        else:
            families.setdefault(name, {})[""] = name
    return families


def split_route(label: str, places: set[str]) -> tuple[str, str] | None:
    """'A-B' or 'A->B' -> (A, B) when both are places (place names may hold '-' themselves)."""
    for sep in FLOW_SEPARATORS:
        parts = label.split(sep)
        for cut in range(1, len(parts)):
            a, b = sep.join(parts[:cut]).strip(), sep.join(parts[cut:]).strip()
            if a in places and b in places:
                return a, b
    return None


def flows(scenario: Scenario, daily: pd.DataFrame) -> pd.DataFrame:
    """Total volume between places over the run (source, target, volume, what).

    From route-labelled results (flight passengers, 'A->B' labels) and, where the scenario
    has a crossings table with far sides, from people crossed at each crossing.
    """
    places = set(scenario.places["name"].astype(str))
    rows = []
    routed = daily[daily["result"].isin(FLOW_RESULTS) | daily["label"].astype(str).str.contains("->", regex=False)]
    for (result, label), group in routed.groupby(["result", "label"], sort=False):
        ends = split_route(str(label), places)
        if ends is not None:
            rows.append({"source": ends[0], "target": ends[1], "volume": group["value"].sum(), "what": result})
    crossings = scenario.tables.get("crossings")
    if isinstance(crossings, pd.DataFrame) and {"name", "far_side"} <= set(crossings.columns):
        crossed = result_frame(daily, "crossed")
        for r in crossings.itertuples(index=False):
            if r.name in crossed.columns and r.name in places and r.far_side in places:
                rows.append({"source": r.name, "target": r.far_side, "volume": crossed[r.name].sum(),
                             "what": "crossed"})
    return pd.DataFrame.from_records(rows, columns=["source", "target", "volume", "what"])


def place_totals(scenario: Scenario, daily: pd.DataFrame, summary: dict | None = None) -> pd.Series:
    """A size per place for the map: people who set out from, passed or arrived at it."""
    names = scenario.places["name"].astype(str)
    sizes = pd.Series(0.0, index=names)
    for result in SIZE_RESULTS:
        frame = result_frame(daily, result)
        if not frame.empty:
            scale = people_per_agent(scenario, summary) if result == "spawned" else 1
            sizes = sizes.add(frame.sum().reindex(names).fillna(0) * scale, fill_value=0)
    if arrival_result(daily) is None:
        final = arrivals(scenario, daily, summary)
        if not final.empty:
            sizes = sizes.add(final.iloc[-1].reindex(names).fillna(0), fill_value=0)
    inbound = flows(scenario, daily).groupby("target")["volume"].sum().reindex(names).fillna(0.0)
    return sizes.where(sizes > 0, inbound).reindex(names).fillna(0.0)


def policy_timeline(scenario: Scenario, daily: pd.DataFrame | None = None) -> pd.DataFrame:
    """Policies in force over time: what, start date, end date (exclusive).

    Flee: the closures table. Others: the policies table, with the spans in which the run
    had each one in force when it records an 'in_force' result (so switched-off policies
    show as such).
    """
    rows = []
    end_of_run = scenario.dates[-1] + pd.Timedelta(days=1)
    closures = scenario.tables.get("closures")
    if isinstance(closures, pd.DataFrame):
        for r in closures.itertuples(index=False):
            if r.type == "remove_forced_redirection":
                continue
            where = f"{r.name1}–{r.name2}" if r.name2 else r.name1
            start, end = max(int(r.start), 0), min(int(r.end), scenario.days)
            if end > start:
                rows.append({"what": f"{r.type} closed: {where}", "start": scenario.dates[start],
                             "end": scenario.dates[0] + pd.Timedelta(days=end)})
    policies = scenario.tables.get("policies")
    if isinstance(policies, pd.DataFrame) and {"id", "name", "start"} <= set(policies.columns):
        in_force = result_frame(daily, "in_force") if daily is not None else pd.DataFrame()
        for r in policies.itertuples(index=False):
            detail = " ".join(str(x) for x in (getattr(r, "action", ""), getattr(r, "target", ""),
                                                getattr(r, "detail", "")) if isinstance(x, str) and x)
            what = f"{r.id} {r.name}: {detail}" if detail else f"{r.id} {r.name}"
            if r.id in in_force.columns:
                on = in_force[r.id].to_numpy() > 0
                edges = np.flatnonzero(np.diff(np.concatenate([[0], on.astype(int), [0]])))
                for a, b in zip(edges[::2], edges[1::2]):
                    rows.append({"what": what, "start": in_force.index[a],
                                 "end": in_force.index[0] + pd.Timedelta(days=int(b))})
                if not on.any():
                    rows.append({"what": what + " (off in this run)", "start": pd.NaT, "end": pd.NaT})
            else:
                start = pd.to_datetime(r.start)
                end = pd.to_datetime(getattr(r, "end", None)) if pd.notna(getattr(r, "end", None)) else end_of_run
                rows.append({"what": what, "start": start, "end": end})
    return pd.DataFrame.from_records(rows, columns=["what", "start", "end"])


class RecordedSim:
    """A finished run's results read back from its tidy table, shaped as a Sim's
    (``results``, ``sim[module].result_axes``, ``dates``), so observations are scored by the
    same code as a live run."""

    def __init__(self, daily: pd.DataFrame):
        self.dates = pd.DatetimeIndex(sorted(pd.to_datetime(daily["date"].unique())))
        self.results: dict[str, dict[str, np.ndarray]] = {}
        self.modules: dict[str, SimpleNamespace] = {}
        for (module, result), group in daily.groupby(["module", "result"], sort=False):
            labels = list(dict.fromkeys(group["label"].astype(str)))
            self.results.setdefault(module, {})[result] = result_frame(group, result)[labels].to_numpy(float)
            axes = self.modules.setdefault(module, SimpleNamespace(result_axes={})).result_axes
            axes[result] = tuple(labels) if labels != [""] else ()

    def __getitem__(self, module: str) -> SimpleNamespace:
        return self.modules[module]


def error_table(runs: list, scenario: Scenario) -> pd.DataFrame:
    """Errors against observations: Flee's per-camp errors and ARD, or each reported figure
    against the simulated value of its own definition (median run of an ensemble)."""
    observed = scenario.tables.get("observations")
    if isinstance(observed, pd.DataFrame) and "measure" in observed:
        from exodus.report.observations import compare

        table = compare(RecordedSim(runs[0].daily), observed)
        return table.drop(columns=["reference"], errors="ignore")
    return flee_error_table(runs, scenario)


def flee_error_table(runs: list, scenario: Scenario) -> pd.DataFrame:
    """Per camp: observed and simulated at the end, mean relative error over days with data,
    averaged over runs; then the ARD as Flee scores a run."""
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
