"""Read an exodus scenario folder: scenario.yaml plus CSV tables (docs/scenario-format.md).

``check(path)`` returns every problem found, each naming file, line and field;
``load(path)`` returns the Scenario or raises the first problem. Every module parameter
says where its value comes from: ``source`` (ids of figures, events, places or reports),
``assumed`` (a reason), or ``calibrated`` with a ``low``-``high`` range.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from exodus.engine.scenario import Scenario
from exodus.errors import InputError
from exodus.io.csvtable import read_rows

TOP_KEYS = {"name", "description", "start", "end", "tables", "modules"}
MODULE_KEYS = {"kind", "pars"}
ANNOTATION_KEYS = {"value", "source", "assumed", "calibrated", "low", "high", "note"}
MODES = {"car", "bus", "bicycle", "foot"}
POLICY_ACTIONS = {"decree", "mode_ban", "capacity_factor", "draft_point", "entry_ban", "fear", "return_men",
                  "stay_factor"}

# Column -> type. Types: text (required), text? (may be blank), number, number?, count, date, date?, refs
# (provenance ids separated by ';', or 'assumed'), modes (modes separated by ';').
TABLES: dict[str, dict[str, str]] = {
    "places": {"name": "text", "kind": "text", "country": "text", "latitude": "number", "longitude": "number",
               "exposed_men": "number?", "car_share": "number?", "visa_share": "number?", "wealth": "number?",
               "flight_hub_days": "number?", "source": "refs", "note": "text?"},
    "links": {"source": "text", "target": "text", "distance_km": "number", "modes": "modes", "ref": "refs"},
    "crossings": {"name": "text", "far_side": "text", "country": "text", "lanes": "number",
                  "car_per_day": "number", "bus_per_day": "number", "bicycle_per_day": "number",
                  "foot_per_day": "number", "regular_per_day": "number", "regular_car_share": "number",
                  "regular_stay_days": "number", "source": "refs", "note": "text?"},
    "flights": {"origin": "text", "destination": "text", "seats_per_day": "number", "base_fare_usd": "number",
                "regular_load": "number", "source": "refs", "note": "text?"},
    "onward": {"from_country": "text", "to_place": "text", "share": "number", "source": "refs", "note": "text?"},
    "policies": {"id": "text", "name": "text", "start": "date", "end": "date?", "action": "text",
                 "target": "text", "detail": "text?", "exempt": "text?", "value": "number?", "source": "refs",
                 "note": "text?"},
    "observations": {"id": "text", "quantity": "text", "value": "number?", "value_low": "number?",
                     "value_high": "number?", "unit": "text", "place": "text", "period_start": "date",
                     "period_end": "date", "source": "text", "measure": "text?", "labels": "text?",
                     "aggregate": "text?", "use": "text", "definition": "text", "reliability": "text?"},
    "references": {"id": "text", "kind": "text", "description": "text", "origin": "text?"},
}
# Columns that must lie in [0, 1].
SHARES = {"car_share", "visa_share", "regular_car_share", "regular_load", "share"}


class Problems:
    """Every problem found, in the order found."""

    def __init__(self):
        self.items: list[InputError] = []

    def add(self, file: str, message: str, line: int | None = None, field: str | None = None) -> None:
        self.items.append(InputError(file, message, line=line, field=field))


class Table:
    """A CSV table read as text, with each row's line number for messages."""

    def __init__(self, name: str, file: str, header: list[str], rows: list[tuple[int, dict[str, str]]]):
        self.name, self.file, self.header, self.rows = name, file, header, rows

    def column(self, col: str) -> list[str]:
        return [r[col] for _, r in self.rows]


