"""Parameters that had no test of their own: walkers_with_cyclists, put_off_days, retry_days."""

from __future__ import annotations

import numpy as np
import pytest

from exodus.engine.sim import Sim
from exodus.errors import ParameterError

COARSE = 100  # people per agent, as in test_return_and_retry
LARS = "Verkhny Lars"


def result(sim, module: str, name: str, label: str) -> np.ndarray:
    return sim[module].results[name][:, sim[module].result_axes[name].index(label)]


def coarse(scenario, seed=3, **pars):
    return Sim(scenario, pars={"russia.mobilisation.people_per_agent": COARSE, **pars}, seed=seed).run()


def test_walkers_go_through_the_cyclists_booths(run):
    """Verkhny Lars has no foot booths (crossings.csv); its walkers share the cyclists' booths and wait."""
    crossings = run["russia.crossings"]
    assert crossings.pars.walkers_with_cyclists == [LARS]
    assert crossings.world.base_capacity[crossings.world.crossing_index[LARS], 3] == 0
    assert result(run, "russia.crossings", "arrivals_foot", LARS).sum() > 0
    foot = result(run, "russia.crossings", "wait_hours_foot", LARS)
    bicycle = result(run, "russia.crossings", "wait_hours_bicycle", LARS)
    np.testing.assert_allclose(foot, bicycle)  # one queue at one set of booths
    assert bicycle.max() > 0


def test_without_shared_booths_nobody_walks_where_there_are_no_foot_booths(scenario):
    sim = coarse(scenario, **{"russia.crossings.walkers_with_cyclists": []})
    assert result(sim, "russia.crossings", "arrivals_foot", LARS).sum() == 0
    assert result(sim, "russia.crossings", "arrivals_bicycle", LARS).sum() > 0


@pytest.fixture(scope="module")
def put_off(scenario):
    return {k: coarse(scenario, **{"russia.travel.put_off_days": v}) for k, v in (("never", 0.0), ("soon", 0.5))}


def test_ordinary_trips_are_put_off_when_queues_are_long(put_off):
    never, soon = (put_off[k]["russia.travel"].results["regular_departures"] for k in ("never", "soon"))
    dates = put_off["never"].dates
    quiet = np.flatnonzero(dates < "2022-09-21")[-5:]  # no queues yet: no difference
    np.testing.assert_allclose(soon[quiet], never[quiet], rtol=0.1)
    rush = (dates >= "2022-09-24") & (dates <= "2022-10-01")  # days-long queues at Verkhny Lars and elsewhere
    assert soon[rush].sum() < 0.9 * never[rush].sum()


@pytest.fixture(scope="module")
def retry_after(scenario):
    """Verkhny Lars shut on 25 Sep; its men try again at once, after a mean of ten days, or never."""
    shut = {"russia.crossings.close_from": {LARS: "2022-09-25"}}
    return {k: coarse(scenario, **shut, **{f"russia.crossings.{name}": v})
            for k, name, v in (("at_once", "retry_days", 0.0), ("later", "retry_days", 10.0),
                               ("never", "retry_share", 0.0))}


def test_men_turned_back_set_off_again_after_retry_days(retry_after):
    dates = retry_after["never"].dates
    soon = (dates >= "2022-09-26") & (dates <= "2022-09-28")
    left = {k: s["russia.routes"].results["departures"][soon].sum() for k, s in retry_after.items()}
    extra = {k: left[k] - left["never"] for k in ("at_once", "later")}  # departures of men trying again
    assert extra["at_once"] > 3_000
    assert extra["at_once"] > 3 * max(extra["later"], 0.0)  # later: most of them are still at home


@pytest.mark.parametrize("field", ["surge_at", "walkers_with_cyclists"])
def test_a_crossing_list_names_known_crossings(scenario, field):
    with pytest.raises(ParameterError, match="unknown crossing 'Verkhni Lars'"):
        Sim(scenario, pars={f"russia.crossings.{field}": ["Verkhni Lars"]}).init()
