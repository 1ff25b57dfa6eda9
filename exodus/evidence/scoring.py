"""Precision and recall of extracted figures against hand-labelled ones.

A labelled set is a `documents.csv` (set, path, published, trigger, origin) and an
`expected.csv` with its parts `expected-<first round>.csv` (set, source, quantity, value,
value_low, value_high, place, period_start, period_end, note). An extracted row counts as correct when its quantity, value (with its
bounds), place and period all equal those of a labelled row not already matched.
"""

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import extract_observations, rows
from .document import EvidenceInputError, read_document
from .gazetteer import _fold, canonical_city, canonical_place

MATCHED_FIELDS = ("quantity", "value", "value_low", "value_high", "place", "period_start", "period_end")


@dataclass
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    missed: list[dict]
    spurious: list[dict]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
            self.missed + other.missed,
            self.spurious + other.spurious,
        )


def _same_number(a: str, b: str) -> bool:
    if not a or not b:
        return a == b
    x, y = float(a), float(b)
    return abs(x - y) <= max(0.05, 1e-3 * abs(y))


def _same_place(a: str, b: str) -> bool:
    """Same place: equal names, or names the gazetteer folds into one, part by part for a route: two spellings of
    a country ("Macedonia"), or of a crossing and its other side, as the issue folds Nizhniy Lars and Kazbegi into
    Verkhny Lars ("Syrym" and "Mashtakovo", "Astrakhan - Kotyaevka" and "Astrakhan - Karaozek")."""
    if a == b:
        return True
    if not (a and b):
        return False
    a, b = _crossing_by_its_sides(a), _crossing_by_its_sides(b)
    parts_a, parts_b = a.split(" - "), b.split(" - ")
    return len(parts_a) == len(parts_b) and all(map(_same_named_place, parts_a, parts_b))


def _crossing_by_its_sides(name: str) -> str:
    """A crossing written by its two sides, as ../shared/russia2022/geography.csv writes "Bugristoe - Kairak", is
    that one crossing; a route between two places ("Omsk - Cherlak") stays a route."""
    sides = name.split(" - ")
    if len(sides) != 2:
        return name
    first, second = (canonical_place(side) for side in sides)
    return first if first is not None and first == second else name


# letters NFKD does not split into a letter and its accent ("Kornsjø" and "Kornsjo" are one name), and the typographic
# apostrophe, which is the typewriter's ("N’Djamena" and "N'Djamena")
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "’": "'"}
)


def _plain(name: str) -> str:
    return _fold(name).translate(_PLAIN_LETTERS)


def _same_named_place(a: str, b: str) -> bool:
    """One name, as the gazetteer folds it (an accented spelling as its plain one: a label's "Övertorneå" is the
    crossing "Overtornea" is), or as written but for accents and case ("Náchod" and "Nachod")."""
    a, b = (canonical_place(name) or canonical_place(_plain(name)) or canonical_city(name) or name for name in (a, b))
    return a == b or _plain(a).casefold() == _plain(b).casefold()


def _field_matches(name: str, found: dict, expected: dict) -> bool:
    a, b = found.get(name, ""), expected.get(name, "")
    if name.startswith("value"):
        return _same_number(a, b)
    if name == "place":
        return _same_place(a, b)
    return a == b


def figure_matches(found: dict, expected: dict) -> bool:
    """Whether an extracted row and a labelled row describe the same figure."""
    return all(_field_matches(name, found, expected) for name in MATCHED_FIELDS)


def differing_fields(found: dict, expected: dict) -> list[str]:
    """The matched fields on which two rows differ (none: the same figure), to say why a figure was missed."""
    return [name for name in MATCHED_FIELDS if not _field_matches(name, found, expected)]


def match_figures(
    found_rows: list[dict], expected_rows: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(extracted, labelled) pairs, each labelled row matched to the first extracted row not already taken that
    describes the same figure; the extracted rows left over; the labelled rows missed."""
    unmatched = list(found_rows)
    pairs, missed = [], []
    for expected in expected_rows:
        match = next((row for row in unmatched if figure_matches(row, expected)), None)
        if match is None:
            missed.append(expected)
        else:
            unmatched.remove(match)
            pairs.append((match, expected))
    return pairs, unmatched, missed


def score(found_rows: list[dict], expected_rows: list[dict]) -> Score:
    """Match each labelled row to at most one extracted row."""
    pairs, unmatched, missed = match_figures(found_rows, expected_rows)
    return Score(len(pairs), len(unmatched), len(missed), missed, unmatched)


def _optional_date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def read_labelled(folder: Path) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(documents by set, expected rows by set) from a labelled folder. The labels are `expected.csv` and, after it,
    any `expected-<first round>.csv` (rounds 200-299 in `expected-200.csv`, ...): one table in parts, so that no file
    grows past what a repository should hold."""
    expected: dict[str, list[dict]] = {}
    parts = sorted(folder.glob("expected-*.csv"), key=lambda path: (len(path.stem), path.stem))
    for path in [folder / "expected.csv", *parts]:
        for name, labelled in _rows_by_set(path).items():
            expected.setdefault(name, []).extend(labelled)
    return _rows_by_set(folder / "documents.csv"), expected


def _rows_by_set(path: Path) -> dict[str, list[dict]]:
    """A labelled table's rows by set; a row with more or fewer fields than the header (a note's comma left
    unquoted splits it) is an error naming the file and line, not a note cut short."""
    by_set: dict[str, list[dict]] = {}
    with open(path, newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        for row in reader:
            if None in row or None in row.values():
                raise ValueError(
                    f"{path}, line {reader.line_num}: {len(reader.fieldnames or [])} fields expected "
                    "(quote a field that holds a comma)"
                )
            by_set.setdefault(row["set"], []).append(row)
    return by_set


def extract_set(documents: list[dict], root: Path, screen=None) -> list[dict]:
    """Observation rows for one labelled set, its reports read together (so repeats merge).

    A report the reader refuses (`exodus evidence extract` exits 2 on it) gives no rows, so its
    labelled figures count as missed rather than stopping the whole score. `screen`: as `extract_observations`'s."""
    documents = [d for d in documents if _readable(root / d["path"])]
    return rows(
        extract_observations(
            [root / d["path"] for d in documents],
            [date.fromisoformat(d["published"]) for d in documents],
            [_optional_date(d["trigger"]) for d in documents],
            [d["origin"] or None for d in documents],
            screen=screen,
        )
    )


def _readable(path: Path) -> bool:
    try:
        read_document(path)
    except EvidenceInputError:
        return False
    return True


def score_labelled(folder: Path, root: Path) -> dict[str, Score]:
    """Score per labelled set; paths in documents.csv are relative to `root`."""
    documents, expected = read_labelled(folder)
    return {name: score(extract_set(docs, root), expected.get(name, [])) for name, docs in documents.items()}
