"""Plotly figures of a run set: arrivals with bands and observations, queues, map, policy timeline."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from exodus.report import views
from exodus.report.rundata import RunSet

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22")
KIND_COLOURS = {"conflict": "#d62728", "camp": "#1f77b4", "destination": "#1f77b4", "crossing": "#ff7f0e",
                "airport": "#9467bd", "origin": "#d62728", "town": "#7f7f7f"}
PANEL_COLUMNS = 3


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(title=title, height=height, template="plotly_white", margin=dict(l=60, r=20, t=60, b=40),
                      hovermode="closest", legend=dict(orientation="h", y=-0.08))
    return fig


def ensemble_bands(runset: RunSet, extract) -> dict[str, pd.DataFrame] | None:
    """low/median/high frames of ``extract(daily, summary)`` across an ensemble; None for one run."""
    if runset.bands is not None:
        return {level: extract(daily, runset.runs[0].summary) for level, daily in runset.bands.items()}
    if len(runset.runs) > 1:
        return views.quantile_bands([extract(r.daily, r.summary) for r in runset.runs])
    return None


def arrivals_figure(runset: RunSet) -> go.Figure | None:
    """People per destination over time, one panel each: run line or ensemble median and 5-95% band,
    observations as points with source and definition on hover."""
    def extract(daily, summary):
        return views.arrivals(runset.scenario, daily, summary)

    first = extract(runset.runs[0].daily, runset.runs[0].summary)
    if first.empty:
        return None
    obs = views.observations(runset.scenario)
    names = list(first.columns)
    rows = math.ceil(len(names) / PANEL_COLUMNS)
    fig = make_subplots(rows=rows, cols=min(PANEL_COLUMNS, len(names)), subplot_titles=names,
                        vertical_spacing=min(0.3 / max(rows - 1, 1), 0.08), horizontal_spacing=0.06)
    bands = ensemble_bands(runset, extract)
    band_name = f"5-95% of {runset.size} runs" if runset.size > 1 else "5-95% of the ensemble"
    for i, name in enumerate(names):
        row, col = i // PANEL_COLUMNS + 1, i % PANEL_COLUMNS + 1
        legend = i == 0
        if bands is not None:
            x = bands["median"].index
            fig.add_trace(go.Scatter(x=x, y=bands["high"][name], mode="lines", line=dict(width=0),
                                     hoverinfo="skip", showlegend=False, legendgroup="band"), row=row, col=col)
            fig.add_trace(go.Scatter(x=x, y=bands["low"][name], mode="lines", line=dict(width=0), fill="tonexty",
                                     fillcolor="rgba(31,119,180,0.25)", name=band_name,
                                     legendgroup="band", showlegend=legend, hoverinfo="skip"), row=row, col=col)
            y = bands["median"][name]
            label = "median"
        else:
            x, y, label = first.index, first[name], "simulated"
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines", line=dict(color=PALETTE[0], width=1.6), name=label,
                                 legendgroup="sim", showlegend=legend,
                                 hovertemplate=f"{name}<br>%{{x|%Y-%m-%d}}: %{{y:,.0f}}<extra>{label}</extra>"),
                      row=row, col=col)
        points = obs[obs["destination"] == name]
        if not points.empty:
            fig.add_trace(go.Scatter(
                x=points["date"], y=points["value"], mode="markers", name="observed", legendgroup="obs",
                showlegend=legend, marker=dict(color="#222", size=5, symbol="circle-open"),
                customdata=np.stack([points["source"], points["definition"]], axis=1),
                hovertemplate=(f"{name}<br>%{{x|%Y-%m-%d}}: %{{y:,.0f}}<br>source: %{{customdata[0]}}"
                               "<br>definition: %{customdata[1]}<extra>observed</extra>")), row=row, col=col)
    fig.update_yaxes(rangemode="tozero", tickformat="~s")
    return _layout(fig, "People at each destination", 260 * rows + 120)


def queue_figures(runset: RunSet) -> list[go.Figure]:
    """One figure per queue or wait result: a line per crossing, dashed by mode (median over runs)."""
    figures = []
    dashes = ("solid", "dash", "dot", "dashdot", "longdash")
    for result in views.queue_results(runset.runs[0].daily):
        bands = ensemble_bands(runset, lambda daily, _: views.result_frame(daily, result))
        frame = bands["median"] if bands is not None else views.result_frame(runset.runs[0].daily, result)
        fig = go.Figure()
        crossings, modes = {}, {}
        for label in frame.columns:
            crossing, mode = views.split_mode(label)
            colour = PALETTE[crossings.setdefault(crossing, len(crossings)) % len(PALETTE)]
            dash = dashes[modes.setdefault(mode, len(modes)) % len(dashes)]
            fig.add_trace(go.Scatter(x=frame.index, y=frame[label], mode="lines", name=label,
                                     line=dict(color=colour, dash=dash),
                                     hovertemplate=f"{label}<br>%{{x|%Y-%m-%d}}: %{{y:,.4~g}}<extra></extra>"))
        figures.append(_layout(fig, result.replace("_", " "), 420))
    return figures


@lru_cache(maxsize=1)
def country_outlines() -> list[tuple[str, list[np.ndarray]]]:
    """Natural Earth 1:110m country outlines shipped with exodus (assets/countries.geojson)."""
    text = resources.files("exodus.report").joinpath("assets/countries.geojson").read_text()
    out = []
    for feature in json.loads(text)["features"]:
        rings = [np.asarray(ring, dtype=float) for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        out.append((feature["properties"]["name"], rings))
    return out


def _outline_trace(lon_range: tuple[float, float], lat_range: tuple[float, float]) -> go.Scatter:
    """Country borders inside the map window as one line trace (None between rings)."""
    xs, ys = [], []
    for _, rings in country_outlines():
        for ring in rings:
            inside = ((ring[:, 0] >= lon_range[0]) & (ring[:, 0] <= lon_range[1])
                      & (ring[:, 1] >= lat_range[0]) & (ring[:, 1] <= lat_range[1]))
            if inside.any():
                xs.extend(ring[:, 0].tolist() + [None])
                ys.extend(ring[:, 1].tolist() + [None])
    return go.Scatter(x=xs, y=ys, mode="lines", line=dict(color="#9a9a9a", width=0.8), hoverinfo="skip",
                      name="country borders", showlegend=False)


def _kind_colour(kind: str) -> str:
    for key, colour in KIND_COLOURS.items():
        if key in kind:
            return colour
    return KIND_COLOURS["town"]


def map_figure(runset: RunSet) -> go.Figure:
    """Places on country outlines, routes in grey, flows drawn by volume, places sized by people."""
    sc = runset.scenario
    places = sc.places.assign(name=sc.places["name"].astype(str))
    lon, lat = places["longitude"].to_numpy(float), places["latitude"].to_numpy(float)
    pad = max(2.0, 0.15 * max(np.ptp(lon), np.ptp(lat)))
    lon_range, lat_range = (lon.min() - pad, lon.max() + pad), (lat.min() - pad, lat.max() + pad)
    where = dict(zip(places["name"], zip(lon, lat)))
    fig = go.Figure([_outline_trace(lon_range, lat_range)])

    xs, ys = [], []
    for a, b in zip(sc.links["source"].astype(str), sc.links["target"].astype(str)):
        if a in where and b in where:
            xs.extend([where[a][0], where[b][0], None])
            ys.extend([where[a][1], where[b][1], None])
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color="#cfcfcf", width=1), name="routes",
                             hoverinfo="skip"))

    flow = views.flows(runset.runs[0].daily)
    flow = flow[flow["source"].isin(where) & flow["target"].isin(where) & (flow["volume"] > 0)]
    if not flow.empty:
        top = flow["volume"].max()
        classes = np.minimum((flow["volume"] / top * 5).astype(int), 4)
        for k in sorted(classes.unique()):
            part = flow[classes == k]
            fx, fy, mx, my, text = [], [], [], [], []
            for r in part.itertuples(index=False):
                (x0, y0), (x1, y1) = where[r.source], where[r.target]
                fx.extend([x0, x1, None])
                fy.extend([y0, y1, None])
                mx.append((x0 + x1) / 2)
                my.append((y0 + y1) / 2)
                text.append(f"{r.source} → {r.target}: {r.volume:,.0f}")
            fig.add_trace(go.Scatter(x=fx, y=fy, mode="lines", line=dict(color="rgba(214,39,40,0.55)",
                                                                         width=1.5 + 2.5 * k),
                                     hoverinfo="skip", name=f"flows ≤ {top * (k + 1) / 5:,.0f}"))
            fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", marker=dict(size=6, opacity=0), text=text,
                                     hovertemplate="%{text}<extra></extra>", showlegend=False))

    sizes = views.place_totals(sc, runset.runs[0].daily, runset.runs[0].summary).to_numpy(float)
    scaled = 5 + 35 * np.sqrt(sizes / sizes.max()) if sizes.max() > 0 else np.full(len(sizes), 6.0)
    kinds = places["kind"].astype(str)
    for kind in kinds.drop_duplicates():
        pick = (kinds == kind).to_numpy()
        fig.add_trace(go.Scatter(
            x=lon[pick], y=lat[pick], mode="markers", name=kind,
            marker=dict(size=scaled[pick], color=_kind_colour(kind), opacity=0.75, line=dict(color="white", width=1)),
            customdata=np.stack([places["name"][pick], places["country"].astype(str)[pick], sizes[pick]], axis=1),
            hovertemplate="%{customdata[0]} (%{customdata[1]})<br>" + kind
                          + "<br>people: %{customdata[2]:,.0f}<extra></extra>"))
    mid_lat = float(np.mean(lat_range))
    fig.update_xaxes(range=lon_range, showgrid=False, zeroline=False, title="longitude")
    fig.update_yaxes(range=lat_range, showgrid=False, zeroline=False, title="latitude", scaleanchor="x",
                     scaleratio=1 / max(math.cos(math.radians(mid_lat)), 0.2))
    return _layout(fig, "Places and flows (marker area: people who set out from or are at a place)", 640)


def timeline_figure(runset: RunSet) -> go.Figure | None:
    """Policies in force as bars over the run's dates; one-day events as points."""
    table = views.policy_timeline(runset.scenario)
    if table.empty:
        return None
    fig = go.Figure()
    spans = table[table["kind"] == "closure"]
    if not spans.empty:
        fig.add_trace(go.Bar(
            y=spans["what"], base=spans["start"], x=(spans["end"] - spans["start"]).dt.total_seconds() * 1000,
            orientation="h", marker_color="#d62728", name="closure",
            customdata=np.stack([spans["start"].dt.strftime("%Y-%m-%d"), spans["end"].dt.strftime("%Y-%m-%d")],
                                axis=1),
            hovertemplate="%{y}<br>%{customdata[0]} to %{customdata[1]}<extra></extra>"))
    points = table[table["kind"] != "closure"]
    if not points.empty:
        fig.add_trace(go.Scatter(x=points["start"], y=points["kind"], mode="markers", name="event",
                                 marker=dict(size=10, color="#1f77b4", symbol="diamond"), text=points["what"],
                                 hovertemplate="%{x|%Y-%m-%d}<br>%{text}<extra></extra>"))
    dates = runset.scenario.dates
    fig.update_xaxes(type="date", range=[dates[0], dates[-1]])
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, "Policy timeline", 160 + 28 * table["what"].nunique() if points.empty
                   else 160 + 28 * (len(spans) + points["kind"].nunique()))


