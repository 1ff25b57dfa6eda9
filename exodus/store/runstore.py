"""A DuckDB catalogue of runs, ensembles and studies, with their output tables as Parquet.

The database is ``<runs>/exodus.duckdb``; each record's tables are written to
``<runs>/store/<id>/<table>.parquet`` first (through a temporary folder, so a killed
process never leaves half a table) and only then catalogued. DuckDB lets one process
write at a time, so every operation opens its own short connection and waits for the
lock if another exodus process holds it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from pathlib import Path

import pandas as pd

import exodus
from exodus.errors import InputError
from exodus.io.atomic import atomic_folder

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR,           -- run, ensemble or study
    scenario VARCHAR,
    scenario_hash VARCHAR,
    version VARCHAR,
    seed BIGINT,
    params VARCHAR,         -- JSON
    started TIMESTAMP,
    wall_seconds DOUBLE,
    status VARCHAR,         -- running, done
    metrics VARCHAR,        -- JSON
    tables VARCHAR          -- JSON list of table names
)
"""
LOCK_WAIT_SECONDS = 60.0


def write_tables(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Write each table as folder/<name>.parquet, replacing folder whole."""
    with atomic_folder(folder) as tmp:
        for name, frame in tables.items():
            frame.to_parquet(tmp / f"{name}.parquet", index=False)


def _json(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class RunStore:
    """The run store of one runs folder."""

    def __init__(self, root: str | Path = "runs"):
        self.root = Path(root)
        self.path = self.root / "exodus.duckdb"

    def connect(self):
        """A read-write connection, waiting while another process holds the database."""
        import duckdb

        self.root.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                con = duckdb.connect(str(self.path))
                break
            except duckdb.IOException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        con.execute(SCHEMA)
        return con

    def new_id(self, kind: str) -> str:
        return f"{kind}-{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"

    def table_dir(self, run_id: str) -> Path:
        return self.root / "store" / run_id

    def save(self, run_id: str, kind: str, scenario, params: dict, seed: int, started: dt.datetime,
             wall_seconds: float, metrics: dict, tables: dict[str, pd.DataFrame], status: str = "done") -> str:
        """Write the tables, then insert or replace the catalogue row. Returns the id."""
        write_tables(self.table_dir(run_id), tables)
        row = (run_id, kind, scenario.name, scenario.fingerprint(), exodus.__version__, int(seed), _json(params),
               started, float(wall_seconds), status, _json(metrics), _json(sorted(tables)))
        con = self.connect()
        try:
            con.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        finally:
            con.close()
        return run_id

    def list(self) -> pd.DataFrame:
        con = self.connect()
        try:
            return con.execute("SELECT id, kind, scenario, scenario_hash, seed, status, started, wall_seconds "
                               "FROM runs ORDER BY started, id").df()
        finally:
            con.close()

    def get(self, run_id: str) -> dict:
        """One record by id or unique id prefix; an unknown id is an input error."""
        con = self.connect()
        try:
            rows = con.execute("SELECT * FROM runs WHERE id = ? OR starts_with(id, ?) ORDER BY id",
                               [run_id, run_id]).df()
        finally:
            con.close()
        exact = rows[rows["id"] == run_id]
        rows = exact if len(exact) else rows
        if len(rows) != 1:
            what = "no record" if rows.empty else f"{len(rows)} records ({', '.join(rows['id'])})"
            raise InputError(str(self.path), f"{what} with id {run_id!r}; see `exodus runs list`")
        record = rows.iloc[0].to_dict()
        for key in ("params", "metrics", "tables"):
            record[key] = json.loads(record[key])
        return record

    def table(self, run_id: str, name: str) -> pd.DataFrame:
        return pd.read_parquet(self.table_dir(run_id) / f"{name}.parquet")


def module_params(sim) -> dict:
    """Every module parameter of a sim, as 'module.key' -> value."""
    return {f"{m.name}.{k}": v for m in sim.modules for k, v in m.pars.model_dump().items()}


def record_sim(store: RunStore, sim, metrics: dict | None = None, kind: str = "run") -> str:
    """Record a finished Sim: its parameters, seed, timing and daily table."""
    started = dt.datetime.now() - dt.timedelta(seconds=sim.wall_seconds)
    return store.save(store.new_id(kind), kind, sim.scenario, module_params(sim), sim.seed, started,
                      sim.wall_seconds, metrics or {}, {"daily": sim.to_df()})
