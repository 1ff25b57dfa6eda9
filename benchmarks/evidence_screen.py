"""The learned screen (exodus/evidence/screen.py): train it, and measure it on rounds it never saw.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_screen.py --train      # fit on rounds < TEST_FROM, write the weights
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_screen.py              # TEST (the unread batch) plain and screened
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_screen.py --rounds 428-431   # another batch, plain and screened
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_screen.py --backtest   # train before each batch, test on it
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_screen.py --speed      # dense.txt, --no-screen and --screen

Training rows are main's rows on every labelled set before round TEST_FROM (the tuned-on sets and rounds 26 to TEST_FROM - 1),
each labelled 1 when scoring's matcher pairs it with a labelled figure and 0 when it is spurious. Rounds TEST_FROM
and later are never trained on. The threshold is chosen on out-of-fold probabilities, five folds of whole rounds:
the best F1 among thresholds that cost at most two points of recall over those rounds. The backtest trains the same
way on the rounds before each batch of four and scores the batch (main's rows on those batches are after their
rules were read, so it is kinder than first contact; 424-427 is the honest test).
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from evidence_place_ranker import round_number  # noqa: E402

from exodus.evidence import read_document  # noqa: E402
from exodus.evidence import screen as screening  # noqa: E402
from exodus.evidence.scoring import extract_set, match_figures, read_labelled  # noqa: E402

LABELLED = ROOT / "tests" / "evidence"
# the first round never trained on: the batch unread when the shipped weights were trained (retrained before each
# unread batch, on the rules of its first contact: before 424 on 1c70a0e, 432 on 166a758, 436 on 0576541, 444 on
# 72f53f5, 448 on 33a98e8, 452 on 43a5fc4, 456 on 7560539, 460 on 1669677, 464 on e00592e, 468 on e553788, 472 on 09dca5d, 476 on 5937422, 480 on 4dc4108, 484 on 662c2da, 488 on 48b805a, 492 on 178a54f, 496 on f94c22f, 508 on fd2103e, 512 on df1cdb4, 516 on 6462e67, 520 on 430a445, 524 on b2b209a, 528 on c9514d1, 532 on 2c4b9c6, 536 on e6d58e2, 540 on 00c7977, 544 on 93e108c, 552 on ee07e80, 556 on 8746cfa, 560 on 31f28df, 564 on 0d6e464, 568 on ead57bd, 572 on c9be717, 576 on eda925d, 580 on b329e1b, 584 on 8e202a6, 588 on 4866814, 592 on 2f3e27f, 596 on 0790873, 600 on 16e0008, 604 on 941e009, 608 on fd47cf7, 612 on f94ae28, 616 on e2c8f15, 620 on 59534a6, 624 on 2f1e90c, 628 on 1e710e7, 632 on 6690d7c, 636 on ea82f78, 640 on f675343, 644 on af10151, 648 on 7aa063e, 656 on fc9c592, 660 on dae8cd6, 664 on 12e9842)
TEST_FROM = 664
TEST = (664, 667)
BACKTEST = ((396, 399), (404, 407), (412, 415), (420, 423))
C = screening.C
MAX_RECALL_LOSS = 0.02

def round_of(set_name: str) -> int:
    """A set's round; 0 for the named early sets (reports, own, duplicates, holdout, fresh)."""
    return round_number(set_name) or 0


def labelled_rows(before: int | None = None, rounds: tuple[int, int] | None = None, screen=None):
    """(rows, labels, rounds, missed per round, texts by source) of main's rows on the labelled sets before round
    `before`, or of rounds `rounds` (first, last)."""
    documents, expected = read_labelled(LABELLED)
    rows, labels, groups, missed, texts = [], [], [], {}, {}
    for name, docs in documents.items():
        number = round_of(name)
        if (before is not None and number >= before) or (rounds is not None and not rounds[0] <= number <= rounds[1]):
            continue
        found = extract_set(docs, ROOT, screen)
        pairs, _, lost = match_figures(found, expected.get(name, []))
        matched = {id(row) for row, _ in pairs}
        for row in found:
            if row["source"] not in texts:
                texts[row["source"]] = read_document(row["source"]).text
            rows.append(row)
            labels.append(int(id(row) in matched))
            groups.append(number)
        missed[number] = missed.get(number, 0) + len(lost)
    return rows, np.array(labels), groups, missed, texts


def token_lists(rows, texts):
    return [screening.tokens(screening.row_fields(row), texts[row["source"]]) for row in rows]


def _line(what: str, found: int, spurious: int, missed: int) -> str:
    precision, recall = found / max(found + spurious, 1), found / max(found + missed, 1)
    return f"{what:<34}{precision:>6.3f}{recall:>8.3f}{found:>7}{spurious:>7}{missed:>7}"


HEADER = f"{'':<34}{'P':>6}{'R':>8}{'found':>7}{'false+':>7}{'missed':>7}"


