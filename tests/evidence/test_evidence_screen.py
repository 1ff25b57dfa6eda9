"""The learned screen (exodus/evidence/screen.py): what it drops and keeps, its weights file, and the command's
`--screen/--no-screen` (screened by default)."""

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from exodus.evidence import extract_observations, read_document, rows
from exodus.evidence import screen as screening
from exodus.evidence.cli import app
from exodus.evidence.scoring import extract_set, match_figures, read_labelled

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TEXTS = HERE / "texts"
runner = CliRunner()

REPORT = """Some 8,500 Russians entered Kazakhstan through the Mariinsky post on Sunday, the border service said.

The average family that arrived brought 3 suitcases.
"""


def _figures(table: list[dict]) -> list[tuple]:
    return [(r["quantity"], r["value"], r["place"], r["period_start"], r["period_end"]) for r in table]


def _extract(tmp_path: Path, screen) -> list[dict]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return rows(extract_observations([path], date(2022, 9, 28), date(2022, 9, 21), screen=screen))


def test_the_screen_drops_a_distractor_and_keeps_the_figure(tmp_path):
    plain = _figures(_extract(tmp_path, None))
    screened = _figures(_extract(tmp_path, screening.screen_figures))
    # the rules read the suitcases as people entering; the screen drops them and keeps the crossing
    assert plain == [
        ("entries", "8500", "Mariinsky", "2022-09-25", "2022-09-25"),
        ("entries", "3", "Kazakhstan", "2022-09-25", "2022-09-25"),
    ]
    assert screened == plain[:1]


def test_the_shipped_weights_load_and_score_both_sides_of_the_threshold(tmp_path):
    shipped = screening.shipped()
    assert shipped.meta["trained_on"] == "labelled sets before round 664"
    assert 0.0 < shipped.threshold < 1.0
    assert len(shipped.weights) == screening.N_FEATURES
    assert 100 < np.count_nonzero(shipped.weights) < 20_000
    text = screening.WEIGHTS.read_text(encoding="utf-8")
    assert screening.Screen.loads(text).dumps() == text  # the file is exactly what `save` writes
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    observations = extract_observations([path], date(2022, 9, 28), date(2022, 9, 21))
    document_text = read_document(path).text
    probabilities = shipped.probabilities(
        [screening.tokens(screening.row_fields(row), document_text) for row in rows(observations)]
    )
    assert probabilities[0] > shipped.threshold > probabilities[1]


def _small_training_set():
    documents, expected = read_labelled(HERE)
    token_lists, labels, groups, missed = [], [], [], 0
    texts: dict[str, str] = {}
    for name in ("own", "holdout", "fresh", "third", "fourth", "fifth", "sixth"):
        found = extract_set(documents[name], ROOT)
        pairs, _, lost = match_figures(found, expected.get(name, []))
        matched = {id(row) for row, _ in pairs}
        missed += len(lost)
        for row in found:
            if row["source"] not in texts:
                texts[row["source"]] = read_document(row["source"]).text
            token_lists.append(screening.tokens(screening.row_fields(row), texts[row["source"]]))
            labels.append(int(id(row) in matched))
            groups.append(name)
    return token_lists, np.array(labels), groups, missed


def test_training_is_deterministic_and_round_trips_through_the_file(tmp_path):
    token_lists, labels, groups, missed = _small_training_set()
    assert 0 < labels.sum() < len(labels)  # both kinds of row
    first = screening.train(token_lists, labels, groups, missed, meta={"trained_on": "test"})
    second = screening.train(token_lists, labels, groups, missed, meta={"trained_on": "test"})
    assert first.dumps() == second.dumps()
    assert np.count_nonzero(first.weights) > 0
    first.save(tmp_path / "screen.tsv")
    loaded = screening.Screen.loads((tmp_path / "screen.tsv").read_text(encoding="utf-8"))
    assert loaded.threshold == first.threshold
    # the loaded weights score as the fitted ones do (to the 6 digits the file keeps)
    np.testing.assert_allclose(loaded.probabilities(token_lists), first.probabilities(token_lists), atol=1e-4)


