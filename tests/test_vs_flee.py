"""Figures and ratios of the head-to-head benchmark, from hand-made run folders."""

import importlib.util
import json
from pathlib import Path

import pytest

BENCH_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "vs_flee.py"
spec = importlib.util.spec_from_file_location("vs_flee", BENCH_PATH)
vs_flee = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vs_flee)

# One camp, two days: normal error |6-4|/4 = 0.5 then 0; rescaled x4/6 -> 0 both days.
OUT_CSV = """\
Day,Date,Camp sim,Camp data,Camp error,Total error,refugees in camps (UNHCR),\
total refugees (simulation),raw UNHCR refugee count,refugees in camps (simulation),refugee_debt
0,2020-01-01,6,4,0.5,0.5,4,6,4,6,0
1,2020-01-02,4,4,0.0,0.0,4,6,4,4,0
"""


def run_folder(path: Path, summary: dict) -> Path:
    path.mkdir(parents=True)
    (path / "out.csv").write_text(OUT_CSV)
    (path / "summary.json").write_text(json.dumps(summary))
    return path


def test_figures_from_a_run_folder(tmp_path):
    folder = run_folder(tmp_path / "flee", {"days": 2, "agents": 6, "agent_steps": 1000,
                                             "wall_seconds": 3.0, "loop_seconds": 2.0})
    measured = {"wall_seconds": 4.0, "cpu_seconds": 5.0, "peak_rss_bytes": 2**20,
                "measured_at": "2020-01-01T00:00:00+00:00"}
    result = vs_flee.figures("Flee 3.1", folder, measured)
    assert result["agent_steps_per_second"] == 250.0
    assert result["loop_agent_steps_per_second"] == 500.0
    assert result["agent_steps_per_cpu_second"] == 200.0
    assert result["ard_normal"] == pytest.approx(0.25)
    assert result["ard_rescaled"] == pytest.approx(0.0)


def test_self_timed_seconds_fall_back_to_wall_seconds(tmp_path):
    folder = run_folder(tmp_path / "exodus", {"days": 2, "agents": 6, "agent_steps": 1000,
                                               "wall_seconds": 0.5})
    measured = {"wall_seconds": 1.0, "cpu_seconds": 2.0, "peak_rss_bytes": 1,
                "measured_at": "2020-01-01T00:00:00+00:00"}
    assert vs_flee.figures("exodus", folder, measured)["loop_agent_steps_per_second"] == 2000.0


def test_ratios_skip_figures_one_side_did_not_measure():
    flee = {key: 2.0 for key in vs_flee.RATIO_KEYS} | {"cpu_seconds": None}
    exodus = {key: 1.0 for key in vs_flee.RATIO_KEYS}
    ratio = vs_flee.ratios(exodus, flee)
    assert ratio["cpu_seconds"] is None
    assert ratio["wall_seconds"] == 0.5


def test_loop_speedup_charges_flee_its_loop_cpu_and_exodus_its_loop_wall():
    assert vs_flee.loop_speedup({"loop_cpu_seconds": 120.0}, {"sim_seconds": 0.1}) == 1200.0
    assert vs_flee.loop_speedup({"loop_cpu_seconds": None}, {"sim_seconds": 0.1}) is None


def test_scenario_by_name_or_path(tmp_path):
    assert vs_flee.resolve_scenario("mali").name == "mali"
    with pytest.raises(SystemExit, match="not a Flee scenario folder"):
        vs_flee.resolve_scenario(str(tmp_path))


def test_exodus_is_rescored_on_flee_data_when_data_columns_differ(tmp_path):
    summary = {"days": 2, "agents": 6, "agent_steps": 12, "wall_seconds": 1.0}
    flee = run_folder(tmp_path / "flee", summary)
    exodus = run_folder(tmp_path / "exodus", summary)
    # exodus read the camp's data as half of Flee's: 2 where Flee has 4.
    (exodus / "out.csv").write_text(OUT_CSV.replace(",6,4,0.5,0.5,4,6,4,6,0", ",6,2,2.0,2.0,2,6,2,6,0")
                                    .replace(",4,4,0.0,0.0,4,6,4,4,0", ",4,2,1.0,1.0,2,6,2,4,0"))
    check = vs_flee.check_data({"out_csv": str(flee / "out.csv")},
                               {"out_csv": str(exodus / "out.csv")})
    assert check["differing_columns"] == ["Camp data", "refugees in camps (UNHCR)"]
    # Scored on Flee's data, exodus' counts are Flee's table: 0.25 normal, 0 rescaled.
    assert check["exodus_ard_normal_on_flee_data"] == pytest.approx(0.25)
    assert check["exodus_ard_rescaled_on_flee_data"] == pytest.approx(0.0)
    assert vs_flee.check_data({"out_csv": str(flee / "out.csv")},
                              {"out_csv": str(flee / "out.csv")}) == {"same_data": True}
