"""Read a Flee scenario folder (Flee 3.1 / FabFlee layout) unchanged into a Scenario.

The folder holds ``input_csv/`` (locations, routes, conflicts, closures, sim_period,
registration_corrections), ``source_data/`` (data_layout.csv and the UNHCR series) and
``simsetting.yml``. See docs/model-flee.md for how each file and setting is used.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from exodus.engine.scenario import Scenario
from exodus.errors import InputError
from exodus.io.csvtable import parse_date, parse_float, parse_int, read_rows

# simsetting.yml: section -> key -> (module, parameter) it sets, or None for keys that
# only select Flee's own diagnostic files (exodus writes its own outputs instead).
# Keys absent here are errors. Keys whose non-default values exodus does not model are
# listed in UNSUPPORTED_VALUES and are errors when set to anything else.
SETTINGS: dict[str, dict[str, tuple[str, str] | None]] = {
    "log_levels": {k: None for k in ("agent", "link", "camp", "init", "conflict", "idp_totals", "granularity")},
    "spawn_rules": {
        "take_from_population": ("flee.spawning", "take_from_population"),
        "insert_day0": ("flee.spawning", "insert_day0"),
        "conflict_spawn_decay": ("flee.spawning", "conflict_spawn_decay"),
        "conflict_zone_spawning_only": None,
        "flood_zone_spawning_only": None,
        "camps_are_sicks": None,
        "read_from_agents_csv_file": None,
    },
    "move_rules": {
        "max_move_speed": ("flee.movement", "max_move_speed"),
        "max_walk_speed": ("flee.movement", "max_walk_speed"),
        "max_crossing_speed": None,
        "foreign_weight": ("flee.movement", "foreign_weight"),
        "camp_weight": ("flee.movement", "camp_weight"),
        "conflict_weight": ("flee.movement", "conflict_weight"),
        "conflict_movechance": ("flee.movement", "conflict_movechance"),
        "camp_movechance": ("flee.movement", "camp_movechance"),
        "idpcamp_movechance": ("flee.movement", "idpcamp_movechance"),
        "default_movechance": ("flee.movement", "default_movechance"),
        "awareness_level": ("flee.movement", "awareness_level"),
        "capacity_buffer": ("flee.movement", "capacity_buffer"),
        "capacity_scaling": ("flee.movement", "capacity_scaling"),
        "softening": ("flee.movement", "softening"),
        "weight_softening": ("flee.movement", "weight_softening"),
        "weight_power": ("flee.movement", "weight_power"),
        "distance_power": ("flee.movement", "distance_power"),
        "movechance_pop_base": ("flee.movement", "movechance_pop_base"),
        "movechance_pop_scale_factor": ("flee.movement", "movechance_pop_scale_factor"),
        "avoid_short_stints": None,
        "start_on_foot": None,
        "use_v1_rules": None,
        "stay_close_to_home": None,
        "home_distance_power": None,
        "use_pop_for_loc_weight": None,
        "pop_power_for_loc_weight": None,
        "ChildrenAvoidHazards": None,
        "BoysTakeRisk": None,
        "MatchCampEthnicity": None,
        "MatchTownEthnicity": None,
        "MatchConflictEthnicity": None,
    },
    "optimisations": {"hasten": None},
}

# Settings exodus accepts only at the value that switches the rule off (or on, for
# conflict_zone_spawning_only): any other value would be silently different from Flee.
UNSUPPORTED_VALUES: dict[tuple[str, str], object] = {
    ("spawn_rules", "conflict_zone_spawning_only"): True,
    ("spawn_rules", "flood_zone_spawning_only"): False,
    ("spawn_rules", "camps_are_sicks"): False,
    ("spawn_rules", "read_from_agents_csv_file"): False,
    ("move_rules", "avoid_short_stints"): False,
    ("move_rules", "start_on_foot"): False,
    ("move_rules", "use_v1_rules"): False,
    ("move_rules", "stay_close_to_home"): False,
    ("move_rules", "use_pop_for_loc_weight"): False,
    ("move_rules", "ChildrenAvoidHazards"): False,
    ("move_rules", "BoysTakeRisk"): False,
    ("move_rules", "MatchCampEthnicity"): False,
    ("move_rules", "MatchTownEthnicity"): False,
    ("move_rules", "MatchConflictEthnicity"): False,
}

CLOSURE_TYPES = ("country", "location", "link", "camp", "idpcamp", "remove_forced_redirection")
LOCATION_COLUMNS = ("name", "region", "country", "latitude", "longitude", "location_type", "conflict_date",
                    "population")


def load_flee(path: str | Path, hasten: int | None = None) -> Scenario:
    """Read a Flee scenario folder. ``hasten`` overrides simsetting's population divisor."""
    root = Path(path)
    if not root.is_dir():
        raise InputError(str(root), "not a folder (expected a Flee scenario folder with input_csv/)")
    inputs = root / "input_csv"
    if not inputs.is_dir():
        raise InputError(str(root), "no input_csv/ folder: not a Flee scenario")

    settings, hasten_setting = read_settings(root / "simsetting.yml", root)
    hasten = int(hasten if hasten is not None else hasten_setting)
    if hasten < 1:
        raise InputError(str(root / "simsetting.yml"), "expected hasten >= 1", field="optimisations.hasten")

    start, days = read_period(_period_file(inputs), root)
    places = read_locations(inputs / "locations.csv", root, hasten)
    links = read_routes(inputs / "routes.csv", root, set(places["name"]))
    conflicts = read_conflicts(inputs / "conflicts.csv", root, places, days)
    closures = read_closures(inputs / "closures.csv", root, places, days)
    camps = places.loc[places["kind"].str.contains("camp"), "name"].tolist()
    total, camp_data = read_source_data(root, camps, start, days, hasten)

    modules = [
        ("flee.conflicts", {}),
        ("flee.spawning", settings.get("flee.spawning", {})),
        ("flee.closures", {}),
        ("flee.movement", settings.get("flee.movement", {})),
    ]
    day0 = int(np.floor(camp_data.iloc[0].to_numpy()).sum()) if len(camp_data.columns) else 0
    return Scenario(
        name=root.resolve().name,
        start=start,
        days=days,
        places=places,
        links=links,
        modules=modules,
        tables={"conflicts": conflicts, "closures": closures, "total": total, "camp_data": camp_data,
                "hasten": hasten},
        capacity_hint=int(total.max(initial=0)) + day0 + 1,
        source=str(root),
    )


