"""One self-contained HTML report of a run or ensemble: opens offline, Plotly and outlines inside."""

from __future__ import annotations

import html
import shutil
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from exodus.report import figures, views
from exodus.report.rundata import RunSet

PLOT_CONFIG = {"displaylogo": False, "responsive": True, "toImageButtonOptions": {"format": "png"}}
SUMMARY_KEYS = ("seed", "days", "agents", "wall_seconds", "ard_rescaled", "ard_normal")

STYLE = """
body { font-family: system-ui, -apple-system, Segoe UI, Roboto, sans-serif; margin: 0; color: #222;
       background: #fafafa; }
header { background: #1f3b57; color: white; padding: 18px 28px; }
header h1 { margin: 0 0 4px 0; font-size: 22px; }
header p { margin: 0; opacity: 0.85; }
nav { padding: 8px 28px; background: #e9eef3; position: sticky; top: 0; z-index: 10; }
nav a { margin-right: 18px; color: #1f3b57; text-decoration: none; font-weight: 600; }
section { background: white; margin: 18px 28px; padding: 12px 18px; border-radius: 6px;
          box-shadow: 0 1px 3px rgba(0,0,0,0.08); }
section h2 { font-size: 18px; margin: 6px 0 10px 0; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 13px; }
"""


def _figure_html(fig, div_id: str) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=PLOT_CONFIG)


def _table_html(table: pd.DataFrame, table_id: str) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in table.columns)
    body = []
    for row in table.itertuples(index=False):
        cells = []
        for column, value in zip(table.columns, row):
            if isinstance(value, (bool, np.bool_)):
                text = "yes" if value else "no"
            elif column == "error" and isinstance(value, float):
                text = f"{value:+.0%}"  # relative error, as `exodus validate` prints it
            elif isinstance(value, float):
                text = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.0f}"
            else:
                text = str(value)
            numeric = isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_))
            cells.append(f'<td class="num">{html.escape(text)}</td>' if numeric else f"<td>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _errors_note(errors: pd.DataFrame) -> str:
    if "within" in errors:
        from exodus.report.observations import TOLERANCE

        return ("Each reported figure against the simulated value of its own definition (window, places, "
                "total, mean or last day), as `exodus validate` scores it; within: inside the reported range "
                f"or within {TOLERANCE:.0%}.")
    return ("Relative error |simulated - observed| / observed over days with data; ARD as Flee scores a run "
            "(rescaled: only how arrivals spread over camps).")


def _summary_table(runset: RunSet) -> pd.DataFrame:
    rows = []
    for run in runset.runs:
        rows.append({"run": run.path.name if run.path else "", **{k: run.summary.get(k) for k in SUMMARY_KEYS
                                                                   if k in run.summary}})
    return pd.DataFrame(rows)


def plotly_js() -> str:
    """plotly.js's basic bundle (scatter and bar traces only), the same release the plotly package
    draws with, shipped in assets/: a quarter of the full bundle's size and parse time."""
    return resources.files("exodus.report").joinpath("assets/plotly-basic.min.js").read_text()


def render(runset: RunSet) -> str:
    """The report as one HTML string."""
    sc = runset.scenario
    sections: list[tuple[str, str, str]] = []
    arrivals = figures.arrivals_figure(runset)
    if arrivals is not None:
        sections.append(("arrivals", "Arrivals per destination", _figure_html(arrivals, "arrivals-chart")))
    queues = figures.queue_figures(runset)
    if queues:
        sections.append(("queues", "Queues and waits at crossings",
                         "".join(_figure_html(f, f"queue-chart-{i}") for i, f in enumerate(queues))))
    sections.append(("map", "Map", _figure_html(figures.map_figure(runset), "map-chart")
                     + '<p class="note">Country outlines: Natural Earth 1:110m (public domain).</p>'))
    timeline = figures.timeline_figure(runset)
    if timeline is not None:
        sections.append(("timeline", "Policy timeline", _figure_html(timeline, "timeline-chart")))
    errors = views.error_table(runset.runs, sc)
    if not errors.empty:
        sections.append(("errors", "Errors against observations",
                         _table_html(errors, "error-table")
                         + f'<p class="note">{html.escape(_errors_note(errors))}</p>'))
    sections.append(("runs", "Runs", _table_html(_summary_table(runset), "run-table")))

    kind = (f"ensemble of {runset.size} runs" if runset.size > 1 else "ensemble") if runset.is_ensemble \
        else "one run"
    title = f"exodus report: {sc.name}"
    nav = "".join(f'<a href="#{sid}">{html.escape(name)}</a>' for sid, name, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{html.escape(name)}</h2>{content}</section>'
                   for sid, name, content in sections)
    period = f"{sc.dates[0]:%Y-%m-%d} to {sc.dates[-1]:%Y-%m-%d} ({sc.days} days)"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style>'
            f'<script type="text/javascript">{plotly_js()}</script></head><body>'
            f"<header><h1>{html.escape(title)}</h1><p>{html.escape(period)}, {kind}</p></header>"
            f"<nav>{nav}</nav>{body}</body></html>")


def write_report(runset: RunSet, out: str | Path) -> Path:
    """Write the report next to its final name, then move it into place: never half-written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = render(runset)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}-",
                                     delete=False) as tmp:
        tmp.write(text)
    Path(tmp.name).chmod(0o644)
    shutil.move(tmp.name, out)
    return out
