"""`evidence extract` end to end: through Typer and as `python -m exodus.evidence`."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exodus.evidence.cli import app

TEXTS = Path(__file__).parent / "texts"
ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_extract_writes_the_observation_table(tmp_path):
    out = tmp_path / "observations.csv"
    result = runner.invoke(
        app, ["extract", str(TEXTS / "own_04_weekend.txt"), "--published", "2022-09-26", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "4 observations from 1 report(s)" in result.output
    with open(out, newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    assert [(r["quantity"], r["value"], r["place"], r["period_start"]) for r in table] == [
        ("entries", "8000", "Finland", "2022-09-24"),
        ("entries", "7600", "Finland", "2022-09-25"),
        ("exits", "4300", "Finland", "2022-09-25"),
        ("queue_length_km", "0.4", "Vaalimaa", "2022-09-25"),
    ]


def test_one_publication_date_per_report(tmp_path):
    out = tmp_path / "o.csv"
    paths = [str(TEXTS / n) for n in ("dup_06a_altanbulag.txt", "dup_06c_altanbulag_other.txt")]
    result = runner.invoke(
        app,
        [
            "extract",
            *paths,
            "--published",
            "2022-09-27",
            "--published",
            "2022-09-28",
            "--trigger",
            "2022-09-21",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 disagreeing" in result.output


@pytest.mark.parametrize(
    "content, arguments, message",
    [
        (b"", [], "file is empty"),
        (b"\x00\x01\x02binary\x00" * 100, [], "file is binary"),
        (b"%%% 123 ### 456 @@@ 789 " * 50, [], "no readable prose"),
        (b"Some 3,000 people crossed.", ["--published", "2022-02-30"], "--published: '2022-02-30' is not a date"),
        (b"Some 3,000 people crossed.", ["--origin", "Atlantis"], "--origin: unknown country 'Atlantis'"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, content, arguments, message):
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    out = tmp_path / "observations.csv"
    if "--published" not in arguments:
        arguments = arguments + ["--published", "2022-09-26"]
    result = runner.invoke(app, ["extract", str(page), *arguments, "--out", str(out)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_a_bad_report_among_good_ones_leaves_an_existing_table_untouched(tmp_path):
    out = tmp_path / "observations.csv"
    out.write_text("previous\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(
        app, ["extract", str(TEXTS / "own_04_weekend.txt"), str(empty), "--published", "2022-09-26", "--out", str(out)]
    )
    assert result.exit_code == 2 and f"{empty}: file is empty" in result.output
    assert out.read_text() == "previous\n"


def test_missing_report_and_missing_output_folder(tmp_path):
    result = runner.invoke(
        app, ["extract", str(tmp_path / "nope.txt"), "--published", "2022-09-26", "--out", str(tmp_path / "o.csv")]
    )
    assert result.exit_code == 2 and "nope.txt: no such file" in result.output
    result = runner.invoke(
        app,
        [
            "extract",
            str(TEXTS / "own_04_weekend.txt"),
            "--published",
            "2022-09-26",
            "--out",
            str(tmp_path / "no" / "o.csv"),
        ],
    )
    assert result.exit_code == 2 and "does not exist" in result.output


def test_module_entry_point_runs_as_a_subprocess(tmp_path):
    out = tmp_path / "o.csv"
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "exodus.evidence",
            "extract",
            str(TEXTS / "own_03_steppe.html"),
            "--published",
            "2022-09-27",
            "--trigger",
            "2022-09-21",
            "--out",
            str(out),
            "--no-screen",  # the rules' five rows: the screen, retrained before each blind batch, may drop one
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "5 observations" in ok.stdout and out.exists()
    binary = tmp_path / "blob.html"
    binary.write_bytes(bytes(range(256)) * 64)
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "exodus.evidence",
            "extract",
            str(binary),
            "--published",
            "2022-09-27",
            "--out",
            str(tmp_path / "b.csv"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0
    assert "blob.html: file is binary" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "b.csv").exists()


def test_a_failure_inside_the_extractor_names_the_report_exits_1_and_writes_nothing(tmp_path, monkeypatch):
    """A rule that raises on a readable report is a bug of exodus: one line naming the report, no traceback."""
    import exodus.evidence as evidence

    def failing_rule(document, published, trigger, origin):
        raise TypeError("'<' not supported between instances of 'NoneType' and 'datetime.date'")

    monkeypatch.setattr(evidence, "extract_figures", failing_rule)
    out = tmp_path / "observations.csv"
    report = TEXTS / "own_04_weekend.txt"
    result = runner.invoke(app, ["extract", str(report), "--published", "2022-09-26", "--out", str(out)])
    assert result.exit_code == 1
    assert f"{report}: the extractor failed on this report (TypeError:" in result.output
    assert "bug in exodus" in result.output and "nothing was written" in result.output
    assert "Traceback" not in result.output and not out.exists()
