"""Finished runs of the Mali Flee scenario on disk: one run and a two-member ensemble."""

from __future__ import annotations

import pytest

import exodus
from exodus.io.flee import load_flee
from exodus.report.outputs import summarize, write_outputs
from tests.conftest import FLEE_SCENARIOS

MALI = FLEE_SCENARIOS / "mali"


@pytest.fixture(scope="session")
def mali_scenario():
    return load_flee(MALI)


@pytest.fixture(scope="session")
def mali_ensemble(tmp_path_factory, mali_scenario):
    """An ensemble folder with runs seed-1 and seed-2."""
    root = tmp_path_factory.mktemp("ensemble")
    for seed in (1, 2):
        sim = exodus.Sim(mali_scenario, seed=seed).run()
        write_outputs(sim, summarize(sim), root / f"seed-{seed}")
    return root


@pytest.fixture(scope="session")
def mali_run(mali_ensemble):
    return mali_ensemble / "seed-1"