def _yaml_with_lines(path: Path, problems: Problems, file: str):
    """The YAML document as Python objects plus {key path: line} for messages."""
    lines: dict[tuple, int] = {}

    def convert(node, where: tuple):
        lines[where] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            out = {}
            for k, v in node.value:
                key = k.value
                if key in out:
                    problems.add(file, "key given twice", line=k.start_mark.line + 1, field=key)
                out[key] = convert(v, where + (key,))
                lines[where + (key,)] = k.start_mark.line + 1
            return out
        if isinstance(node, yaml.SequenceNode):
            return [convert(v, where + (i,)) for i, v in enumerate(node.value)]
        return _scalar(node)

    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.add(file, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                     line=mark.line + 1 if mark else None)
        return None, lines
    if root is None:
        return {}, lines
    return convert(root, ()), lines


def _scalar(node):
    loader = yaml.SafeLoader("")
    return loader.construct_object(node, deep=True)


def _read_table(folder: Path, name: str, filename: str, problems: Problems) -> Table | None:
    path = folder / filename
    file = f"{folder.name}/{filename}"
    try:
        rows = read_rows(path)
    except InputError as exc:
        problems.add(file, exc.message)
        return None
    if not rows:
        problems.add(file, "empty table: expected a header row")
        return None
    spec = TABLES[name]
    header_line, header = rows[0]
    for col in header:
        if col not in spec:
            problems.add(file, f"unknown column (known: {', '.join(spec)})", line=header_line, field=col)
    for col, kind in spec.items():
        if col not in header and not kind.endswith("?"):
            problems.add(file, "missing column", line=header_line, field=col)
    out = []
    for line, cells in rows[1:]:
        if len(cells) != len(header):
            problems.add(file, f"expected {len(header)} cells, got {len(cells)}", line=line)
            continue
        row = dict(zip(header, cells))
        for col, kind in spec.items():
            row.setdefault(col, "")
            _check_cell(row[col], kind, col, file, line, problems)
        out.append((line, row))
    return Table(name, file, header, out)


def _check_cell(value: str, kind: str, col: str, file: str, line: int, problems: Problems) -> None:
    optional = kind.endswith("?")
    kind = kind.rstrip("?")
    if value == "":
        if not optional:
            problems.add(file, "expected a value, got a blank cell", line=line, field=col)
        return
    if kind == "number":
        try:
            x = float(value)
        except ValueError:
            problems.add(file, f"expected a number, got {value!r}", line=line, field=col)
            return
        if not np.isfinite(x) or x < 0:
            problems.add(file, f"expected a number >= 0, got {value!r}", line=line, field=col)
        elif col in SHARES and x > 1:
            problems.add(file, f"expected a share between 0 and 1, got {value!r}", line=line, field=col)
    elif kind == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            problems.add(file, f"expected a date YYYY-MM-DD, got {value!r}", line=line, field=col)
    elif kind == "modes":
        bad = [m for m in value.split(";") if m not in MODES]
        if bad:
            problems.add(file, f"unknown mode {bad[0]!r} (known: {', '.join(sorted(MODES))})", line=line, field=col)


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _refs(value: str) -> list[str]:
    return [x.strip() for x in str(value).split(";") if x.strip()]