def comparison_figure(baseline: pd.DataFrame, changed: pd.DataFrame | None, title: str) -> go.Figure:
    """Dashboard chart: total people at destinations over time and per destination at the end,
    baseline against the changed run (baseline alone when nothing changed)."""
    fig = make_subplots(rows=1, cols=2, column_widths=[0.6, 0.4],
                        subplot_titles=("all destinations over time", "each destination, last day"))
    shown = [(baseline, "baseline", "#7f7f7f")] + ([(changed, "changed", "#d62728")] if changed is not None else [])
    for frame, name, colour in shown:
        # Plain lists, not arrays: the API's JSON then carries numbers a client can read directly.
        dates = frame.index.strftime("%Y-%m-%d").tolist()
        fig.add_trace(go.Scatter(x=dates, y=frame.sum(axis=1).tolist(), mode="lines", name=name,
                                 line=dict(color=colour, width=2), legendgroup=name), row=1, col=1)
        fig.add_trace(go.Bar(x=list(frame.columns), y=frame.iloc[-1].tolist(), name=name, marker_color=colour,
                             legendgroup=name, showlegend=False), row=1, col=2)
    fig.update_layout(barmode="group")
    fig.update_yaxes(rangemode="tozero", tickformat="~s")
    _layout(fig, title, 460)
    fig.update_layout(margin=dict(t=90))
    return fig
