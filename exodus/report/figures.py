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


def _observation_traces(points: pd.DataFrame, colour: str, legend: bool, marker: str = "#222") -> list[go.Scatter]:
    """Reported figures on a daily chart: a point at the window's end, a bar over its days.

    A total over several days is drawn as its daily mean so it reads against daily values.
    """
    days = ((points["end"] - points["start"]).dt.days + 1).clip(lower=1)
    per_day = np.where(points["aggregate"] == "sum", points["value"] / days, points["value"])
    xs, ys = [], []
    for start, end, y in zip(points["start"], points["end"], per_day):
        if end > start:
            xs.extend([start, end, None])
            ys.extend([y, y, None])
    window = [f"{a:%d %b %Y}" + ("" if a == b else f" to {b:%d %b %Y}") for a, b in zip(points["start"], points["end"])]
    reported = [f"{v:,.6g}" + (f" over {d} days ({p:,.0f} a day)" if g == "sum" and d > 1 else "")
                for v, d, p, g in zip(points["value"], days, per_day, points["aggregate"])]
    traces = [go.Scatter(x=points["end"], y=per_day, mode="markers", name="observed", legendgroup="obs",
                         showlegend=legend, marker=dict(color=marker, size=7, symbol="circle-open",
                                                         line=dict(width=1.5)),
                         customdata=np.stack([reported, window, points["source"], points["definition"]], axis=1),
                         hovertemplate=("reported %{customdata[0]}<br>%{customdata[1]}<br>source: %{customdata[2]}"
                                        "<br>definition: %{customdata[3]}<extra>observed</extra>"))]
    if xs:
        traces.insert(0, go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=4), opacity=0.35,
                                    hoverinfo="skip", showlegend=False, legendgroup="obs"))
    return traces