def _cross_check(tables: dict[str, Table], problems: Problems) -> None:
    """References between tables: names, countries, provenance ids, actions."""
    places = {r["name"]: r for _, r in tables["places"].rows}
    kinds = {n: r["kind"] for n, r in places.items()}
    countries = {r["country"] for r in places.values() if r["country"] != "Russia"}
    crossings = {r["name"] for _, r in tables["crossings"].rows}
    known_ids = ({r["id"] for _, r in tables["observations"].rows} | {r["id"] for _, r in tables["references"].rows}
                 | {r["id"] for _, r in tables["policies"].rows} | {"assumed"})

    def need(table: Table, col: str, ok, expected: str):
        for line, r in table.rows:
            if r[col] and not ok(r[col]):
                problems.add(table.file, f"{r[col]!r} is not {expected}", line=line, field=col)

    t = tables["places"]
    need(t, "kind", lambda v: v in {"origin", "crossing", "destination"}, "origin, crossing or destination")
    for line, r in t.rows:
        if r["kind"] == "origin":
            for col in ("exposed_men", "car_share", "visa_share", "wealth", "flight_hub_days"):
                if r[col] == "":
                    problems.add(t.file, "origins need a value", line=line, field=col)
    seen: set[str] = set()
    for line, r in t.rows:
        if r["name"] in seen:
            problems.add(t.file, "place named twice", line=line, field="name")
        seen.add(r["name"])
    need(tables["links"], "source", lambda v: kinds.get(v) == "origin", "an origin in places.csv")
    need(tables["links"], "target", lambda v: v in crossings, "a crossing in crossings.csv")
    need(tables["crossings"], "name", lambda v: kinds.get(v) == "crossing", "a crossing in places.csv")
    need(tables["crossings"], "far_side", lambda v: kinds.get(v) == "destination", "a destination in places.csv")
    for line, r in tables["crossings"].rows:
        if r["lanes"] and _number(r["lanes"]) == 0:
            problems.add(tables["crossings"].file, "a crossing needs at least one lane", line=line, field="lanes")
        far = places.get(r["far_side"])
        if far and far["country"] != r["country"]:
            problems.add(tables["crossings"].file, f"far side {r['far_side']!r} is in {far['country']}",
                         line=line, field="country")
    need(tables["flights"], "origin", lambda v: kinds.get(v) == "origin", "an origin in places.csv")
    need(tables["flights"], "destination", lambda v: kinds.get(v) == "destination", "a destination in places.csv")
    need(tables["onward"], "from_country", lambda v: v in countries, "a destination country in places.csv")
    need(tables["onward"], "to_place", lambda v: kinds.get(v) == "destination", "a destination in places.csv")
    pol = tables["policies"]
    need(pol, "action", lambda v: v in POLICY_ACTIONS, f"one of {', '.join(sorted(POLICY_ACTIONS))}")
    for line, r in pol.rows:
        act = r["action"]
        if act in {"mode_ban", "capacity_factor", "draft_point"} and r["target"] not in crossings:
            problems.add(pol.file, f"{r['target']!r} is not a crossing in crossings.csv", line=line, field="target")
        if act in {"entry_ban", "return_men", "stay_factor"} and r["target"] not in countries:
            problems.add(pol.file, f"{r['target']!r} is not a destination country", line=line, field="target")
        if act == "mode_ban" and r["detail"] not in MODES:
            problems.add(pol.file, f"expected a mode ({', '.join(sorted(MODES))})", line=line, field="detail")
        if r["exempt"] and kinds.get(r["exempt"]) != "origin":
            problems.add(pol.file, f"{r['exempt']!r} is not an origin in places.csv", line=line, field="exempt")
        if act in {"decree", "capacity_factor", "fear", "return_men", "stay_factor"} and r["value"] == "":
            problems.add(pol.file, f"action {act} needs a value", line=line, field="value")
        if r["end"] and r["start"] and r["end"] <= r["start"]:
            problems.add(pol.file, "end must come after start", line=line, field="end")
    obs = tables["observations"]
    need(obs, "use", lambda v: v in {"fit", "check", "context"}, "fit, check or context")
    need(obs, "aggregate", lambda v: v in {"sum", "mean", "max", "last"}, "sum, mean, max or last")
    need(obs, "measure", lambda v: v.count(":") == 1, "module:result")
    need(obs, "reliability", lambda v: v in {"primary", "secondary", "repost"}, "primary, secondary or repost")
    for line, r in obs.rows:
        if r["use"] != "context" and not r["measure"]:
            problems.add(obs.file, "figures used to fit or check need a measure", line=line, field="measure")
        if r["value"] == "" and r["value_low"] == "" and r["value_high"] == "":
            if r["use"] != "context":
                problems.add(obs.file, "a value or a range is needed", line=line, field="value")
    for table, col in (("places", "source"), ("links", "ref"), ("crossings", "source"), ("flights", "source"),
                       ("onward", "source"), ("policies", "source")):
        tb = tables[table]
        for line, r in tb.rows:
            for ref in _refs(r[col]):
                if ref not in known_ids:
                    problems.add(tb.file, f"unknown reference {ref!r} (not in observations, policies or "
                                          "references)", line=line, field=col)


