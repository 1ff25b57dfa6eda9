"""Ensemble parameters drawn from a study: trials in proportion to their posterior weight."""

from __future__ import annotations

import math

import numpy as np
import optuna
import pandas as pd
import pytest

from exodus.calibrate.observations import ObservationTarget, normal_mixture_quantile
from exodus.calibrate.runner import posterior_weights, study_draws
from exodus.calibrate.study import model_fingerprint, open_storage
from exodus.errors import InputError

KEY = "flee.movement.camp_weight"


def make_study(tmp_path, scenario, losses: dict[float, float], loss_terms: int | None,
               reference_loss: float = 1.0) -> str:
    """A finished study of ``scenario`` whose trials have camp_weight -> objective."""
    storage = f"sqlite:///{tmp_path / 'posterior.sqlite3'}"
    study = optuna.create_study(study_name="p", storage=open_storage(storage))
    study.set_user_attr("scenario_hash", model_fingerprint(scenario))
    study.set_user_attr("reference_loss", reference_loss)
    if loss_terms is not None:
        study.set_user_attr("loss_terms", loss_terms)
    distribution = optuna.distributions.FloatDistribution(0.5, 10.0, log=True)
    for value, loss in losses.items():
        study.add_trial(optuna.trial.create_trial(params={KEY: value}, distributions={KEY: distribution},
                                                  value=loss))
    return storage


def test_weights_are_the_posterior_of_each_trial():
    w = posterior_weights(np.array([0.3, 0.3 + math.log(2) / 10, 0.3 + 0.4]), scale=10)
    assert w == pytest.approx(np.array([1, 0.5, math.exp(-4)]) / (1.5 + math.exp(-4)))


def test_the_objective_is_scaled_back_to_a_log_posterior(tmp_path, short_scenario):
    # objective = loss / reference + prior: 20 figures at a reference loss of 0.5 make a
    # difference of 0.1 in the objective e^-1 as likely
    storage = make_study(tmp_path, short_scenario, {1.0: 1.0, 2.0: 1.1}, loss_terms=20, reference_loss=0.5)
    drawn = study_draws(short_scenario, "p", storage, 1000, seed=3)
    share = sum(p["flee.movement"]["camp_weight"] == 2.0 for p in drawn.pars) / 1000
    assert share == pytest.approx(math.exp(-1) / (1 + math.exp(-1)), abs=0.001)


def test_posterior_draws_follow_the_likelihood(tmp_path, short_scenario):
    # 20 figures: a trial 0.05 worse in mean NLL is e^-1 as likely
    losses = {1.0: 0.20, 2.0: 0.25, 4.0: 0.30, 8.0: 0.60}
    storage = make_study(tmp_path, short_scenario, losses, loss_terms=20)
    runs = 400
    drawn = study_draws(short_scenario, "p", storage, runs, seed=7)
    counts = pd.Series([p["flee.movement"]["camp_weight"] for p in drawn.pars]).value_counts()
    expected = posterior_weights(np.array(list(losses.values())), 20) * runs
    for (value, _), n in zip(losses.items(), expected):
        assert abs(counts.get(value, 0) - n) <= 1  # systematic resampling: within one of runs * weight
    assert drawn.effective_trials == pytest.approx(1 / np.sum((expected / runs) ** 2))
    assert drawn.metrics()["distinct_trials"] == 3  # the 0.60 trial has weight e^-8: never drawn in 400
    # the same seed gives the same draws; the record keeps each replica's trial and the values
    again = study_draws(short_scenario, "p", storage, runs, seed=7)
    assert again.trials == drawn.trials and again.values == drawn.values


def test_best_draws_cycle_through_the_top_trials(tmp_path, short_scenario):
    storage = make_study(tmp_path, short_scenario, {1.0: 0.2, 2.0: 0.1, 4.0: 0.3}, loss_terms=None)
    drawn = study_draws(short_scenario, "p", storage, 5, seed=1, how="best", top=2)
    assert [p["flee.movement"]["camp_weight"] for p in drawn.pars] == [2.0, 1.0, 2.0, 1.0, 2.0]


def test_a_study_without_a_likelihood_cannot_give_posterior_draws(tmp_path, short_scenario):
    storage = make_study(tmp_path, short_scenario, {1.0: 0.2}, loss_terms=None)
    with pytest.raises(InputError, match="use --draws best") as err:
        study_draws(short_scenario, "p", storage, 5, seed=1)
    assert err.value.field == "study"


def test_mixture_quantile_of_one_normal_and_of_two_far_apart():
    assert normal_mixture_quantile(np.array([1.0]), 0.5, 0.95) == pytest.approx(1.0 + 1.6448536 * 0.5, abs=1e-6)
    # two equal components far apart: the 5% quantile is that of the lower one at 10%
    q = normal_mixture_quantile(np.array([0.0, 100.0]), 1.0, 0.05)
    assert q == pytest.approx(-1.2815516, abs=1e-5)


def test_predictive_coverage_adds_each_figures_own_error(short_scenario):
    from exodus.io import load_scenario
    from exodus.report.observations import reference

    russia = load_scenario("russia-2022")
    target = ObservationTarget(russia)
    reported = {f"obs:{r.id}": reference(r) for r in target.visible.itertuples(index=False)}
    # 2.2 times every figure: the model band misses all the point figures; the predictive band
    # (log-scale sigma 0.2-0.8) reaches only those whose error is large (log 2.2 = 0.79 < 1.645 sigma)
    far = pd.DataFrame([{k: v * 2.2 for k, v in reported.items()}] * 20)
    metrics = target.ensemble_metrics(far)
    from exodus.calibrate.observations import bounds, reliability_sigma

    points = np.array([bounds(r)[0] == bounds(r)[1] for r in target.visible.itertuples(index=False)])
    reachable = reliability_sigma(target.visible) * 1.6448536 >= np.log(2.2) - 1e-3
    assert metrics["band90_coverage"] <= 1 - points.mean() + 1e-9
    assert 0 < metrics["predictive90_coverage"] < 1
    assert metrics["predictive90_coverage"] >= np.mean(reachable & points)
