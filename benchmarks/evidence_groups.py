"""Precision and recall of the labelled sets by group, with the misses read at a wrong place.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_groups.py

`benchmarks/evidence.py` prints the tuned-on and all held-out totals; this splits the held-out rounds into those up
to the hundred-first and the newer ones (102 on, written blind after the first reads of place classes) and counts,
per group, the misses read at a wrong place: a labelled row whose text has a spurious row of the same quantity, value
and period at another place (the class a change to the gazetteer moves).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import HELD_OUT, LABELLED  # noqa: E402

from exodus.evidence.scoring import Score, score_labelled  # noqa: E402

FIRST_NEWER = "hundredsecond"  # the first of the newer held-out rounds


def _figure(row: dict) -> tuple[str, ...]:
    return (Path(row["source"]).name, row["quantity"], row["value"], row["period_start"], row["period_end"])


def wrong_places(score: Score) -> int:
    """Misses with a spurious row of the same figure in the same text at another place."""
    spurious: dict[tuple[str, ...], set[str]] = {}
    for row in score.spurious:
        spurious.setdefault(_figure(row), set()).add(row["place"])
    return sum(1 for row in score.missed if spurious.get(_figure(row), set()) - {row["place"]})


def main() -> None:
    scores = score_labelled(LABELLED, ROOT)
    newer = list(scores).index(FIRST_NEWER)
    groups = {name: (Score(0, 0, 0, [], []), [0]) for name in ("tuned-on", "held-out to 101", "held-out 102 on", "held-out, all")}
    for index, (name, score) in enumerate(scores.items()):
        if name not in HELD_OUT:
            names = ["tuned-on"]
        else:
            names = ["held-out, all", "held-out to 101" if index < newer else "held-out 102 on"]
        for group in names:
            total, wrong = groups[group]
            groups[group] = (total + score, [wrong[0] + wrong_places(score)])
    print(f"{'group':<17}{'precision':>10}{'recall':>8}{'found':>7}{'false+':>8}{'missed':>8}{'wrong place':>13}")
    for group, (total, wrong) in groups.items():
        print(
            f"{group:<17}{total.precision:>10.3f}{total.recall:>8.3f}{total.true_positives:>7}"
            f"{total.false_positives:>8}{total.false_negatives:>8}{wrong[0]:>13}"
        )


if __name__ == "__main__":
    main()
