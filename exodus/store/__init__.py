"""The run store: every run, ensemble and study, recorded in DuckDB under the runs folder."""

from exodus.store.runstore import RunStore, record_sim

__all__ = ["RunStore", "record_sim"]