def panels_figure(runset: RunSet, series: dict[str, tuple[str, object]], title: str) -> go.Figure | None:
    """Small multiples, one panel per label: a line per series (mode), ensemble bands, and the
    observations of each series' result. ``series``: name -> (measure 'module:result', extract)."""
    firsts = {name: extract(runset.runs[0].daily, runset.runs[0].summary) for name, (_, extract) in series.items()}
    bands = {name: ensemble_bands(runset, extract) for name, (_, extract) in series.items()}
    observed = {name: views.observations(runset.scenario, measure) for name, (measure, _) in series.items()}
    labels = []
    for name, frame in firsts.items():
        busy = [c for c in frame.columns if frame[c].abs().sum() > 0 or (observed[name]["label"] == c).any()]
        labels.extend(c for c in busy if c not in labels)
    if not labels:
        return None
    rows = math.ceil(len(labels) / PANEL_COLUMNS)
    fig = make_subplots(rows=rows, cols=min(PANEL_COLUMNS, len(labels)), subplot_titles=labels,
                        vertical_spacing=min(0.3 / max(rows - 1, 1), 0.08), horizontal_spacing=0.06)
    band_name = f"5-95% of {runset.size} runs" if runset.size > 1 else "5-95% of the ensemble"
    shown: set[str] = set()
    for i, label in enumerate(labels):
        cell = dict(row=i // PANEL_COLUMNS + 1, col=i % PANEL_COLUMNS + 1)
        for k, (name, frame) in enumerate(firsts.items()):
            if label not in frame.columns:
                continue
            colour = PALETTE[k % len(PALETTE)]
            line = name or ("median" if bands[name] is not None else "simulated")
            legend = line not in shown
            shown.add(line)
            x, y = frame.index, frame[label]
            if bands[name] is not None:
                b = bands[name]
                x, y = b["median"].index, b["median"][label]
                fig.add_trace(go.Scatter(x=x, y=b["high"][label], mode="lines", line=dict(width=0),
                                         hoverinfo="skip", showlegend=False), **cell)
                fig.add_trace(go.Scatter(x=x, y=b["low"][label], mode="lines", line=dict(width=0), fill="tonexty",
                                         fillcolor=_transparent(colour), name=f"{name} {band_name}".strip(),
                                         legendgroup=f"band {name}", showlegend=legend, hoverinfo="skip"), **cell)
            fig.add_trace(go.Scatter(x=x, y=y, mode="lines", line=dict(color=colour, width=1.6), name=line,
                                     legendgroup=line, showlegend=legend,
                                     hovertemplate=f"{label}<br>%{{x|%Y-%m-%d}}: %{{y:,.4~g}}<extra>{line}</extra>"),
                          **cell)
            points = observed[name][observed[name]["label"] == label]
            if not points.empty:
                for trace in _observation_traces(points, colour, "observed" not in shown):
                    fig.add_trace(trace, **cell)
                shown.add("observed")
    fig.update_yaxes(rangemode="tozero", tickformat="~s")
    return _layout(fig, title, 260 * rows + 120)


def _transparent(colour: str, alpha: float = 0.25) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def arrivals_figure(runset: RunSet) -> go.Figure | None:
    """Arrivals per destination over time (people there, for Flee's camps), one panel each:
    run line or ensemble median and 5-95% band, observations with source and definition."""
    daily = runset.runs[0].daily
    result = views.arrival_result(daily)
    measure = f"{views.module_of(daily, result)}:{result}" if result else "flee.movement:agents"
    title = "Arrivals per day at each destination" if result else "People at each destination"
    return panels_figure(runset, {"": (measure, lambda d, s: views.arrivals(runset.scenario, d, s))}, title)


def queue_figures(runset: RunSet) -> list[go.Figure]:
    """One chart per queue or wait measure: a line per crossing (ensemble median), reported
    figures in the crossing's colour, and a button per mode where the measure has modes."""
    daily = runset.runs[0].daily
    places = set(runset.scenario.places["name"].astype(str))
    families = views.queue_families(daily)
    # Measures at places (crossings) before those on routes (flights).
    order = sorted(families, key=lambda stem: not set(
        views.result_frame(daily, next(iter(families[stem].values()))).columns) <= places)
    figures = []
    for stem in order:
        fig = go.Figure()
        owner: list[str] = []  # the mode each trace belongs to
        for mode, result in families[stem].items():
            bands = ensemble_bands(runset, lambda d, _, result=result: views.result_frame(d, result))
            frame = bands["median"] if bands is not None else views.result_frame(daily, result)
            observed = views.observations(runset.scenario, f"{views.module_of(daily, result)}:{result}")
            busy = [c for c in frame.columns if frame[c].abs().sum() > 0 or (observed["label"] == c).any()]
            for label in busy:  # a crossing keeps its colour across charts
                colour = PALETTE[list(frame.columns).index(label) % len(PALETTE)]
                name = f"{label} ({mode})" if mode else label
                fig.add_trace(go.Scatter(x=frame.index, y=frame[label], mode="lines", name=name,
                                         legendgroup=label, line=dict(color=colour, width=1.6),
                                         hovertemplate=f"{name}<br>%{{x|%Y-%m-%d}}: %{{y:,.4~g}}<extra></extra>"))
                owner.append(mode)
                points = observed[observed["label"] == label]
                for trace in (_observation_traces(points, colour, False, colour) if not points.empty else []):
                    trace.update(legendgroup=label, name=f"{name}: observed")
                    fig.add_trace(trace)
                    owner.append(mode)
        if not fig.data:
            continue
        modes = list(families[stem])
        if len(modes) > 1:
            for trace, mode in zip(fig.data, owner):
                trace.visible = mode == modes[0]
            fig.update_layout(updatemenus=[dict(
                type="buttons", direction="right", x=0, y=1.12, xanchor="left", showactive=True,
                buttons=[dict(label=mode, method="update", args=[{"visible": [m == mode for m in owner]}])
                         for mode in modes])])
        title = stem.replace("_", " ") + (" by mode" if len(modes) > 1 else "")
        fig.update_yaxes(rangemode="tozero")
        figures.append(_layout(fig, title, 460))
        fig.update_layout(legend=dict(orientation="v", y=1, x=1.02), margin=dict(t=90))
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

    flow = views.flows(sc, runset.runs[0].daily)
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
                text.append(f"{r.source} → {r.target}: {r.volume:,.0f} ({r.what})")
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
    return _layout(fig, "Places and flows (marker area: people who set out from, passed or reached a place)", 640)


def timeline_figure(runset: RunSet) -> go.Figure | None:
    """Policies in force as bars over the run's dates."""
    table = views.policy_timeline(runset.scenario, runset.runs[0].daily).dropna(subset=["start"])
    if table.empty:
        return None
    fig = go.Figure(go.Bar(
        y=table["what"], base=table["start"], x=(table["end"] - table["start"]).dt.total_seconds() * 1000,
        orientation="h", marker_color="#d62728", name="in force",
        customdata=np.stack([table["start"].dt.strftime("%Y-%m-%d"),
                             (table["end"] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")], axis=1),
        hovertemplate="%{y}<br>%{customdata[0]} to %{customdata[1]}<extra></extra>"))
    dates = runset.scenario.dates
    fig.update_xaxes(type="date", range=[dates[0], dates[-1] + pd.Timedelta(days=1)])
    fig.update_yaxes(autorange="reversed", automargin=True)
    return _layout(fig, "Policy timeline", 160 + 26 * table["what"].nunique())


def comparison_figure(baseline: pd.DataFrame, changed: pd.DataFrame | None, title: str,
                      per_day: bool = False) -> go.Figure:
    """Dashboard chart, baseline against the changed run (baseline alone when nothing changed):
    all destinations over time, and each destination (its total arrivals when ``per_day``,
    else its people on the last day)."""
    fig = make_subplots(rows=1, cols=2, column_widths=[0.6, 0.4], subplot_titles=(
        "arrivals a day, all destinations" if per_day else "people at all destinations",
        "arrivals over the run, each destination" if per_day else "people at each destination, last day"))
    shown = [(baseline, "baseline", "#7f7f7f")] + ([(changed, "changed", "#d62728")] if changed is not None else [])
    for frame, name, colour in shown:
        # Plain lists, not arrays: the API's JSON then carries numbers a client can read directly.
        dates = frame.index.strftime("%Y-%m-%d").tolist()
        each = frame.sum() if per_day else frame.iloc[-1]
        fig.add_trace(go.Scatter(x=dates, y=frame.sum(axis=1).tolist(), mode="lines", name=name,
                                 line=dict(color=colour, width=2), legendgroup=name), row=1, col=1)
        fig.add_trace(go.Bar(x=list(frame.columns), y=each.tolist(), name=name, marker_color=colour,
                             legendgroup=name, showlegend=False), row=1, col=2)
    fig.update_layout(barmode="group")
    fig.update_yaxes(rangemode="tozero", tickformat="~s")
    _layout(fig, title, 460)
    fig.update_layout(margin=dict(t=90))
    return fig
