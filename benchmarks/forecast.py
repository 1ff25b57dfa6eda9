"""Forecast skill on the Flee scenarios: calibrate on the first third, score the rest.

    python benchmarks/forecast.py [SCENARIO ...] [--trials N] [--replicas R] [--score-seeds K]
                                  [--params FILE.csv] [--json PATH]

For each scenario (default: burundi car mali ssudan under ../shared/flee-scenarios) the
Flee ruleset's calibrated parameters (exodus.calibrate.targets.FLEE_SPACE) are fitted
with Optuna to the ARD of the first third of the days (averaged over seeds 1..R), then
the calibrated and the uncalibrated (simsetting.yml) parameters are both run over the
whole period with seeds 101..100+K, and their ARD over the held-out two thirds is averaged. Flee
3.1's ARD over the same held-out days is read from the out.csv that benchmarks/vs_flee.py
leaves under .bench-cache/flee31/<scenario>/seed1 (said so when it is absent). The study
is kept in .bench-cache/forecast/<scenario>/<params>/optuna.sqlite3, so a rerun resumes it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rich.console import Console
from rich.table import Table

from exodus.calibrate.space import read_space, sim_pars
from exodus.calibrate.study import StudySpec, best_trials, model_fingerprint, run_study
from exodus.calibrate.targets import FleeTarget
from exodus.engine.sim import Sim
from exodus.io import load_scenario
from exodus.report.validation import per_day_error

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT.parent / "shared" / "flee-scenarios"
CACHE = ROOT / ".bench-cache"
DEFAULT = ("burundi", "car", "mali", "ssudan")

console = Console(width=160)


def flee31_holdout(name: str, first_holdout_day: int) -> float | None:
    """Flee 3.1's ARD over the held-out days, from a finished vs_flee.py run, if there is one."""
    folder = CACHE / "flee31" / name / "seed1"
    if not (folder / "measured.json").is_file() or not (folder / "out.csv").is_file():
        return None
    return float(per_day_error(pd.read_csv(folder / "out.csv"), "rescaled").iloc[first_holdout_day:].mean())


def holdout_ard(scenario, target: FleeTarget, pars: dict, seeds: list[int]) -> list[float]:
    return [target.scores(Sim(scenario, pars=pars, seed=s).run())["ard_holdout"] for s in seeds]


def forecast(name: str, trials: int, replicas: int, score_seeds: list[int], space_file: Path | None) -> dict:
    scenario = load_scenario(SCENARIOS / name)
    fit_days = scenario.days // 3
    until = (scenario.dates[fit_days - 1]).date()
    target = FleeTarget(scenario, until, read_space(space_file) if space_file else None)
    folder = CACHE / "forecast" / name / (space_file.stem if space_file else "flee_space")
    folder.mkdir(parents=True, exist_ok=True)
    # Named after the data and every resolved parameter (model_fingerprint): a change of model
    # defaults starts a new study instead of resuming an old one.
    spec = StudySpec(storage=f"sqlite:///{(folder / 'optuna.sqlite3').resolve()}",
                     name=f"{name}-{model_fingerprint(scenario)[-8:]}-first-third-r{replicas}", trials=trials,
                     sim_seeds=tuple(range(1, 1 + replicas)))
    console.print(f"[bold]{name}[/bold]: fitting days 0-{fit_days - 1} (to {until}), {trials} trials "
                  f"of {replicas} seeds each")
    clock = time.perf_counter()
    study = run_study(scenario, target, spec)
    fit_seconds = time.perf_counter() - clock
    best = best_trials(study, 1)[0]
    calibrated = holdout_ard(scenario, target, sim_pars(scenario, best), score_seeds)
    uncalibrated = holdout_ard(scenario, target, {}, score_seeds)
    return {
        "scenario": name, "days": scenario.days, "fit_days": fit_days, "until": str(until), "trials": trials,
        "fit_seconds": round(fit_seconds, 1), "best_fit_loss": study.best_value, "best_params": best,
        "replicas": replicas, "score_seeds": score_seeds,
        "holdout_ard_calibrated": float(np.mean(calibrated)), "holdout_ard_calibrated_sd": float(np.std(calibrated)),
        "holdout_ard_uncalibrated": float(np.mean(uncalibrated)),
        "holdout_ard_uncalibrated_sd": float(np.std(uncalibrated)),
        "holdout_ard_flee31": flee31_holdout(name, fit_days),
    }


def print_results(rows: list[dict]) -> None:
    table = Table(title="ARD (rescaled) over the held-out last two thirds")
    for col in ("scenario", "fit days", "trials", "fit s", "calibrated", "uncalibrated", "Flee 3.1",
                "cal/uncal", "cal/Flee"):
        table.add_column(col)
    for r in rows:
        flee = r["holdout_ard_flee31"]
        table.add_row(r["scenario"], str(r["fit_days"]), str(r["trials"]), f"{r['fit_seconds']:.0f}",
                      f"{r['holdout_ard_calibrated']:.4f} ± {r['holdout_ard_calibrated_sd']:.4f}",
                      f"{r['holdout_ard_uncalibrated']:.4f} ± {r['holdout_ard_uncalibrated_sd']:.4f}",
                      "not run (no .bench-cache/flee31 out.csv)" if flee is None else f"{flee:.4f}",
                      f"{r['holdout_ard_calibrated'] / r['holdout_ard_uncalibrated']:.3f}",
                      "-" if flee is None else f"{r['holdout_ard_calibrated'] / flee:.3f}")
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", default=list(DEFAULT))
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--replicas", type=int, default=3, help="seeds averaged per trial (1..R)")
    parser.add_argument("--score-seeds", type=int, default=5,
                        help="held-out runs per parameter set (seeds 101..100+K, none used in fitting)")
    parser.add_argument("--params", type=Path, help="CSV of calibrated parameters (default: FLEE_SPACE)")
    parser.add_argument("--json", type=Path, help="default: .bench-cache/forecast/results-<params>.json")
    args = parser.parse_args()
    rows = [forecast(name, args.trials, args.replicas, list(range(101, 101 + args.score_seeds)), args.params)
            for name in args.scenarios]
    args.json = args.json or CACHE / "forecast" / f"results-{args.params.stem if args.params else 'flee_space'}.json"
    print_results(rows)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2) + "\n")
    console.print(f"figures in {args.json}")


if __name__ == "__main__":
    main()
