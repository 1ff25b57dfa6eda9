"""First contact split by what a text is about: are the blind rounds' reports on the flagship case (Russia's
September 2022 exodus) read better or worse than those on other crises?

    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_genres.py            # about 2-4 min the first time
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_genres.py --cache /tmp/exodus-first-contact

The acceptance measure asks about reports not seen yet; the blind rounds (55 on) are the project's stand-in for them,
and each round mixes texts on the 2022 exodus with texts on other displacements of other decades. This splits each
round's first-contact rows (the extractor of the commit that first scored the round, `benchmarks/evidence.py`'s
FIRST_CONTACT, run on the round's texts as `benchmarks/evidence_place_ranker.py` does: `git archive` into --cache)
and its labels by text, and totals them by group: texts on the flagship case (documents.csv gives them the decree's
day, 2022-09-21, as trigger) against the others, and HTML pages against plain text. Beside it, today's extractor on the
same texts (whose rules have since been tuned on most of these rounds). Rows are scored with today's labels and scorer,
so a few rounds score a point or two above their recorded first contact (labels relabelled, sides folded since).

A set's texts are read together and a figure two of them tell is labelled once, so a figure scored per text can count
as missed in one text and spurious in the other; the group totals show how many such figures there are ("moved").
"""

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence_place_ranker import first_contact_rows, round_number  # noqa: E402

from exodus.evidence.scoring import Score, extract_set, read_labelled, score  # noqa: E402

FLAGSHIP_TRIGGER = "2022-09-21"
FIRST_BLIND = 55  # the first round written blind (see docs/evidence-rounds.md)


def groups_of(document: dict) -> tuple[str, str]:
    """(subject, format) of a labelled text."""
    subject = "Russia 2022" if document["trigger"] == FLAGSHIP_TRIGGER else "other crises"
    form = "HTML" if document["path"].endswith((".html", ".htm")) else "plain text"
    return subject, form


def _block(number: int) -> str:
    """The fifty rounds a round is counted with (55-99, 100-149, 150-199, ...), to show a trend."""
    first = max(FIRST_BLIND, number // 50 * 50)
    return f"rounds {first}-{number // 50 * 50 + 49}"


def scores_by_text(rows: list[dict], documents: list[dict], expected: list[dict]) -> dict[str, Score]:
    """Each text's score: its extracted rows against its labelled rows."""
    found_by_name, expected_by_name = defaultdict(list), defaultdict(list)
    for row in rows:
        found_by_name[Path(row["source"]).name].append(row)
    for row in expected:
        expected_by_name[row["source"]].append(row)
    return {
        Path(d["path"]).name: score(found_by_name[Path(d["path"]).name], expected_by_name[Path(d["path"]).name])
        for d in documents
    }


def _line(label: str, total: Score, texts: list[Score]) -> str:
    per_text_recall = [s.recall for s in texts if s.true_positives + s.false_negatives]
    return (
        f"{label:<26}{len(texts):>6}{total.precision:>7.2f}{total.recall:>7.2f}  "
        f"({total.true_positives} / {total.false_positives} / {total.false_negatives})"
        f"  median text recall {statistics.median(per_text_recall):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/exodus-first-contact"), help="first-contact code and rows")
    args = parser.parse_args()
    documents, expected = read_labelled(ROOT / "tests" / "evidence")
    first, _read = first_contact_rows(args.cache)
    blind = sorted((n for n in first if (round_number(n) or 0) >= FIRST_BLIND), key=round_number)
    print(f"blind rounds {round_number(blind[0])}-{round_number(blind[-1])}: {len(blind)} rounds")
    for title, rows_of in (
        ("FIRST CONTACT (the extractor that first scored each round)", lambda name: first[name]),
        ("TODAY'S EXTRACTOR on the same texts", lambda name: extract_set(documents[name], ROOT)),
    ):
        totals: dict[str, Score] = defaultdict(lambda: Score(0, 0, 0, [], []))
        texts: dict[str, list[Score]] = defaultdict(list)
        for name in blind:
            per_text = scores_by_text(rows_of(name), documents[name], expected.get(name, []))
            block = _block(round_number(name))
            for document in documents[name]:
                text_score = per_text[Path(document["path"]).name]
                subject, form = groups_of(document)
                for group in ("all texts", subject, form, f"{subject}, {block}"):
                    totals[group] = totals[group] + text_score
                    texts[group].append(text_score)
        print(f"\n{title}\n{'group':<26}{'texts':>6}{'P':>7}{'R':>7}  (found / spurious / missed)")
        blocks = sorted({group.split(", ")[1] for group in totals if ", " in group})
        for group in ("all texts", "Russia 2022", "other crises", "HTML", "plain text"):
            print(_line(group, totals[group], texts[group]))
            for block in blocks if group in ("Russia 2022", "other crises") else ():
                print(_line(f"  {block}", totals[f"{group}, {block}"], texts[f"{group}, {block}"]))


if __name__ == "__main__":
    main()
