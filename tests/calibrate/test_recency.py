"""Recency weighting of the Flee fit window: the loss weighs later fit days more, the scores never."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from exodus.calibrate.targets import FleeTarget, recency_weights
from exodus.engine.sim import Sim
from tests.calibrate.conftest import SHORT_UNTIL

UNTIL = dt.date.fromisoformat(SHORT_UNTIL)


def test_linear_weights_rise_with_the_day_and_average_one():
    weights = recency_weights(40, "linear")
    assert np.all(np.diff(weights) > 0)
    assert weights.mean() == pytest.approx(1.0)
    assert weights[-1] / weights[0] == pytest.approx(40.0)
    assert np.array_equal(recency_weights(40, "none"), np.ones(40))


def test_an_unknown_recency_is_an_error_before_any_run(short_scenario):
    with pytest.raises(ValueError, match="recency"):
        FleeTarget(short_scenario, UNTIL, recency="exponential")


def test_the_loss_is_the_weighted_mean_of_the_daily_error_and_the_scores_are_unweighted(short_scenario):
    plain = FleeTarget(short_scenario, UNTIL)
    recent = FleeTarget(short_scenario, UNTIL, recency="linear")
    sim = Sim(short_scenario, seed=1).run()
    daily = plain.daily_error(sim).to_numpy()[: plain.fit_last + 1]
    weights = recency_weights(len(daily), "linear")
    assert recent.loss(sim) == pytest.approx(float((daily * weights).sum() / weights.sum()))
    assert recent.loss(sim) == pytest.approx(float(recent.fit_series(sim).mean()))  # what the check averages
    assert plain.loss(sim) == pytest.approx(float(daily.mean()))
    assert recent.scores(sim) == plain.scores(sim)
