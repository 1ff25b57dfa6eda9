"""Head-to-head: Flee 3.1 and exodus on the same Flee scenario.

    python benchmarks/vs_flee.py SCENARIO [SCENARIO ...] [--seed N]
                                 [--skip-flee | --reuse-flee] [--skip-exodus] [--json PATH]

Each SCENARIO is a scenario folder or a name under ../shared/flee-scenarios. Flee 3.1 is
installed from PyPI into a cached throwaway venv (.bench-cache/flee31-venv) and run by
benchmarks/flee31_driver.py; exodus is run through its CLI. Each runs in its own child
process, so wall time and peak memory (the child's max RSS from wait4) are the whole
process's. Both use the scenario's own hasten, so both simulate the same agents. ARD
is computed by exodus.report.validation.ard on each tool's out.csv.

Flee takes minutes per scenario, so its results (out.csv, summary.json, flee.log)
are kept under .bench-cache/flee31/<scenario>/seed<N> (with measured.json: wall time,
peak memory, date); --reuse-flee reads them instead of running Flee again.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from rich.console import Console
from rich.table import Table

from exodus.report.validation import UNHCR_TOTAL, ard, camp_names

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT.parent / "shared" / "flee-scenarios"
CACHE = ROOT / ".bench-cache"
DRIVER = Path(__file__).resolve().parent / "flee31_driver.py"
FLEE_REQUIREMENT = "flee==3.1"

console = Console(width=None if sys.stdout.isatty() else 120)


def resolve_scenario(name_or_path: str) -> Path:
    """A scenario folder given by path, or by name under ../shared/flee-scenarios."""
    for candidate in (Path(name_or_path), SCENARIOS / name_or_path):
        if (candidate / "input_csv" / "locations.csv").is_file():
            return candidate.resolve()
    raise SystemExit(f"error: {name_or_path}: not a Flee scenario folder "
                     f"(no input_csv/locations.csv there or under {SCENARIOS})")


def flee_python(cache: Path) -> Path:
    """Python of the cached Flee 3.1 venv, creating the venv on first use."""
    env_dir = cache / "flee31-venv"
    python = env_dir / "bin" / "python"
    probe = [str(python), "-c", "import flee, importlib.metadata as m; "
             "assert m.version('flee') == '3.1'"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    console.print(f"[bold]Creating {env_dir} with {FLEE_REQUIREMENT} from PyPI[/bold]")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    subprocess.run([str(python), "-m", "pip", "install", "-q", FLEE_REQUIREMENT], check=True)
    return python


def run_measured(command: list[str], log: Path) -> dict:
    """Run command as a child; return its wall and CPU seconds and peak RSS in bytes.

    wait4 reports the rusage of exactly this child (Linux ru_maxrss is in KiB),
    so earlier children of this script do not leak into the figure. CPU seconds
    (user + system, all threads) are less disturbed than wall time by other work
    on a shared machine.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    measured_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with open(log, "w", encoding="utf-8") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        tail = "".join(log.read_text(errors="replace").splitlines(keepends=True)[-15:])
        raise SystemExit(f"error: {' '.join(command)} exited with {child.returncode}; "
                         f"log {log}:\n{tail}")
    return {"wall_seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "peak_rss_bytes": usage.ru_maxrss * 1024, "measured_at": measured_at}


def figures(tool: str, out_dir: Path, measured: dict) -> dict:
    """One tool's benchmark figures from its out.csv, summary.json and measurements."""
    summary = json.loads((out_dir / "summary.json").read_text())
    out = pd.read_csv(out_dir / "out.csv")
    sim_seconds = float(summary.get("loop_seconds", summary["wall_seconds"]))
    return {
        "tool": tool,
        "days": int(summary["days"]),
        "agents": int(summary["agents"]),
        "agent_steps": int(summary["agent_steps"]),
        "wall_seconds": measured["wall_seconds"],
        "cpu_seconds": measured.get("cpu_seconds"),
        "sim_seconds": sim_seconds,
        # Flee's loop is single-threaded, so its CPU time is what it takes alone on a core,
        # whatever else the machine was doing (older cached runs did not record it).
        "loop_cpu_seconds": summary.get("loop_cpu_seconds"),
        "agent_steps_per_second": summary["agent_steps"] / measured["wall_seconds"],
        "loop_agent_steps_per_second": summary["agent_steps"] / sim_seconds,
        "agent_steps_per_cpu_second": (summary["agent_steps"] / measured["cpu_seconds"]
                                       if measured.get("cpu_seconds") else None),
        "peak_rss_bytes": measured["peak_rss_bytes"],
        "ard_rescaled": ard(out, "rescaled"),
        "ard_normal": ard(out, "normal"),
        "measured_at": measured["measured_at"],
        "out_csv": str(out_dir / "out.csv"),
    }


def run_flee(scenario: Path, seed: int, cache: Path, reuse: bool) -> dict:
    """Flee 3.1's figures, from the cache when reuse is set and a result is there."""
    out_dir = cache / "flee31" / scenario.name / f"seed{seed}"
    cached = out_dir / "measured.json"
    if reuse and cached.is_file():
        measured = json.loads(cached.read_text())
        console.print(f"Reusing the cached Flee 3.1 run of {measured['measured_at']} "
                      f"from {out_dir}; Flee was not rerun.")
        return figures("Flee 3.1 (cached)", out_dir, measured)
    if reuse:
        console.print(f"No cached Flee 3.1 run in {out_dir}; running Flee.")
    python = flee_python(cache)
    console.print(f"Running Flee 3.1 on {scenario.name} (seed {seed}); this takes minutes...")
    cached.unlink(missing_ok=True)
    command = [str(python), str(DRIVER), str(scenario), "--out", str(out_dir),
               "--seed", str(seed)]
    measured = run_measured(command, out_dir / "flee.log")
    cached.write_text(json.dumps(measured, indent=2) + "\n")
    return figures("Flee 3.1", out_dir, measured)


def run_exodus(scenario: Path, seed: int, cache: Path, repeat: int) -> dict:
    """exodus' figures from fresh runs of its CLI: the run with the median loop time of ``repeat``.

    The same seed gives the same simulation every time, so repeats differ only in timing;
    the median keeps one disturbed run (other work on a shared machine) out of the figure.
    """
    out_dir = cache / "exodus" / scenario.name / f"seed{seed}"
    exodus = Path(sys.executable).parent / "exodus"
    if not exodus.exists():
        exodus = Path(shutil.which("exodus") or "exodus")
    runs = []
    for k in range(repeat):
        console.print(f"Running exodus on {scenario.name} (seed {seed}, run {k + 1} of {repeat})...")
        command = [str(exodus), "run", str(scenario), "--out", str(out_dir), "--seed", str(seed),
                   "--store", str(cache / "exodus" / "runs")]
        runs.append(figures("exodus", out_dir, run_measured(command, out_dir / "exodus.log")))
    runs.sort(key=lambda r: r["sim_seconds"])
    chosen = runs[len(runs) // 2]
    chosen["loop_seconds_all_runs"] = [r["sim_seconds"] for r in runs]
    return chosen


RATIO_KEYS = ("wall_seconds", "cpu_seconds", "sim_seconds", "loop_cpu_seconds", "agent_steps_per_second",
              "loop_agent_steps_per_second", "agent_steps_per_cpu_second", "peak_rss_bytes",
              "ard_rescaled", "ard_normal")


def ratios(exodus: dict, flee: dict) -> dict:
    """exodus / Flee for each compared figure (None where either was not measured)."""
    return {key: exodus[key] / flee[key] if exodus[key] is not None and flee[key] else None
            for key in RATIO_KEYS}


def print_table(scenario: str, results: list[dict], ratio: dict | None) -> None:
    table = Table(title=f"Flee 3.1 vs exodus on {scenario}")
    table.add_column("figure")
    for result in results:
        table.add_column(result["tool"], justify="right")
    if ratio:
        table.add_column("exodus / Flee", justify="right")
    rows = [
        ("days", "days", "{:,}"),
        ("agents at end", "agents", "{:,}"),
        ("agent-steps", "agent_steps", "{:,}"),
        ("wall time, process (s)", "wall_seconds", "{:,.2f}"),
        ("CPU time, process (s)", "cpu_seconds", "{:,.2f}"),
        ("simulation, self-timed (s)", "sim_seconds", "{:,.2f}"),
        ("simulation, CPU (s)", "loop_cpu_seconds", "{:,.2f}"),
        ("agent-steps / s (process)", "agent_steps_per_second", "{:,.3g}"),
        ("agent-steps / s (simulation)", "loop_agent_steps_per_second", "{:,.3g}"),
        ("agent-steps / CPU-s (process)", "agent_steps_per_cpu_second", "{:,.3g}"),
        ("peak memory (MiB)", "peak_rss_bytes", "{:,.0f}"),
        ("ARD rescaled", "ard_rescaled", "{:.3f}"),
        ("ARD normal", "ard_normal", "{:.3f}"),
    ]
    for label, key, fmt in rows:
        cells = [fmt.format(r[key] / 2**20 if key == "peak_rss_bytes" else r[key])
                 if r[key] is not None else "not measured" for r in results]
        if ratio:
            cells.append(f"{ratio[key]:,.3g}" if ratio.get(key) is not None else "")
        table.add_row(label, *cells)
    console.print(table)


def compare(scenario: Path, args: argparse.Namespace) -> dict:
    """Run (or reuse) both tools on one scenario; print and return the figures."""
    results = []
    if not args.skip_flee:
        results.append(run_flee(scenario, args.seed, args.cache, args.reuse_flee))
    if not args.skip_exodus:
        results.append(run_exodus(scenario, args.seed, args.cache, args.repeat))
    ratio = ratios(results[1], results[0]) if len(results) == 2 else None
    print_table(scenario.name, results, ratio)
    comparison = {"scenario": scenario.name, "results": results, "ratios_exodus_over_flee": ratio}
    if ratio:
        flee, exodus = results
        comparison["loop_speedup"] = loop_speedup(flee, exodus)
        if comparison["loop_speedup"]:
            console.print(f"Simulation loop speed-up (Flee's loop CPU time / exodus' loop wall time): "
                          f"[bold]{comparison['loop_speedup']:,.0f}x[/bold]")
        if flee["agents"] != exodus["agents"]:
            console.print(f"[bold red]Agent counts differ: Flee {flee['agents']:,}, "
                          f"exodus {exodus['agents']:,}[/bold red]")
        comparison["data_check"] = check_data(flee, exodus)
    return comparison


def loop_speedup(flee: dict, exodus: dict) -> float | None:
    """The headline ratio: Flee's simulation loop CPU time over exodus' loop wall time.

    Conservative on both sides: Flee is charged only the CPU its single-threaded loop used
    (not the wall time it waited on a shared machine), exodus its wall time on every core.
    """
    if not flee.get("loop_cpu_seconds"):
        return None
    return flee["loop_cpu_seconds"] / exodus["sim_seconds"]


def check_data(flee: dict, exodus: dict) -> dict:
    """Compare the UNHCR columns the two tools score against; rescore exodus on Flee's.

    Both ARDs are only comparable if both out.csv files hold the same camp data. Where
    they differ, exodus' camp counts are also scored against Flee's data columns.
    """
    flee_out, exodus_out = pd.read_csv(flee["out_csv"]), pd.read_csv(exodus["out_csv"])
    data_columns = [f"{camp} data" for camp in camp_names(flee_out)] + [UNHCR_TOTAL]
    differing = [c for c in data_columns
                 if c not in exodus_out or not np.allclose(flee_out[c], exodus_out[c])]
    if not differing:
        return {"same_data": True}
    rescored = exodus_out.copy()
    rescored[data_columns] = flee_out[data_columns]
    check = {"same_data": False, "differing_columns": differing,
             "exodus_ard_rescaled_on_flee_data": ard(rescored, "rescaled"),
             "exodus_ard_normal_on_flee_data": ard(rescored, "normal")}
    console.print(f"[bold red]The UNHCR data columns differ between the two out.csv files: "
                  f"{', '.join(differing)}.[/bold red] exodus' camp counts scored against "
                  f"Flee's data: ARD rescaled {check['exodus_ard_rescaled_on_flee_data']:.3f}, "
                  f"normal {check['exodus_ard_normal_on_flee_data']:.3f}.")
    return check


def print_summary(comparisons: list[dict]) -> None:
    """One line per scenario: the headline figures of both tools side by side."""
    table = Table(title="Summary (exodus / Flee 3.1 ratios)")
    for column in ("scenario", "agents", "Flee ARD", "exodus ARD", "Flee steps/s",
                   "exodus steps/s", "speed-up, process", "speed-up, loop", "Flee MiB", "exodus MiB"):
        table.add_column(column, justify="left" if column == "scenario" else "right")
    for comparison in comparisons:
        flee, exodus = comparison["results"]
        table.add_row(
            comparison["scenario"], f"{exodus['agents']:,}",
            f"{flee['ard_rescaled']:.3f}", f"{exodus['ard_rescaled']:.3f}",
            f"{flee['agent_steps_per_second']:.3g}", f"{exodus['agent_steps_per_second']:.3g}",
            f"{comparison['ratios_exodus_over_flee']['agent_steps_per_second']:,.0f}x",
            f"{comparison['loop_speedup']:,.0f}x" if comparison.get("loop_speedup") else "not measured",
            f"{flee['peak_rss_bytes'] / 2**20:,.0f}", f"{exodus['peak_rss_bytes'] / 2**20:,.0f}")
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="+", metavar="SCENARIO",
                        help="scenario folder, or a name under ../shared/flee-scenarios")
    parser.add_argument("--seed", type=int, default=1)
    flee_group = parser.add_mutually_exclusive_group()
    flee_group.add_argument("--skip-flee", action="store_true", help="run exodus only")
    flee_group.add_argument("--reuse-flee", action="store_true",
                            help="use the cached Flee 3.1 run if there is one")
    parser.add_argument("--skip-exodus", action="store_true", help="run Flee only")
    parser.add_argument("--repeat", type=int, default=3,
                        help="exodus runs per scenario; the one with the median loop time is reported")
    parser.add_argument("--json", type=Path, help="also save the figures to this JSON file")
    parser.add_argument("--cache", type=Path, default=CACHE, help="cache folder")
    args = parser.parse_args(argv)
    if args.skip_flee and args.skip_exodus:
        parser.error("--skip-flee and --skip-exodus leave nothing to run")
    args.cache = args.cache.resolve()

    scenarios = [resolve_scenario(name) for name in args.scenarios]
    comparisons = [compare(scenario, args) for scenario in scenarios]
    if all(c["ratios_exodus_over_flee"] for c in comparisons):
        print_summary(comparisons)
    if args.json:
        report = {"seed": args.seed, "cpus": os.cpu_count(),
                  "written_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "comparisons": comparisons}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        console.print(f"Figures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
