"""benchmarks/evidence_agreement.py: how two labellings of the same rounds are told apart, figure by figure."""

import importlib.util
from pathlib import Path

from exodus.evidence.scoring import score

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    spec = importlib.util.spec_from_file_location("evidence_agreement", ROOT / "benchmarks" / "evidence_agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(**fields) -> dict:
    row = {"quantity": "entries", "value": "1100", "value_low": "", "value_high": "", "place": "La Hachadura",
           "period_start": "2018-10-31", "period_end": "2018-10-31"}  # fmt: skip
    return {**row, **fields}


def test_each_difference_is_classed_by_the_fields_of_its_nearest_twin():
    agreement = _benchmark()
    writer = [
        _row(),
        _row(value="160", quantity="exits", period_start="2018-10-28", period_end="2018-11-01"),
        _row(value="4", value_low="4", quantity="wait_hours"),
        _row(value="700", quantity="other"),
    ]
    second = [
        _row(place="El Amatillo"),  # another crossing
        _row(value="160", quantity="entries", place="Guatemala", period_start="2018-10-28", period_end="2018-11-01"),
        _row(value="4", value_high="4", quantity="wait_hours", period_start="2018-10-30"),
    ]
    classes = agreement.disagreements(score(second, writer))
    assert classes == {"place": 1, "quantity+place": 1, "bounds+period": 1, "no figure of that value": 1}
