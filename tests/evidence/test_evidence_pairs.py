"""benchmarks/evidence_pairs.py: misses paired with the spurious rows of the same text and value, and classed by
what differs, from a listing in the shape `benchmarks/evidence.py --misses` prints."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
_SPEC = importlib.util.spec_from_file_location("evidence_pairs", ROOT / "benchmarks" / "evidence_pairs.py")
pairs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pairs)

LISTING = """\
set          precision  recall  found  false+  missed
twohundredfiftysecond      0.50    0.40      2       2       3  [held-out]
  missed    twohundredfiftysecond_01_a.txt entries 1200   Verkhny Lars 2022-09-25 2022-09-25 | 
  missed    twohundredfiftysecond_01_a.txt wait_hours 48 48  Upper Lars Road 2022-09-26 2022-09-26 | 
  missed    twohundredfiftysecond_02_b.txt exits 300   Georgia 2022-09-21 2022-09-27 | 
  spurious  twohundredfiftysecond_01_a.txt entries 1200   Georgia 2022-09-25 2022-09-25 | some 1,200 crossed
  spurious  twohundredfiftysecond_01_a.txt wait_hours 48 48  Upper Lars Road 2022-09-24 2022-09-26 | up to two days
  spurious  twohundredfiftysecond_02_b.txt entries 5   Georgia 2022-09-27 2022-09-27 | 5 kilometres
"""


def test_a_listing_is_read_with_places_of_several_words_and_empty_bounds():
    rows, sets = pairs.read_listing(LISTING.splitlines())
    assert sets == {"twohundredfiftysecond": (2, 2, 3)}
    assert [(row.kind, row.quantity, row.value, row.low, row.place, row.end) for row in rows[:2]] == [
        ("missed", "entries", "1200", "", "Verkhny Lars", "2022-09-25"),
        ("missed", "wait_hours", "48", "48", "Upper Lars Road", "2022-09-26"),
    ]
    assert rows[3].quote == "some 1,200 crossed" and rows[3].set_name == "twohundredfiftysecond"


def test_misses_are_classed_by_what_differs_from_their_partner():
    rows, _ = pairs.read_listing(LISTING.splitlines())
    paired, distractors = pairs.pair(rows)
    assert [difference for _, _, difference in paired] == ["place", "period", "not read"]
    assert [row.value for row in distractors] == ["5"]


def test_a_partner_of_the_same_quantity_is_taken_before_one_of_another():
    listing = LISTING + "  spurious  twohundredfiftysecond_02_b.txt arrests 300   Georgia 2022-09-21 2022-09-27 | x\n"
    listing += "  spurious  twohundredfiftysecond_02_b.txt exits 300   Russia 2022-09-21 2022-09-27 | y\n"
    paired, _ = pairs.pair(pairs.read_listing(listing.splitlines())[0])
    assert paired[2][2] == "place" and paired[2][1].quote == "y"


def test_places_are_compared_as_the_scorer_compares_them():
    # Kazbegi is Verkhny Lars's other side: the scorer counts them one place, so this miss differs in its period alone
    listing = (
        "  missed    twohundredfiftysecond_01_a.txt entries 900   Verkhny Lars 2022-09-25 2022-09-25 | \n"
        "  spurious  twohundredfiftysecond_01_a.txt entries 900   Kazbegi 2022-09-24 2022-09-25 | some 900\n"
    )
    paired, distractors = pairs.pair(pairs.read_listing(listing.splitlines())[0])
    assert [difference for _, _, difference in paired] == ["period"] and distractors == []


def test_show_distractors_lists_the_spurious_rows_no_miss_took_with_their_quotes(tmp_path, capsys, monkeypatch):
    listing = tmp_path / "misses.txt"
    listing.write_text(LISTING, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["evidence_pairs.py", str(listing), "--rounds", "252", "--show", "distractors"])
    pairs.main()
    shown = [line for line in capsys.readouterr().out.splitlines() if line.startswith("distractor") or "| " in line]
    assert shown == [
        "distractor       twohundredfiftysecond_02_b.txt entries 5 [Georgia] 2022-09-27..2022-09-27",
        f"{'':<16} | 5 kilometres",
    ]