def _parameters(doc: dict, lines: dict, file: str, known_ids: set[str], problems: Problems):
    """Module list [(kind, values)] and a provenance table of every parameter."""
    from exodus.engine.module import validate_pars
    from exodus.model.registry import module_classes

    classes = module_classes()
    modules, prov = [], []
    entries = doc.get("modules")
    if not isinstance(entries, list) or not entries:
        problems.add(file, "expected a list of modules", line=lines.get(("modules",)), field="modules")
        return modules, prov
    for k, entry in enumerate(entries):
        where = ("modules", k)
        if not isinstance(entry, dict):
            problems.add(file, "expected a mapping with kind and pars", line=lines.get(where))
            continue
        for key in entry:
            if key not in MODULE_KEYS:
                problems.add(file, "unknown key (known: kind, pars)", line=lines.get(where + (key,)), field=key)
        kind = entry.get("kind")
        if kind not in classes:
            problems.add(file, f"unknown module kind {kind!r} (known: {', '.join(sorted(classes))})",
                         line=lines.get(where + ("kind",)), field="kind")
            continue
        values = {}
        for par, ann in (entry.get("pars") or {}).items():
            at = lines.get(where + ("pars", par))
            field = f"{kind}.{par}"
            if not isinstance(ann, dict) or "value" not in ann:
                problems.add(file, "expected {value: ..., source|assumed|calibrated: ...}", line=at, field=field)
                continue
            for key in ann:
                if key not in ANNOTATION_KEYS:
                    problems.add(file, f"unknown key {key!r} (known: {', '.join(sorted(ANNOTATION_KEYS))})",
                                 line=lines.get(where + ("pars", par, key), at), field=field)
            marks = [m for m in ("source", "assumed", "calibrated") if m in ann]
            if len(marks) != 1:
                problems.add(file, "say exactly one of source, assumed or calibrated", line=at, field=field)
                continue
            low = high = None
            if marks[0] == "source":
                for ref in _refs(ann["source"]):
                    if ref not in known_ids:
                        problems.add(file, f"unknown reference {ref!r}", line=at, field=field)
            if marks[0] == "calibrated":
                low, high, value = ann.get("low"), ann.get("high"), ann["value"]
                numbers = [v for v in (low, high) if isinstance(v, (int, float)) and not isinstance(v, bool)]
                if len(numbers) != 2 or low > high:
                    problems.add(file, "calibrated parameters need numbers low <= high", line=at, field=field)
                    continue
                inside = value.values() if isinstance(value, dict) else [value]
                if any(not (low <= v <= high) for v in inside):
                    problems.add(file, f"value outside its range [{low}, {high}]", line=at, field=field)
            values[par] = ann["value"]
            value = ann["value"]
            scalar = isinstance(value, (int, float)) and not isinstance(value, bool)
            prov.append({"module": kind, "parameter": par, "value": float(value) if scalar else repr(value),
                         "provenance": marks[0],
                         "reference": str(ann.get(marks[0])), "low": low, "high": high})
        try:
            validate_pars(classes[kind].Pars, values, f"{file} module '{kind}'")
        except InputError as exc:
            problems.add(file, exc.message, line=lines.get(where + ("pars", exc.field)) or lines.get(where),
                         field=f"{kind}.{exc.field}")
        modules.append((kind, values))
    return modules, prov


def check(path: str | Path) -> list[InputError]:
    """Every problem of a scenario folder (an empty list when it is sound)."""
    return _read(Path(path))[1]


def load(path: str | Path) -> Scenario:
    """The scenario in a folder with scenario.yaml; raises the first problem."""
    scenario, problems = _read(Path(path))
    if problems:
        raise problems[0]
    return scenario


