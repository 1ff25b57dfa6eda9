"""What-ifs that move dates and values: shut or open a crossing, move Finland's ban, change the call-up."""

from __future__ import annotations

import numpy as np
import pytest

from exodus.engine.sim import Sim
from exodus.errors import ParameterError


def day(sim, date: str) -> int:
    return int((sim.dates == date).nonzero()[0][0])


def crossed(sim, crossing: str) -> np.ndarray:
    crossings = sim["russia.crossings"]
    return crossings.results["crossed"][:, list(crossings.world.crossing_names).index(crossing)]


KAZAKH = ["Troitsk", "Oral crossings", "Karaozek-Kotyaevka", "Orenburg-Aktobe crossings", "Siberian Kazakh crossings"]


def queued(sim, names: list[str]) -> np.ndarray:
    crossings = sim["russia.crossings"]
    names_all = list(crossings.world.crossing_names)
    return crossings.results["queued_people"][:, [names_all.index(n) for n in names]].sum(axis=1)


def test_a_crossing_closed_from_a_date_lets_nobody_through_after_it(scenario, run):
    shut = Sim(scenario, seed=1, pars={"russia.crossings.close_from": {"Verkhny Lars": "2022-09-24"}}).run()
    d = day(shut, "2022-09-24")
    np.testing.assert_array_equal(crossed(shut, "Verkhny Lars")[:d], crossed(run, "Verkhny Lars")[:d])
    assert crossed(shut, "Verkhny Lars")[d:].sum() == 0
    assert crossed(run, "Verkhny Lars")[d:].sum() > 50_000
    # the men who would have gone to Georgia go elsewhere: Kazakhstan's crossings, already full, queue longer
    assert queued(shut, KAZAKH)[d:].max() > 1.2 * queued(run, KAZAKH)[d:].max()


def test_a_crossing_opened_from_a_date_is_shut_before_it(scenario):
    late = Sim(scenario, seed=1, pars={"russia.crossings.open_from": {"Troitsk": "2022-10-01"}}).run()
    assert crossed(late, "Troitsk")[: day(late, "2022-10-01")].sum() == 0
    assert crossed(late, "Troitsk")[day(late, "2022-10-01"):].sum() > 0


def test_moving_finlands_tourist_ban_moves_the_drop(scenario, run):
    later = Sim(scenario, seed=1, pars={"russia.policies.start": {"finland_tourist_ban": "2022-10-10"}}).run()
    window = slice(day(run, "2022-09-30"), day(run, "2022-10-10"))
    finland = [sum(crossed(s, c)[window].sum() for c in s["russia.crossings"].world.crossing_names
                   if "Vaalimaa" in c or "Nuijamaa" in c or "Imatra" in c) for s in (run, later)]
    assert finland[1] > 1.5 * finland[0]


def test_call_up_target_changes_the_summonses(scenario, run):
    bigger = Sim(scenario, seed=1, pars={"russia.policies.value": {"decree": 600_000}}).run()
    summonses = lambda s: s["russia.mobilisation"].results["summonses"].sum()  # noqa: E731
    assert summonses(bigger) > 1.5 * summonses(run)


def test_unknown_crossing_or_policy_is_an_error(scenario):
    with pytest.raises(ParameterError, match="unknown crossing 'Verkhni Lars'"):
        Sim(scenario, pars={"russia.crossings.close_from": {"Verkhni Lars": "2022-09-24"}}).init()
    with pytest.raises(ParameterError, match="no policy named or numbered 'finland_ban'"):
        Sim(scenario, pars={"russia.policies.start": {"finland_ban": "2022-10-10"}}).init()