def read_settings(path: Path, root: Path) -> tuple[dict[str, dict], int]:
    """simsetting.yml -> per-module parameters, and hasten. Unknown keys are errors."""
    name = str(path.relative_to(root.parent))
    if not path.is_file():
        return {}, 1
    try:
        doc = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(name, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                         line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict):
        raise InputError(name, "expected a mapping of sections (log_levels, spawn_rules, move_rules, optimisations)")
    lines = _key_lines(path)
    out: dict[str, dict] = {}
    hasten = 1
    for section, body in doc.items():
        if section not in SETTINGS:
            raise InputError(name, f"unknown section (known: {', '.join(SETTINGS)})", line=lines.get(section),
                             field=str(section))
        for key, value in (body or {}).items():
            field = f"{section}.{key}"
            if key not in SETTINGS[section]:
                raise InputError(name, f"unknown setting (known in {section}: {', '.join(SETTINGS[section])})",
                                 line=lines.get(key), field=field)
            if (section, key) in UNSUPPORTED_VALUES and value != UNSUPPORTED_VALUES[(section, key)]:
                raise InputError(name, f"exodus does not model this rule; only "
                                       f"{UNSUPPORTED_VALUES[(section, key)]!r} is supported, got {value!r}",
                                 line=lines.get(key), field=field)
            if key == "hasten":
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise InputError(name, f"expected a whole number >= 1, got {value!r}", line=lines.get(key),
                                     field=field)
                hasten = value
                continue
            target = SETTINGS[section][key]
            if target is not None:
                module, par = target
                out.setdefault(module, {})[par] = value
    if "conflict_spawn_decay" in out.get("flee.spawning", {}):
        out.setdefault("flee.movement", {})["conflict_spawn_decay"] = out["flee.spawning"]["conflict_spawn_decay"]
    return out, hasten