def _read(folder: Path) -> tuple[Scenario | None, list[InputError]]:
    problems = Problems()
    file = f"{folder.name}/scenario.yaml"
    if not (folder / "scenario.yaml").is_file():
        problems.add(file, "file not found")
        return None, problems.items
    doc, lines = _yaml_with_lines(folder / "scenario.yaml", problems, file)
    if not isinstance(doc, dict):
        if doc is not None:
            problems.add(file, "expected a mapping at the top")
        return None, problems.items
    for key in doc:
        if key not in TOP_KEYS:
            problems.add(file, f"unknown key (known: {', '.join(sorted(TOP_KEYS))})", line=lines.get((key,)),
                         field=key)
    for key in ("name", "start", "end", "tables", "modules"):
        if key not in doc:
            problems.add(file, "missing key", field=key)
    start, end = doc.get("start"), doc.get("end")
    for key, value in (("start", start), ("end", end)):
        if key in doc and not isinstance(value, dt.date):
            problems.add(file, f"expected a date YYYY-MM-DD, got {value!r}", line=lines.get((key,)), field=key)
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.add(file, "end comes before start", line=lines.get(("end",)), field="end")
    tables: dict[str, Table] = {}
    files = doc.get("tables") or {}
    if not isinstance(files, dict):
        problems.add(file, "expected a mapping of table name to CSV file", line=lines.get(("tables",)), field="tables")
        files = {}
    for name in files:
        if name not in TABLES:
            problems.add(file, f"unknown table (known: {', '.join(TABLES)})", line=lines.get(("tables", name)),
                         field=name)
    for name in TABLES:
        if name not in files:
            problems.add(file, "missing table", line=lines.get(("tables",)), field=f"tables.{name}")
            continue
        table = _read_table(folder, name, str(files[name]), problems)
        if table is not None:
            tables[name] = table
    if len(tables) == len(TABLES):
        _cross_check(tables, problems)
    known = set()
    for name in ("observations", "references", "policies"):
        if name in tables:
            known |= set(tables[name].column("id"))
    modules, prov = _parameters(doc, lines, file, known, problems)
    if "observations" in tables:
        kinds = {k for k, _ in modules}
        obs = tables["observations"]
        for line, r in obs.rows:
            module = r["measure"].split(":")[0]
            if r["measure"] and module not in kinds:
                problems.add(obs.file, f"no module {module!r} in this scenario", line=line, field="measure")
    if problems.items:
        return None, problems.items
    return _scenario(folder, doc, tables, modules, prov), []


def _frame(table: Table) -> pd.DataFrame:
    """A table as a DataFrame with numbers and dates typed (blank numbers are NaN)."""
    df = pd.DataFrame([r for _, r in table.rows], columns=list(TABLES[table.name]))
    for col, kind in TABLES[table.name].items():
        if kind.startswith("number"):
            df[col] = pd.to_numeric(df[col].replace("", np.nan))
        elif kind.startswith("date"):
            df[col] = pd.to_datetime(df[col].replace("", None))
    return df


def _scenario(folder: Path, doc: dict, tables: dict[str, Table], modules, prov) -> Scenario:
    frames = {name: _frame(t) for name, t in tables.items()}
    links = frames["links"]
    scale = next((v.get("people_per_agent") for k, v in modules if k == "russia.mobilisation"), None) or 1.0
    places = frames["places"]
    exposed = float(places["exposed_men"].fillna(0).sum())
    days = (doc["end"] - doc["start"]).days + 1
    regular = float(frames["crossings"]["regular_per_day"].sum()
                    + (frames["flights"]["seats_per_day"] * frames["flights"]["regular_load"]).sum())
    hint = int((exposed + regular * (days + 10)) / float(scale) * 1.1) + 1000
    tables_out = {name: df for name, df in frames.items() if name not in {"places", "links"}}
    tables_out["parameters"] = pd.DataFrame(prov)
    return Scenario(name=str(doc["name"]), start=doc["start"], days=days, places=places, links=links,
                    modules=modules, tables=tables_out, capacity_hint=hint, source=str(folder / "scenario.yaml"))
