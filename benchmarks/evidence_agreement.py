"""How far two people labelling the same reports agree, beside how far the extractor agrees with either.

    .venv/bin/python benchmarks/evidence_agreement.py            # per set and in total
    .venv/bin/python benchmarks/evidence_agreement.py --rows     # also every figure the two labellers differ on

A blind round's writer labels its texts (tests/evidence/expected.csv); a second person, who saw neither
those labels nor the extractor, labels the same texts again under the same written conventions
(benchmarks/agreement/second_labeller_*.csv). Both are scored with the extractor's own rule (a figure
counts when quantity, value with its bounds, place and period all match), the second labelling read as
if it were extracted: its precision is the share of the second person's figures the writer also
labelled, its recall the share of the writer's figures the second person found. That agreement is the
ceiling any extractor can reach against one person's labels on reports it has never seen; the
extractor's score against each labelling is printed beside it, on the same sets.

Where the two labellings hold a figure of the same value that differs in one field, the field is
counted (place, period, quantity, bounds), as benchmarks/evidence.py --misses lists misses.
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.evidence.scoring import Score, extract_set, read_labelled, score  # noqa: E402
from exodus.evidence.scoring import _rows_by_set, _same_number, differing_fields  # noqa: E402

LABELLED = ROOT / "tests" / "evidence"
SECOND = ROOT / "benchmarks" / "agreement"


_FIELD_CLASS = {"value_low": "bounds", "value_high": "bounds", "period_start": "period", "period_end": "period"}


def _differing_fields(a: dict, b: dict) -> str:
    """The fields two figures of one value differ on, as one class ("place+period"; bounds and period each once)."""
    classes = dict.fromkeys(_FIELD_CLASS.get(name, name) for name in differing_fields(a, b))
    return "+".join(classes) or "same"


def disagreements(result: Score) -> Counter:
    """Each figure one labelling has and the other lacks, by the field that differs from the nearest
    figure of the same value on the other side ("no figure of that value" when there is none)."""
    classes = Counter()
    for row in result.missed:
        twins = [other for other in result.spurious if _same_number(other["value"], row["value"])]
        if twins:
            classes[min((_differing_fields(row, twin) for twin in twins), key=lambda c: c.count("+"))] += 1
        else:
            classes["no figure of that value"] += 1
    return classes


def _cell(result: Score) -> str:
    counts = f"{result.true_positives} / {result.false_positives} / {result.false_negatives}"
    return f"{result.precision:.2f} / {result.recall:.2f} ({counts})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="list every figure the two labellings differ on")
    args = parser.parse_args()
    documents, first = read_labelled(LABELLED)
    second: dict[str, list[dict]] = {}
    for path in sorted(SECOND.glob("second_labeller_*.csv")):
        for name, rows in _rows_by_set(path).items():
            second.setdefault(name, []).extend(rows)
    titles = ("second vs writer", "extractor vs writer", "extractor vs second")
    print(f"{'set':<14}" + "".join(f"  {title:<28}" for title in titles))
    totals = [Score(0, 0, 0, [], []) for _ in range(3)]
    for name in sorted(second, key=list(documents).index):
        extracted = extract_set(documents[name], ROOT)
        results = (score(second[name], first[name]), score(extracted, first[name]), score(extracted, second[name]))
        totals = [total + result for total, result in zip(totals, results)]
        print(f"{name:<14}" + "".join(f"  {_cell(result):<28}" for result in results))
    print(f"{'total':<14}" + "".join(f"  {_cell(result):<28}" for result in totals))
    print("the two labellings differ on:", dict(disagreements(totals[0]).most_common()))
    if args.rows:
        for kind, rows in (("writer only", totals[0].missed), ("second only", totals[0].spurious)):
            for row in rows:
                figure = [row[k] for k in ("quantity", "value", "value_low", "value_high", "place")]
                figure += [row["period_start"], row["period_end"]]
                print(f"  {kind:<12}", Path(row["source"]).name, *figure, "|", row.get("note", "")[:70])


if __name__ == "__main__":
    main()
