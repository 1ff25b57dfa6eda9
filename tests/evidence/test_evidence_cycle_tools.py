"""The lead's cycle tools (tests/evidence/briefs/cycle.py): round names as the writers spell them, the held-out
regex, the lost-row check and the appended-only conflict resolution."""

import csv
import importlib.util
import re
from argparse import Namespace
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location("cycle", HERE / "briefs" / "cycle.py")
cycle = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(cycle)


def test_set_names_are_the_writers_spelling_of_every_round_from_500():
    names = {row[0] for row in csv.reader(open(HERE / "documents.csv"))}
    numbered = [n for n in range(500, 700) if cycle.set_name(n) in names]
    assert numbered == list(range(500, numbered[-1] + 1)) and numbered[-1] >= 667
    assert cycle.set_name(640) == "sixhundredfortieth" and cycle.set_name(641) == "sixhundredfortyfirst"


def test_the_held_regex_holds_out_the_rounds_from_its_first_and_no_round_before(capsys):
    cycle.held_regex(Namespace(first="644"))
    held = re.compile(capsys.readouterr().out.strip())
    assert [n for n in range(500, 800) if bool(held.search(cycle.set_name(n))) != (n >= 644)] == []


def test_a_row_found_before_and_missed_after_the_merge_is_lost(tmp_path, capsys):
    found = "  missed    fifth_01_a.txt entries 10   Georgia 2022-09-27 2022-09-27 | "
    held = "  missed    sixhundredfiftieth_01_b.txt entries 20   Georgia 2022-09-27 2022-09-27 | "
    (tmp_path / "before.txt").write_text("")
    (tmp_path / "merged.txt").write_text(found + "\n" + held + "\n")
    cycle.lost(Namespace(held_regex="sixhundredfifti", merged=str(tmp_path / "merged.txt"),
                         listings=[str(tmp_path / "before.txt")]))  # fmt: skip
    assert capsys.readouterr().out.splitlines() == ["1 lost", found]


def test_appended_rows_in_conflict_keep_ours_then_theirs(tmp_path):
    table = tmp_path / "documents.csv"
    table.write_text("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> evr657\n")
    cycle.resolve(Namespace(files=[str(table)]))
    assert table.read_text() == "a\nb\nc\n"
