"""Forecast skill on the Flee scenarios: calibrate on the first third, score the rest.

    python benchmarks/forecast.py [SCENARIO ...] [--prior-weight W|auto] [--trials N] [--replicas R]
                                  [--sampler-seed S] [--score-seeds K] [--params FILE.csv]
                                  [--flee-cache DIR] [--no-check] [--recency none|linear|trend]
                                  [--share-correction ALPHA|auto] [--share-only] [--share-recent]
                                  [--no-capacity-correction] [--json PATH]

For each scenario (default: burundi car mali ssudan under ../shared/flee-scenarios) the
Flee ruleset's calibrated parameters (exodus.calibrate.targets.FLEE_SPACE) are calibrated
on the first third of the days exactly as `exodus calibrate --prior-weight W` does
(exodus.calibrate.study.run_study; trials averaged over seeds 1..R; the best trial is kept
only if it passes study.significance_check on seeds R+1.., else the scenario's own values
are kept; `--no-check` skips the check; `--prior-weight auto` chooses the weight on a
time-series split of the fit window first, a method measured and rejected, see
forecast_methods.py and docs/forecast.md; `--recency linear` weighs the fit window's days
in the loss by a weight rising with the day, as `exodus calibrate --recency linear` does, and
`--recency trend` adds the error of each camp's share growth over the window's last fifth,
forecast_methods.TrendTarget; both measured, docs/forecast.md;
`--share-correction ALPHA` first corrects each camp's attraction from the fit window's camp
shares, as `exodus calibrate --share-correction` does (exodus.calibrate.shares; auto: alpha
chosen on a split of the fit window; `--share-recent`: shares over the fit window's second half
only), and studies the six parameters with it fixed, or, with `--share-only`, takes the
correction alone); first of all, as `exodus calibrate` does by default, the capacity of the
camps the fit window's runs hold full is lowered (shares.gated_capacity_correction, kept only
if a split of the fit window supports it; `--no-capacity-correction` leaves it out, the
method measured before 30 Nov, 22:20);
then the calibrated
and the uncalibrated (simsetting.yml) values are each run over the whole period with
seeds 101..100+K, and their ARD over the held-out two thirds is averaged.

Flee 3.1's ARD over the same held-out days is read from the out.csv that
benchmarks/vs_flee.py leaves under <flee-cache>/<scenario>/seed1 (default
.bench-cache/flee31). Without it, the figure recorded in benchmarks/flee31-holdout.json
(from an earlier run of this script, whose date and commit it gives) is printed and
marked as recorded; Flee is never rerun here (about 40 CPU-minutes for all four).
Studies are kept in .bench-cache/forecast/<scenario>/<params>/optuna.sqlite3, so a rerun
resumes them.
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

from exodus.calibrate.shares import corrected, gated_capacity_correction, parse_alpha
from exodus.calibrate.space import read_space, sim_pars
from exodus.calibrate.study import (StudySpec, best_trial, calibrated_values, model_fingerprint, run_study,
                                    significance_check)
from exodus.calibrate.targets import RECENCY, FleeTarget
from exodus.engine.sim import Sim
from exodus.errors import InputError
from exodus.io import load_scenario
from exodus.report.validation import per_day_error

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT.parent / "shared" / "flee-scenarios"
CACHE = ROOT / ".bench-cache"
DEFAULT = ("burundi", "car", "mali", "ssudan")

console = Console(width=160)


RECORDED_FLEE31 = Path(__file__).resolve().parent / "flee31-holdout.json"


def flee31_holdout(name: str, first_holdout_day: int, cache: Path) -> tuple[float | None, str]:
    """Flee 3.1's ARD over the held-out days and where it comes from: a finished vs_flee.py run's
    out.csv if there is one, else the recorded figure, else None."""
    folder = cache / name / "seed1"
    if (folder / "measured.json").is_file() and (folder / "out.csv").is_file():
        out = pd.read_csv(folder / "out.csv")
        return float(per_day_error(out, "rescaled").iloc[first_holdout_day:].mean()), f"{folder}/out.csv"
    recorded = json.loads(RECORDED_FLEE31.read_text())
    figure = recorded["holdout_ard"].get(name)
    if figure is None or recorded["first_holdout_day"].get(name) != first_holdout_day:
        return None, f"no {folder}/out.csv and no recorded figure"
    return figure, f"recorded {recorded['measured']} ({RECORDED_FLEE31.name})"


def score_runs(scenario, target: FleeTarget, pars: dict, seeds) -> list[dict[str, float]]:
    """The target's scores (unweighted ARD of the fit window and of the held-out days) of a whole-period
    run per seed."""
    return [target.scores(Sim(scenario, pars=pars, seed=s).run()) for s in seeds]


def holdout_ard(scenario, target: FleeTarget, pars: dict, seeds) -> list[float]:
    return [s["ard_holdout"] for s in score_runs(scenario, target, pars, seeds)]


def fit_until(scenario):
    """The last date of the fit window: the first third of the days."""
    return scenario.dates[scenario.days // 3 - 1].date()


def study_name(name: str, scenario, replicas: int, weight_label: str, trials: int, sampler_seed: int,
               recency: str = "none", share: str = "") -> str:
    """The stored study of these settings. Named after the data and every resolved parameter
    (model_fingerprint): a change of model defaults starts a new study instead of resuming an old
    one. forecast_methods.py loads these studies by the same name."""
    return (f"{name}-{model_fingerprint(scenario)[-8:]}-first-third-r{replicas}-prior{weight_label}"
            + ("" if trials == 40 else f"-t{trials}") + ("" if sampler_seed == 1 else f"-sampler{sampler_seed}")
            + ("" if recency == "none" else f"-recency-{recency}") + (f"-share{share}" if share else ""))


def forecast(name: str, prior_weight: float | None, trials: int, replicas: int, sampler_seed: int,
             score_seeds: list[int], space_file: Path | None, flee_cache: Path, check: bool = True,
             recency: str = "none", share: float | str | None = None, share_only: bool = False,
             share_recent: bool = False, capacity: bool = False) -> dict:
    """``prior_weight`` None: chosen on a time-series split of the fit window
    (forecast_methods.choose_prior_weight; measured and rejected, docs/forecast.md). ``recency``: how
    the loss stresses the fit window's end (targets.recency_weights; "trend": forecast_methods.TrendTarget).
    ``share``: the alpha of the share correction (shares.share_correction; "auto": shares.choose_alpha),
    made before the study, whose scenario's own values then include it; ``share_only``: no study;
    ``share_recent``: shares over the fit window's second half; ``capacity``: the gated capacity
    correction (shares.gated_capacity_correction), made first."""
    scenario = load_scenario(SCENARIOS / name)
    fit_days = scenario.days // 3
    until = fit_until(scenario)
    space = read_space(space_file) if space_file else None
    if recency == "trend":
        from forecast_methods import TrendTarget  # a rejected method, kept to measure again

        target = TrendTarget(scenario, until, space)
    else:
        target = FleeTarget(scenario, until, space, recency)
    folder = CACHE / "forecast" / name / (space_file.stem if space_file else "flee_space")
    folder.mkdir(parents=True, exist_ok=True)
    storage = f"sqlite:///{(folder / 'optuna.sqlite3').resolve()}"

    share_label = ("" if share is None else str(share) if share == "auto" else f"{share:g}") + (
        "-recent" if share_recent else "") + ("-capacity" if capacity else "")

    def spec_for(weight, label):
        return StudySpec(storage=storage, name=study_name(name, scenario, replicas, label, trials, sampler_seed,
                                                          recency, share_label),
                         trials=trials, sampler_seed=sampler_seed, sim_seeds=tuple(range(1, 1 + replicas)),
                         prior_weight=weight)

    clock = time.perf_counter()
    original, alpha_choice, attraction, capacity_fix = scenario, None, None, None
    if capacity:
        capacity_fix = gated_capacity_correction(scenario, target, tuple(range(1, 1 + replicas)),
                                                 tuple(range(1 + replicas, 1 + 2 * replicas)))
        scenario = capacity_fix.scenario
        console.print(f"[bold]{name}[/bold]: capacity correction (fit window's second half: error "
                      f"{capacity_fix.validation[0]:.4f} without, {capacity_fix.validation[1]:.4f} with): "
                      + (", ".join(f"{k} {v:.3g}" for k, v in capacity_fix.factors.items()) or "none kept"))
    if share is not None:
        correction = corrected(scenario, target, share, tuple(range(1, 1 + replicas)), share_recent)
        scenario, attraction, alpha_choice = correction.scenario, correction.attraction, correction.choice
        if alpha_choice:
            console.print(f"  share correction: validation ARD by alpha {alpha_choice.validation}")
        console.print(f"[bold]{name}[/bold]: share correction (alpha {correction.alpha:g}) on days 0-{fit_days - 1}: "
                      + ", ".join(f"{k} {v:.3g}" for k, v in attraction.items()))
    choice = None
    if prior_weight is None and not share_only:
        from forecast_methods import choose_prior_weight  # a rejected method, kept to measure again

        console.print(f"[bold]{name}[/bold]: choosing the prior weight on a split of days 0-{fit_days - 1}")
        choice = choose_prior_weight(scenario, target, spec_for(1.0, "auto"))
        console.print(f"  validation ARD by weight {choice.validation}: chosen {choice.metrics()['split_weight']}")
    weight = prior_weight if choice is None else choice.weight
    study = best = checked = None
    if weight is None or share_only:  # the scenario's own values (with any share correction): nothing to fit
        values = target.start(scenario)
    else:
        spec = spec_for(weight, f"{weight:g}")
        console.print(f"[bold]{name}[/bold]: calibrating on days 0-{fit_days - 1} (to {until}), prior weight "
                      f"{weight:g}, recency {recency}, {trials} trials of {replicas} seeds each")
        study = run_study(scenario, target, spec)
        best = best_trial(study)
        # as exodus calibrate: the best trial, unless its gain is within its noise (study.significance_check)
        checked = significance_check(scenario, target, study, spec) if check else None
        values = calibrated_values(scenario, target, study, checked)
    fit_seconds = time.perf_counter() - clock  # the split (auto), the study and the check
    scored = {"calibrated": score_runs(scenario, target, sim_pars(scenario, values), score_seeds),
              "uncalibrated": score_runs(original, target, {}, score_seeds)}
    # what the best trial alone would have given (the method before the check)
    scored["best_trial"] = (scored["calibrated"] if best is None or values == dict(best.params) else
                            score_runs(scenario, target, sim_pars(scenario, best.params), score_seeds))
    held_out = {k: [s["ard_holdout"] for s in runs] for k, runs in scored.items()}
    flee, flee_source = flee31_holdout(name, fit_days, flee_cache)
    reference = (study.user_attrs["reference_loss"] if study is not None else None)
    return {
        "scenario": name, "days": scenario.days, "fit_days": fit_days, "until": str(until),
        "prior_weight": "auto" if prior_weight is None else prior_weight, "chosen_weight": weight,
        "recency": recency, "share_correction": share, "share_only": share_only, "share_recent": share_recent,
        "share_alpha_validation": None if alpha_choice is None else alpha_choice.validation,
        "share_alpha": None if share is None else correction.alpha,
        "attraction": attraction, "capacity_correction": capacity,
        "capacity_factors": None if capacity_fix is None else capacity_fix.factors,
        "capacity_validation": None if capacity_fix is None else capacity_fix.validation,
        "split": None if choice is None else choice.metrics(), "trials": trials, "sampler_seed": sampler_seed,
        "fit_seconds": round(fit_seconds, 1),
        "reference_fit_loss": reference, "calibrated_fit_loss": None if best is None else best.user_attrs["loss"],
        "prior_distance": None if best is None else best.user_attrs["prior_distance"],
        "best_trial": None if best is None else best.number, "best_params": None if best is None else best.params,
        "check": None if checked is None else {**checked.metrics(), "batch_gains": checked.batch_gains},
        "calibrated_params": values, "uncalibrated_trial": values == target.start(scenario), "replicas": replicas,
        "score_seeds": score_seeds,
        # the unweighted ARD of the fit window on the scoring seeds (the study's losses may be weighted)
        **{f"fit_ard_{k}": float(np.mean([s["ard_fit"] for s in runs])) for k, runs in scored.items()},
        **{f"holdout_ard_{k}": float(np.mean(v)) for k, v in held_out.items()},
        **{f"holdout_ard_{k}_sd": float(np.std(v)) for k, v in held_out.items()},
        "holdout_ard_flee31": flee, "flee31_source": flee_source,
    }


def print_results(rows: list[dict]) -> None:
    table = Table(title="ARD (rescaled) over the held-out last two thirds")
    for col in ("scenario", "fit days", "share alpha", "prior w", "fit s", "fit loss uncal. -> best", "prior dist.",
                "check t (crit.)", "fit ARD cal.", "calibrated", "best trial", "uncalibrated", "Flee 3.1", "cal/uncal",
                "cal/Flee"):
        table.add_column(col)
    for r in rows:
        flee = r["holdout_ard_flee31"]
        weight = "own values" if r["chosen_weight"] is None else f"{r['chosen_weight']:g}"
        alpha = r["share_alpha"]
        table.add_row(r["scenario"], str(r["fit_days"]),
                      "-" if alpha is None else f"{alpha:g}" if r["share_correction"] != "auto" else f"auto: {alpha:g}",
                      "no study" if r["share_only"] else weight if r["prior_weight"] != "auto" else f"auto: {weight}", f"{r['fit_seconds']:.0f}",
                      "-" if r["calibrated_fit_loss"] is None else
                      f"{r['reference_fit_loss']:.4f} -> {r['calibrated_fit_loss']:.4f}",
                      "-" if r["prior_distance"] is None else f"{r['prior_distance']:.3f}",
                      "-" if r["check"] is None else
                      f"{r['check']['check_t']:.2f} ({r['check']['check_critical']:.2f}) "
                      + ("kept" if r["check"]["check_accepted"] else "rejected"),
                      f"{r['fit_ard_calibrated']:.4f}",
                      *(f"{r[f'holdout_ard_{k}']:.4f} ± {r[f'holdout_ard_{k}_sd']:.4f}"
                        for k in ("calibrated", "best_trial", "uncalibrated")),
                      "-" if flee is None else f"{flee:.4f}",
                      f"{r['holdout_ard_calibrated'] / r['holdout_ard_uncalibrated']:.3f}",
                      "-" if flee is None else f"{r['holdout_ard_calibrated'] / flee:.3f}")
    console.print(table)
    console.print(f"fit loss: the study's (recency {', '.join(sorted({r['recency'] for r in rows}))}, seeds 1-R); "
                  "fit ARD: unweighted, on the scoring seeds")
    for r in rows:
        console.print(f"Flee 3.1 {r['scenario']}: {r['flee31_source']}")


def number_or_auto(value: str) -> float | str:
    """A number >= 0, or auto (read as exodus calibrate --share-correction reads it)."""
    try:
        return parse_alpha(value)
    except InputError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def prior_weight_arg(value: str) -> float | None:
    """A weight >= 0, or auto (None)."""
    weight = number_or_auto(value)
    return None if weight == "auto" else weight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", default=list(DEFAULT))
    parser.add_argument("--prior-weight", type=prior_weight_arg, default=1.0,
                        help="as exodus calibrate --prior-weight; auto: chosen on a split of the fit window (rejected)")
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--replicas", type=int, default=3, help="seeds averaged per trial (1..R)")
    parser.add_argument("--sampler-seed", type=int, default=1, help="seed of the Optuna sampler")
    parser.add_argument("--score-seeds", type=int, default=5,
                        help="held-out runs per parameter set (seeds 101..100+K, none used in fitting)")
    parser.add_argument("--params", type=Path, help="CSV of calibrated parameters (default: FLEE_SPACE)")
    parser.add_argument("--flee-cache", type=Path, default=CACHE / "flee31",
                        help="where benchmarks/vs_flee.py left Flee 3.1's runs (<dir>/<scenario>/seed1/out.csv)")
    parser.add_argument("--no-check", dest="check", action="store_false",
                        help="take the best trial without the significance check (the method before 30 Nov, 14:00)")
    parser.add_argument("--recency", choices=RECENCY + ("trend",), default="none",
                        help="how the loss stresses the fit window's end: none, linear (day weights rising with the "
                             "day) or trend (plus the error of camp share growth over the window's last fifth)")
    parser.add_argument("--share-correction", type=number_or_auto, default=None,
                        help="correct each camp's attraction from the fit window's camp shares with this alpha (auto: "
                             "chosen on a split of the fit window), then study the six parameters with it fixed")
    parser.add_argument("--share-only", action="store_true",
                        help="with --share-correction or --capacity-correction: no study after the correction")
    parser.add_argument("--no-capacity-correction", dest="capacity_correction", action="store_false",
                        help="leave out the capacity correction that exodus calibrate makes first by default "
                             "(exodus.calibrate.shares.gated_capacity_correction; the method before 30 Nov, 22:20)")
    parser.add_argument("--share-recent", action="store_true",
                        help="with --share-correction: shares over the fit window's second half only")
    parser.add_argument("--json", type=Path, help="default: .bench-cache/forecast/results-<params>-prior<W>.json")
    args = parser.parse_args()
    rows = [forecast(name, args.prior_weight, args.trials, args.replicas, args.sampler_seed,
                     list(range(101, 101 + args.score_seeds)),
                     args.params, args.flee_cache, args.check, args.recency, args.share_correction, args.share_only,
                     args.share_recent, args.capacity_correction)
            for name in args.scenarios]
    space = args.params.stem if args.params else "flee_space"
    sampler = "" if args.sampler_seed == 1 else f"-sampler{args.sampler_seed}"
    weight = "auto" if args.prior_weight is None else f"{args.prior_weight:g}"
    args.json = args.json or CACHE / "forecast" / (f"results-{space}-prior{weight}{sampler}"
                                                   + ("" if args.check else "-nocheck")
                                                   + ("" if args.recency == "none" else f"-recency-{args.recency}")
                                                   + ("" if args.share_correction is None else
                                                      f"-share{args.share_correction}"
                                                      + ("-recent" if args.share_recent else "")
                                                      + ("-only" if args.share_only else ""))
                                                   + ("-capacity" + ("-only" if args.share_only else "")
                                                      if args.capacity_correction else "")
                                                   + ".json")
    print_results(rows)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2) + "\n")
    console.print(f"figures in {args.json}")


if __name__ == "__main__":
    main()