def _run(path: Path, out: Path, *flags: str) -> list[dict]:
    result = runner.invoke(
        app, ["extract", str(path), "--published", "2022-09-28", "--trigger", "2022-09-21", "--out", str(out), *flags]
    )
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_screen_through_the_cli_writes_a_subset_of_the_rows(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    plain = _figures(_run(report, tmp_path / "plain.csv", "--no-screen"))
    screened = _figures(_run(report, tmp_path / "screened.csv", "--screen"))
    assert len(plain) == 2 and screened == [("entries", "8500", "Mariinsky", "2022-09-25", "2022-09-25")]
    assert _figures(_run(report, tmp_path / "default.csv")) == screened  # the default is screened
    for text in ("own_11_traps.txt", "own_05_gorge.txt", "hold_04_sakartvelo.txt"):
        plain = _figures(_run(TEXTS / text, tmp_path / "plain.csv", "--no-screen"))
        screened = _figures(_run(TEXTS / text, tmp_path / "screened.csv", "--screen"))
        assert len(screened) <= len(plain)
        assert set(screened) <= set(plain)


def _exodus(tmp_path: Path, *flags: str) -> list[tuple]:
    """`exodus evidence extract` on REPORT as a user runs it: its own process, the package's entry point."""
    report, out = tmp_path / "report.txt", tmp_path / "out.csv"
    report.write_text(REPORT, encoding="utf-8")
    command = [sys.executable, "-m", "exodus", "evidence", "extract", str(report), "--published", "2022-09-28",
               "--trigger", "2022-09-21", "--out", str(out), *flags]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    with open(out, newline="", encoding="utf-8") as stream:
        return _figures(list(csv.DictReader(stream)))


def test_the_command_screens_by_default_and_no_screen_keeps_the_rules_rows(tmp_path):
    # the rules read "brought 3 suitcases" as 3 people entering: the default drops it, --no-screen keeps it
    suitcases = ("entries", "3")
    crossing = ("entries", "8500", "Mariinsky", "2022-09-25", "2022-09-25")
    default = _exodus(tmp_path)
    assert default == [crossing]
    rules = _exodus(tmp_path, "--no-screen")
    assert len(rules) == 2 and rules[0] == crossing and rules[1][:2] == suitcases
    assert _exodus(tmp_path, "--screen") == default


def _modules_after(tmp_path: Path, flag: str) -> set[str]:
    report, out = tmp_path / "report.txt", tmp_path / "out.csv"
    report.write_text(REPORT, encoding="utf-8")
    check = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from exodus.cli import app\n"
        f"result = CliRunner().invoke(app, ['evidence', 'extract', {str(report)!r}, '--published', '2022-09-28',"
        f" '--out', {str(out)!r}, {flag!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(' '.join(sorted({'sklearn', 'numpy', 'exodus.evidence.screen'} & set(sys.modules))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


def test_the_command_never_imports_scikit_learn_and_no_screen_not_even_the_screen(tmp_path):
    # scikit-learn's import (SciPy's statistics, pandas) costs about 2 s: the screen hashes its features itself
    assert _modules_after(tmp_path, "--screen") == {"numpy", "exodus.evidence.screen"}
    assert _modules_after(tmp_path, "--no-screen") == set()


def test_probabilities_are_those_of_the_vectorizer_and_the_hash_is_scikit_learns():
    from sklearn.utils.murmurhash import murmurhash3_32

    shipped = screening.shipped()
    token_lists = []
    for text in ("own_11_traps.txt", "own_05_gorge.txt", "hold_04_sakartvelo.txt"):
        document = read_document(TEXTS / text)
        observations = extract_observations([TEXTS / text], date(2022, 9, 28), date(2022, 9, 21))
        token_lists += [screening.tokens(screening.row_fields(row), document.text) for row in rows(observations)]
    vectorized = 1.0 / (1.0 + np.exp(-(screening.features(token_lists) @ shipped.weights + shipped.intercept)))
    assert np.array_equal(shipped.probabilities(token_lists), vectorized)  # the same floats, not merely close
    strings = {t for tokens in token_lists for t in tokens} | {"", "a", "ab", "abc", "abcd", "abcde", "s:zürich"}
    for string in strings:
        data = string.encode("utf-8")
        assert screening.murmurhash3_32(data) == murmurhash3_32(data, seed=0), string


def test_the_threshold_is_the_best_f1_within_the_recall_it_may_cost():
    probabilities = [0.9, 0.8, 0.3, 0.2, 0.1]
    labels = [1, 1, 0, 0, 1]  # the third labelled figure scores lowest
    # a labelled figure no row found stays missed at every threshold
    assert screening.screened_counts(probabilities, labels, 1, 0.0) == (3, 2, 1)
    assert screening.screened_counts(probabilities, labels, 1, 0.31) == (2, 0, 2)
    # with none missed: dropping the 0.1 row costs a third of the recall, not allowed at 2 points, so nothing is dropped
    assert screening.choose_threshold(probabilities, labels, 0, max_recall_loss=0.02) == 0.0
    # allowed, the best F1 (0.8 against 0.75) drops both spurious rows, at the first threshold above 0.3
    assert screening.choose_threshold(probabilities, labels, 0, max_recall_loss=0.5) == 0.31


def test_a_long_report_screened_in_two_processes_keeps_what_one_keeps(monkeypatch):
    from exodus.evidence import parallel
    from exodus.evidence.figures import extract_figures

    path = next(TEXTS.glob("fourhundredfiftyeighth_01_*"))
    document = read_document(path)
    figures = extract_figures(document, date(2022, 10, 4), date(2022, 9, 21), None)
    monkeypatch.setattr(parallel, "spare_core", lambda: False)
    alone = screening.screen_figures(document, figures, date(2022, 10, 4))
    forks = []
    real_fork = parallel.os.fork
    monkeypatch.setattr(parallel, "spare_core", lambda: True)
    monkeypatch.setattr(parallel.os, "fork", lambda: forks.append(1) or real_fork())
    monkeypatch.setattr(screening, "MIN_FIGURES_IN_TWO", 2)
    in_two = screening.screen_figures(document, figures, date(2022, 10, 4))
    assert forks == [1]  # the second half was scored in a child
    assert in_two == alone
    assert 0 < len(alone) < len(figures)  # the screen dropped some and kept some
