"""Ensembles: many replicas of a scenario, run on Dask, summarised as 5/50/95% bands.

Replica i has seed ``seed + i`` and, after a calibration, the parameters of best trial
``i mod top``. Every replica is a pure function of (scenario, parameters, seed) because
the engine's draws are counter-based, and the results are gathered in replica order, so
the bands are the same on one process, a local cluster or a remote one, whatever the
number of workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

QUANTILES = (5, 50, 95)


def replica(scenario, pars: dict, seed: int, target=None, threads: int | None = None) -> tuple[dict, dict]:
    """Run one replica; returns its results by 'module/result' and the target's scores."""
    from exodus.calibrate.study import release_run
    from exodus.engine.sim import Sim

    if threads is not None:
        import numba

        numba.set_num_threads(min(threads, numba.config.NUMBA_NUM_THREADS))
    sim = Sim(scenario, pars=pars, seed=seed).run()
    results = {f"{m}/{name}": arr for m, by_name in sim.results.items() for name, arr in by_name.items()}
    scores = target.scores(sim) if target is not None else {}
    del sim
    release_run()  # a worker runs replica after replica
    return results, scores


def result_labels(scenario) -> dict[str, tuple[str, ...]]:
    """Label axis of every result, from a sim initialised but not run."""
    from exodus.engine.sim import Sim

    sim = Sim(scenario).init()
    return {f"{m.name}/{name}": m.result_axes[name] for m in sim.modules for name in m.results}


@dataclass
class Ensemble:
    """Replica results stacked as runs x days x labels, with each replica's seed, parameters and scores."""

    scenario: object
    seeds: list[int]
    pars: list[dict]
    results: dict[str, np.ndarray]
    labels: dict[str, tuple[str, ...]]
    scores: pd.DataFrame = field(default_factory=pd.DataFrame)

    def bands(self, quantiles=QUANTILES) -> pd.DataFrame:
        """Tidy bands: date, day, module, result, label, then one column per quantile (p5, p50, p95)."""
        dates = self.scenario.dates.values
        frames = []
        for key, stack in self.results.items():
            module, name = key.split("/", 1)
            runs, days = stack.shape[:2]
            flat = stack.reshape(runs, days, -1)
            labels = self.labels[key] or ("",)
            q = np.percentile(flat, quantiles, axis=0)  # quantiles x days x labels
            frame = pd.DataFrame({
                "date": np.repeat(dates, len(labels)),
                "day": np.repeat(np.arange(days), len(labels)),
                "module": module,
                "result": name,
                "label": np.tile(np.array(labels, dtype=object), days),
            })
            for i, level in enumerate(quantiles):
                frame[f"p{level}"] = q[i].ravel()
            frames.append(frame)
        return pd.concat(frames, ignore_index=True)


def replica_plan(runs: int, seed: int, draws: list[dict] | None) -> tuple[list[int], list[dict]]:
    draws = draws or [{}]
    return [seed + i for i in range(runs)], [dict(draws[i % len(draws)]) for i in range(runs)]


def run_ensemble(scenario, runs: int, seed: int = 1, draws: list[dict] | None = None, target=None,
                 client=None, progress=None) -> Ensemble:
    """Run the replicas in this process (client None) or on a Dask cluster."""
    seeds, pars = replica_plan(runs, seed, draws)
    if client is None:
        outputs = []
        for i, (p, s) in enumerate(zip(pars, seeds)):
            outputs.append(replica(scenario, p, s, target))
            if progress is not None:
                progress(i + 1, runs)
    else:
        from distributed import as_completed

        shared = client.scatter(scenario, broadcast=True, hash=False)  # a key of its own: no race with a release
        futures = [client.submit(replica, shared, p, s, target, 1, key=f"exodus-replica-{s}-{i}", pure=False)
                   for i, (p, s) in enumerate(zip(pars, seeds))]
        for n, _ in enumerate(as_completed(futures), start=1):
            if progress is not None:
                progress(n, runs)
        outputs = client.gather(futures)
    results = {key: np.stack([out[0][key] for out in outputs]) for key in outputs[0][0]}
    scores = pd.DataFrame([dict(seed=s, **out[1]) for s, out in zip(seeds, outputs)])
    return Ensemble(scenario, seeds, pars, results, result_labels(scenario), scores)
