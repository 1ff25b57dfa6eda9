"""benchmarks/evidence_genres.py: which group a labelled text falls in, the round blocks, and a text's own score;
and the round numbers its rounds are ordered by (benchmarks/evidence_place_ranker.round_number), rounds 200 on too."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("evidence_genres", ROOT / "benchmarks" / "evidence_genres.py")
genres = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(genres)


def test_round_numbers_run_past_two_hundred():
    names = ["fiftyfifth", "hundredth", "hundredninetyninth", "twohundredth", "twohundredfirst", "twohundredtwelfth"]
    assert [genres.round_number(name) for name in names] == [55, 100, 199, 200, 201, 212]
    later = ["threehundredth", "threehundredfirst", "threehundredtwelfth", "threehundredfortysecond"]
    assert [genres.round_number(name) for name in later] == [300, 301, 312, 342]
    assert genres.round_number("reports") is None


def test_a_text_is_grouped_by_its_trigger_and_its_format():
    russia = {"trigger": "2022-09-21", "path": "tests/evidence/texts/x_01_page.html"}
    other = {"trigger": "", "path": "tests/evidence/texts/x_02_wire_1994.txt"}
    assert genres.groups_of(russia) == ("Russia 2022", "HTML")
    assert genres.groups_of(other) == ("other crises", "plain text")


def test_rounds_are_counted_in_blocks_of_fifty_from_the_first_blind_one():
    assert [genres._block(n) for n in (55, 99, 100, 149, 150, 207)] == [
        "rounds 55-99", "rounds 55-99", "rounds 100-149", "rounds 100-149", "rounds 150-199", "rounds 200-249",
    ]  # fmt: skip


def test_each_text_is_scored_on_its_own_rows():
    row = {"quantity": "entries", "value": "100", "value_low": "", "value_high": "", "place": "Georgia",
           "period_start": "2022-09-21", "period_end": "2022-09-21"}  # fmt: skip
    documents = [{"path": "texts/a.txt"}, {"path": "texts/b.txt"}]
    found = [{**row, "source": "/somewhere/texts/a.txt"}]
    expected = [{**row, "source": "a.txt"}, {**row, "source": "b.txt"}]
    scores = genres.scores_by_text(found, documents, expected)
    assert (scores["a.txt"].true_positives, scores["a.txt"].false_negatives) == (1, 0)
    assert (scores["b.txt"].true_positives, scores["b.txt"].false_negatives) == (0, 1)