def _key_lines(path: Path) -> dict[str, int]:
    """Line number of each key's first occurrence, for error messages."""
    lines: dict[str, int] = {}
    for i, line in enumerate(path.read_text().splitlines(), start=1):
        key = line.split(":", 1)[0].strip()
        if key and ":" in line and not key.startswith("#"):
            lines.setdefault(key, i)
    return lines


def _period_file(inputs: Path) -> Path:
    # FabFlee renamed conflict_period.csv to sim_period.csv; both hold the same rows.
    for candidate in ("sim_period.csv", "conflict_period.csv"):
        if (inputs / candidate).is_file():
            return inputs / candidate
    return inputs / "sim_period.csv"


def read_period(path: Path, root: Path) -> tuple[dt.date, int]:
    name = str(path.relative_to(root.parent))
    rows = dict((cells[0], (line, cells)) for line, cells in read_rows(path, root) if cells)
    if "StartDate" not in rows:
        raise InputError(name, "missing row 'StartDate,YYYY-MM-DD'", field="StartDate")
    if "Length" not in rows:
        raise InputError(name, "missing row 'Length,<days>'", field="Length")
    line, cells = rows["StartDate"]
    start = parse_date(cells[1] if len(cells) > 1 else "", name, line, "StartDate")
    line, cells = rows["Length"]
    days = parse_int(cells[1] if len(cells) > 1 else "", name, line, "Length", minimum=1)
    return start, days


