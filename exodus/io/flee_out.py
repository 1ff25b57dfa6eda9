"""Write a run of a Flee scenario in Flee 3.1's out.csv layout."""

from __future__ import annotations

import numpy as np
import pandas as pd


def flee_out_table(sim) -> pd.DataFrame:
    """Day, Date, per camp sim/data/error, then the totals, as Flee's run.py writes them."""
    scenario = sim.scenario
    camp_data: pd.DataFrame = scenario.tables["camp_data"]
    agents = sim["flee.movement"].results["agents"]
    total = np.asarray(scenario.tables["total"], dtype=np.int64)
    spawning = sim["flee.spawning"]
    out = {"Day": np.arange(sim.days), "Date": [d.strftime("%Y-%m-%d") for d in sim.dates]}
    sims, datas = [], []
    for camp in camp_data.columns:
        s = agents[:, sim.network.index[camp]].astype(np.int64)
        d = camp_data[camp].to_numpy(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            err = np.where(d < 1e-5, 0.0, np.round(np.abs(s / d - 1.0), 4))
        out[f"{camp} sim"], out[f"{camp} data"], out[f"{camp} error"] = s, d, err
        sims.append(s)
        datas.append(d)
    s_all = np.sum(sims, axis=0) if sims else np.zeros(sim.days)
    d_all = np.sum(datas, axis=0) if datas else np.zeros(sim.days)
    abs_diff = np.sum([np.abs(s - d) for s, d in zip(sims, datas)], axis=0) if sims else np.zeros(sim.days)
    raw = total.astype(float)
    nonzero = raw > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out["Total error"] = np.where(nonzero, abs_diff / raw, 0.0)
    population = np.cumsum(spawning.results["spawned"].sum(axis=1)) + spawning.day0_agents
    out["refugees in camps (UNHCR)"] = np.where(nonzero, d_all.astype(np.int64), 0)
    out["total refugees (simulation)"] = np.where(nonzero, population.astype(np.int64), 0)
    out["raw UNHCR refugee count"] = np.where(nonzero, total, 0)
    out["refugees in camps (simulation)"] = np.where(nonzero, s_all, 0)
    out["refugee_debt"] = np.where(nonzero, spawning.results["debt"].astype(np.int64), 0)
    return pd.DataFrame(out)
