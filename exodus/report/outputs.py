"""A run's outputs on disk: tidy daily table, Flee's out.csv, summary.json."""

from __future__ import annotations

import json
from pathlib import Path

import exodus
from exodus.io.atomic import atomic_folder


def summarize(sim) -> dict[str, object]:
    """Headline figures of a finished run."""
    summary: dict[str, object] = {
        "scenario": sim.scenario.name,
        "source": sim.scenario.source,
        "seed": sim.seed,
        "days": sim.days,
        "agents": int(sim.people.count),
        "agent_steps": int(sim.agent_steps),
        "wall_seconds": round(sim.wall_seconds, 6),  # to the microsecond: mali's loop is 0.03 s
        "agent_steps_per_second": float(sim.agent_steps / sim.wall_seconds) if sim.wall_seconds else 0.0,
    }
    if "camp_data" in sim.scenario.tables:
        from exodus.io.flee_out import flee_out_table
        from exodus.report.validation import ard

        out = flee_out_table(sim)
        summary["ard_rescaled"] = float(ard(out, "rescaled"))
        summary["ard_normal"] = float(ard(out, "normal"))
        summary["ard"] = summary["ard_rescaled"]
    return summary


def write_outputs(sim, summary: dict, out: Path) -> None:
    """Write everything to a temporary folder, then move it into place: never half-written."""
    with atomic_folder(out) as tmp:
        sim.to_df().to_parquet(tmp / "daily.parquet", index=False)
        if "camp_data" in sim.scenario.tables:
            from exodus.io.flee_out import flee_out_table

            flee_out_table(sim).to_csv(tmp / "out.csv", index=False)
        meta = dict(summary, version=exodus.__version__, scenario_hash=sim.scenario.fingerprint())
        (tmp / "summary.json").write_text(json.dumps(meta, indent=2) + "\n")