def _header(rows: list[tuple[int, list[str]]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Split '#'-prefixed header/comment rows from data rows."""
    header: list[str] = []
    data = []
    for line, cells in rows:
        if cells[0].startswith("#"):
            if not header:
                header = [cells[0].lstrip("#").strip()] + cells[1:]
        else:
            data.append((line, cells))
    return header, data


def read_locations(path: Path, root: Path, hasten: int) -> pd.DataFrame:
    name = str(path.relative_to(root.parent))
    header, data = _header(read_rows(path, root))
    if not data:
        raise InputError(name, "no locations")
    extra = [h or f"column{i + 1}" for i, h in enumerate(header[8:], start=8)] if len(header) > 8 else []
    records = []
    seen: dict[str, int] = {}
    for line, cells in data:
        if len(cells) < 6:
            raise InputError(name, f"expected at least 6 columns ({', '.join(LOCATION_COLUMNS)}), got {len(cells)}",
                             line=line)
        cells = cells + [""] * (8 - len(cells))
        loc = cells[0]
        if not loc:
            raise InputError(name, "empty location name", line=line, field="name")
        if loc in seen:
            raise InputError(name, f"duplicate location name {loc!r} (first on line {seen[loc]})", line=line,
                             field="name")
        seen[loc] = line
        kind = cells[5].lower()
        if not any(k in kind for k in ("camp", "conflict", "forward", "marker", "town", "default")):
            raise InputError(name, f"unknown location_type {cells[5]!r} (expected conflict_zone, town, camp, "
                                   "idpcamp, forwarding_hub or marker)", line=line, field="location_type")
        pop = parse_int(cells[7], name, line, "population", minimum=0, blank=0)
        record = {
            "name": loc, "region": cells[1], "country": cells[2],
            "latitude": parse_float(cells[3], name, line, "latitude"),
            "longitude": parse_float(cells[4], name, line, "longitude"),
            "kind": kind,
            "conflict_date": parse_int(cells[6], name, line, "conflict_date", blank=0),
            "population": pop // hasten,
        }
        for i, col in enumerate(extra, start=8):
            record[col] = cells[i] if i < len(cells) else ""
        records.append(record)
    return pd.DataFrame.from_records(records)


def read_routes(path: Path, root: Path, names: set[str]) -> pd.DataFrame:
    name = str(path.relative_to(root.parent))
    header, data = _header(read_rows(path, root))
    extra = [h for h in header[4:]] if len(header) > 4 else []
    records = []
    for line, cells in data:
        if len(cells) < 3:
            raise InputError(name, f"expected at least 3 columns (name1, name2, distance), got {len(cells)}",
                             line=line)
        for field, value in (("name1", cells[0]), ("name2", cells[1])):
            if value not in names:
                raise InputError(name, f"unknown location {value!r} (not in locations.csv)", line=line, field=field)
        distance = parse_float(cells[2], name, line, "distance", minimum=0.0)
        record = {"source": cells[0], "target": cells[1], "distance_km": distance,
                  "forced_redirection": cells[3] if len(cells) > 3 else ""}
        for i, col in enumerate(extra, start=4):
            if col in ("max_move_speed", "walk_probability") and i < len(cells) and cells[i] != "":
                parse_float(cells[i], name, line, col, minimum=0.0)
            record[col] = cells[i] if i < len(cells) else ""
        records.append(record)
    if not records:
        raise InputError(name, "no routes")
    return pd.DataFrame.from_records(records)


def read_conflicts(path: Path, root: Path, places: pd.DataFrame, days: int) -> np.ndarray:
    """Conflict intensity, days x places (zeros for places the file does not list)."""
    name = str(path.relative_to(root.parent))
    rows = read_rows(path, root)
    if not rows or not rows[0][1][0].startswith("#"):
        raise InputError(name, "expected a header row '#Day,<location>,...'", line=1)
    header = [h.strip() for h in rows[0][1][1:]]
    index = {n: i for i, n in enumerate(places["name"])}
    data = [(line, cells) for line, cells in rows[1:] if not cells[0].startswith("#")]
    if len(data) < days:
        raise InputError(name, f"expected at least {days} day rows (sim_period Length), got {len(data)}")
    out = np.zeros((days, len(places)), dtype=np.float64)
    for j, loc in enumerate(header):
        if loc == "":
            continue
        for t, (line, cells) in enumerate(data[:days]):
            value = parse_float(cells[j + 1] if j + 1 < len(cells) else "", name, line, loc, minimum=0.0)
            if loc in index:
                out[t, index[loc]] = value
            elif value > 1e-6:
                # Flee ignores a column it cannot place until that place's conflict starts.
                raise InputError(name, f"conflict at unknown location {loc!r} (not in locations.csv)", line=line,
                                 field=loc)
    return out


def read_closures(path: Path, root: Path, places: pd.DataFrame, days: int) -> pd.DataFrame:
    name = str(path.relative_to(root.parent))
    columns = ["type", "name1", "name2", "start", "end"]
    if not path.is_file():
        return pd.DataFrame(columns=columns)
    names = set(places["name"])
    countries = set(places["country"])
    _, data = _header(read_rows(path, root))
    records = []
    for line, cells in data:
        if len(cells) < 5:
            raise InputError(name, f"expected 5 columns ({', '.join(columns)}), got {len(cells)}", line=line)
        kind = cells[0]
        if kind not in CLOSURE_TYPES:
            raise InputError(name, f"unknown closure type {kind!r} (expected one of {', '.join(CLOSURE_TYPES)})",
                             line=line, field="closure_type")
        if kind == "country":
            for field, value in (("name1", cells[1]), ("name2", cells[2])):
                if value not in countries:
                    raise InputError(name, f"unknown country {value!r} (not in locations.csv)", line=line,
                                     field=field)
        else:
            needed = (("name1", cells[1]), ("name2", cells[2])) if kind in ("link", "remove_forced_redirection") \
                else (("name1", cells[1]),)
            for field, value in needed:
                if value not in names:
                    raise InputError(name, f"unknown location {value!r} (not in locations.csv)", line=line,
                                     field=field)
        start = parse_int(cells[3], name, line, "closure_start")
        end = parse_int(cells[4], name, line, "closure_end")
        records.append({"type": kind, "name1": cells[1], "name2": cells[2], "start": start, "end": end})
    return pd.DataFrame.from_records(records, columns=columns)


def read_series(path: Path, root: Path, start: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """A `YYYY-MM-DD,count` file -> (day offsets from start, counts)."""
    name = str(path.relative_to(root.parent))
    rows = [(line, cells) for line, cells in read_rows(path, root) if not cells[0].startswith("#")]
    if rows and rows[0][1][0] in ("Date", "DateTime"):
        rows = rows[1:]
    days, values = [], []
    for line, cells in rows:
        if len(cells) < 2:
            raise InputError(name, "expected 'YYYY-MM-DD,count'", line=line)
        date = parse_date(cells[0], name, line, "date")
        days.append((date - start).days)
        values.append(parse_float(cells[1], name, line, "count", minimum=0.0))
    if not days:
        raise InputError(name, "no data rows")
    order = np.argsort(days, kind="stable")
    return np.asarray(days)[order], np.asarray(values)[order]


def interpolate(days: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Linear interpolation onto days 0..n-1, held flat before the first and after the last point."""
    return np.interp(np.arange(n), days, values)


def read_source_data(root: Path, camps: list[str], start: dt.date, days: int,
                     hasten: int) -> tuple[np.ndarray, pd.DataFrame]:
    """Total refugees per day (whole agents) and each camp's observed count per day."""
    layout = root / "source_data" / "data_layout.csv"
    lname = str(layout.relative_to(root.parent))
    files: dict[str, list[str]] = {}
    for line, cells in read_rows(layout, root):
        if cells[0].startswith("#"):
            continue
        files[cells[0]] = [c for c in cells[1:] if c]
    if "total" not in files:
        raise InputError(lname, "missing row 'total,<file>.csv'", field="total")
    for camp in camps:
        if camp not in files:
            raise InputError(lname, f"no row for camp {camp!r} (every camp in locations.csv needs one)", field=camp)
    # Rows for places that are not camps are ignored, as Flee does (car lists a town).

    def series(key: str, corrections: dict[str, tuple[int, dt.date]]) -> np.ndarray:
        total = np.zeros(days)
        for fname in files[key]:
            d, v = read_series(root / "source_data" / fname, root, start)
            if key in corrections:
                v = _correct_registration(d, v, start, corrections[key], root)
            # Flee truncates each interpolated value to whole people, then divides by hasten.
            total += np.floor(interpolate(d, v, days))
        return np.floor(total / hasten)

    corrections = read_corrections(root / "input_csv" / "registration_corrections.csv", root, camps)
    total = series("total", {}).astype(np.int64)
    camp_data = pd.DataFrame({camp: series(camp, corrections) for camp in camps})
    return total, camp_data


def read_corrections(path: Path, root: Path, camps: list[str]) -> dict[str, tuple[int, dt.date]]:
    if not path.is_file():
        return {}
    name = str(path.relative_to(root.parent))
    out = {}
    for line, cells in read_rows(path, root):
        if cells[0].startswith("#"):
            continue
        if cells[0] not in camps:
            raise InputError(name, f"unknown camp {cells[0]!r}", line=line, field="camp_name")
        if len(cells) < 2:
            raise InputError(name, "expected 'camp_name,YYYY-MM-DD'", line=line)
        out[cells[0]] = (line, parse_date(cells[1], name, line, "date"))
    return out


def _correct_registration(d: np.ndarray, v: np.ndarray, start: dt.date, where: tuple[int, dt.date],
                          root: Path) -> np.ndarray:
    """Scale counts before the switch to individual registration so the series has no jump."""
    line, date = where
    hits = np.flatnonzero(d == (date - start).days)
    if len(hits) == 0:
        raise InputError(str((root / "input_csv" / "registration_corrections.csv").relative_to(root.parent)),
                         f"no data point dated {date} in this camp's series", line=line, field="date")
    i = int(hits[0])
    if i == 0 or v[i - 1] == 0:
        return v
    v = v.copy()
    v[:i] *= v[i] / v[i - 1]
    return v