def train(before: int, meta: dict | None = None):
    rows, labels, groups, missed, texts = labelled_rows(before=before)
    assert max(groups) < before
    tokens = token_lists(rows, texts)
    fitted = screening.train(tokens, labels, groups, sum(missed.values()), C, MAX_RECALL_LOSS, meta)
    return fitted, (tokens, labels, groups, missed)


def command_train() -> None:
    started = time.time()
    fitted, (tokens, labels, groups, missed) = train(
        TEST_FROM,
        {"trained_on": f"labelled sets before round {TEST_FROM}", "model": f"logistic regression, L1, liblinear, C={C}",
         "threshold_by": f"best F1 at <= {MAX_RECALL_LOSS:.2f} recall lost, 5 folds by round"},
    )
    fitted.save(screening.WEIGHTS)
    print(f"{len(labels)} rows ({labels.sum()} found, {len(labels) - labels.sum()} spurious) of {len(set(groups))} "
          f"sets before round {TEST_FROM}; threshold {fitted.threshold:.2f}; "
          f"{np.count_nonzero(np.round(fitted.weights, 6))} weights -> {screening.WEIGHTS.relative_to(ROOT)} "
          f"({time.time() - started:.0f} s)")


def command_test(rounds: tuple[int, int]) -> None:
    fitted = screening.shipped()
    print(f"rounds {rounds[0]}-{rounds[1]}, shipped screen (threshold {fitted.threshold:.2f}), in extract_observations")
    print(HEADER)
    _, plain_labels, _, plain_missed, _ = labelled_rows(rounds=rounds)
    _, labels, _, missed, _ = labelled_rows(rounds=rounds, screen=screening.screen_figures)
    # recall against all the labelled figures: a screened-out figure is missed
    total = int(plain_labels.sum()) + sum(plain_missed.values())
    print(_line("plain", int(plain_labels.sum()), int((plain_labels == 0).sum()), sum(plain_missed.values())))
    print(_line("screened", int(labels.sum()), int((labels == 0).sum()), total - int(labels.sum())))


def command_backtest() -> None:
    rows, labels, groups, missed, texts = labelled_rows(before=TEST_FROM)
    tokens = token_lists(rows, texts)
    groups = np.array(groups)
    print(HEADER)
    for first, last in BACKTEST:
        train_at = groups < first
        test_at = (groups >= first) & (groups <= last)
        train_missed = sum(v for g, v in missed.items() if g < first)
        test_missed = sum(v for g, v in missed.items() if first <= g <= last)
        fitted = screening.train(
            [t for t, keep in zip(tokens, train_at) if keep], labels[train_at], list(groups[train_at]), train_missed,
            C, MAX_RECALL_LOSS,
        )
        probabilities = fitted.probabilities([t for t, keep in zip(tokens, test_at) if keep])
        plain = screening.screened_counts(probabilities, labels[test_at], test_missed, 0.0)
        screened = screening.screened_counts(probabilities, labels[test_at], test_missed, fitted.threshold)
        print(_line(f"{first}-{last} plain", *plain))
        print(_line(f"{first}-{last} screened (threshold {fitted.threshold:.2f})", *screened), flush=True)


def command_speed() -> None:
    from typer.testing import CliRunner

    from benchmarks.evidence import PAGE_BYTES, dense_page
    from exodus.cli import app

    text, _ = dense_page(PAGE_BYTES)
    runner = CliRunner()
    screening.shipped()  # loaded once, as in a long-running process
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "dense.txt"
        page.write_text(text, encoding="utf-8")
        for flags in (["--no-screen"], ["--screen"], ["--no-screen"], ["--screen"]):
            best = float("inf")
            for _ in range(3):
                out = Path(folder) / "out.csv"
                started = time.perf_counter()
                result = runner.invoke(app, ["evidence", "extract", str(page), "--published", "2022-09-28",
                                             "--trigger", "2022-09-21", "--out", str(out), *flags])
                best = min(best, time.perf_counter() - started)
                assert result.exit_code == 0, result.output
            rows = sum(1 for _ in open(out, encoding="utf-8")) - 1
            print(f"dense.txt {' '.join(flags):<11} best of 3 {best:.3f} s wall, {rows} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help=f"fit on the sets before round {TEST_FROM}, write weights")
    parser.add_argument("--backtest", action="store_true", help="train before each batch of four, test on it")
    parser.add_argument("--speed", action="store_true", help="dense.txt with and without --screen")
    parser.add_argument(
        "--rounds", default=f"{TEST[0]}-{TEST[1]}", help="the rounds scored plain and screened, e.g. 428-431 (default: %(default)s)"
    )
    arguments = parser.parse_args()
    if arguments.train:
        command_train()
    elif arguments.backtest:
        command_backtest()
    elif arguments.speed:
        command_speed()
    else:
        first, _, last = arguments.rounds.partition("-")
        command_test((int(first), int(last or first)))


if __name__ == "__main__":
    main()
