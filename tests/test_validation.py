"""ARD scoring on small out.csv tables whose errors are worked out by hand below."""

import io

import pandas as pd
import pytest

from exodus.report.validation import ard, camp_names, per_day_error

# Two camps, four days, in Flee's out.csv layout (one camp name has a space).
#   day 0: S=40, U=40      normal (10+10)/40 = 0.5   rescaled: scale 1, same 0.5
#   day 1: S=0,  U=10      normal (5+5)/10 = 1.0     rescaled: sim part 0 -> 1.0
#   day 2: S=4,  U=0       normal (4+0)/max(0,1) = 4 rescaled: scale 0/4 -> 0/1 = 0
#   day 3: S=20, U=40      normal (25+5)/40 = 0.75   rescaled: sims x2 = 10, 30 ->
#                                                    (20+20)/40 = 1.0
FLEE_OUT_CSV = """\
Day,Date,Nduta Camp sim,Nduta Camp data,Nduta Camp error,Mahama sim,Mahama data,Mahama error,\
Total error,refugees in camps (UNHCR),total refugees (simulation),raw UNHCR refugee count,\
refugees in camps (simulation),refugee_debt
0,2015-05-01,10,20,0.5,30,20,0.5,0.5,40,50,40,40,0
1,2015-05-02,0,5,1.0,0,5,1.0,1.0,10,50,10,0,0
2,2015-05-03,4,0,0.0,0,0,0.0,0,0,0,0,0,0
3,2015-05-04,5,30,0.8333,15,10,0.5,0.75,40,60,40,20,0
"""
NORMAL_BY_DAY = [0.5, 1.0, 4.0, 0.75]
RESCALED_BY_DAY = [0.5, 1.0, 0.0, 1.0]


@pytest.fixture
def out():
    table = pd.read_csv(io.StringIO(FLEE_OUT_CSV))
    # Flee writes the six totals as 0 while the raw count is 0, so day 2's S(t) is 4
    # only in the camp columns; the score must read S(t) from its own column.
    table.loc[2, "refugees in camps (simulation)"] = 4
    return table


def test_camps_are_found_by_sim_and_data_columns(out):
    assert camp_names(out) == ["Nduta Camp", "Mahama"]


def test_normal_daily_error(out):
    assert per_day_error(out, "normal").tolist() == pytest.approx(NORMAL_BY_DAY)


def test_rescaled_daily_error(out):
    assert per_day_error(out, "rescaled").tolist() == pytest.approx(RESCALED_BY_DAY)


def test_ard_is_the_mean_over_all_days(out):
    assert ard(out, "normal") == pytest.approx(6.25 / 4)
    assert ard(out, "rescaled") == pytest.approx(2.5 / 4)
    assert ard(out) == ard(out, "rescaled")


def test_rescaling_ignores_the_total_reaching_camps():
    # Simulated camps hold exactly half the UNHCR counts, in the right proportions.
    table = pd.DataFrame({"A sim": [10, 30], "A data": [20, 60], "B sim": [5, 0],
                          "B data": [10, 0],
                          "refugees in camps (UNHCR)": [30, 60],
                          "refugees in camps (simulation)": [15, 30]})
    assert ard(table, "rescaled") == pytest.approx(0.0)
    assert ard(table, "normal") == pytest.approx(((10 + 5) / 30 + 30 / 60) / 2)


def test_unknown_mode_is_refused(out):
    with pytest.raises(ValueError, match="mode must be one of"):
        ard(out, "absolute")


def test_table_without_totals_is_refused(out):
    with pytest.raises(ValueError, match="refugees in camps \\(UNHCR\\)"):
        ard(out.drop(columns=["refugees in camps (UNHCR)"]))
