"""What a batch of rounds misses, by class: each missed figure paired with the spurious row of the same text and
value, and the sums of rounds by range, from the listing `benchmarks/evidence.py --misses` prints.

    .venv/bin/python benchmarks/evidence.py --no-speed --misses > /tmp/misses.txt
    .venv/bin/python benchmarks/evidence_pairs.py /tmp/misses.txt --rounds 248-251            # classes of 248-251's misses
    .venv/bin/python benchmarks/evidence_pairs.py /tmp/misses.txt --rounds 248-251 --show place   # the pairs, listed
    .venv/bin/python benchmarks/evidence_pairs.py /tmp/misses.txt --rounds 248-251 --show distractors   # with quotes
    .venv/bin/python benchmarks/evidence_pairs.py /tmp/misses.txt --sums 102-247 248-251       # held-out sums by range

A miss and a spurious row of one text with one value are taken as the extractor's reading of the labelled figure
gone wrong in what differs, as the scorer compares them (`scoring.differing_fields`: a crossing's two sides and a
country's names are one place): its place, period, quantity or bounds. Of several such rows, the one that differs in
the fewest fields, one of the same quantity first, is the partner. A miss with no partner is a figure not read; a spurious row left over, with no
labelled value beside it, is a distractor read as a figure. This is the pairing the readers of each batch use to
choose their classes (docs/evidence-reads.md, "Branch `evr...`").
"""

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evidence import HELD_OUT  # noqa: E402
from evidence_place_ranker import round_number  # noqa: E402

from exodus.evidence.scoring import Score, differing_fields  # noqa: E402

_ROW = re.compile(r"^  (missed|spurious)\s+(\S+) (.*)$")
_SET_LINE = re.compile(r"^(\S+)\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)\b")
_PERIOD_AT_END = re.compile(r"(\S*) (\S*)$")


@dataclass(frozen=True)
class Row:
    """One missed or spurious figure of the listing (the quote cut at 80 characters, as the listing has it)."""

    kind: str
    source: str
    quantity: str
    value: str
    low: str
    high: str
    place: str
    start: str
    end: str
    quote: str

    @property
    def set_name(self) -> str:
        return self.source.split("_")[0]

    def fields(self) -> dict[str, str]:
        """The row as the scorer names its fields."""
        return {
            "quantity": self.quantity, "value": self.value, "value_low": self.low, "value_high": self.high,
            "place": self.place, "period_start": self.start, "period_end": self.end,
        }  # fmt: skip


# the scorer's fields as the classes of a miss are named
_CLASS_OF_FIELD = {
    "quantity": "quantity", "value": "value", "value_low": "bounds", "value_high": "bounds",
    "place": "place", "period_start": "period", "period_end": "period",
}  # fmt: skip
_CLASSES = ("quantity", "place", "period", "bounds", "value")


def _differences(miss: Row, partner: Row) -> list[str]:
    differing = {_CLASS_OF_FIELD[name] for name in differing_fields(partner.fields(), miss.fields())}
    return [name for name in _CLASSES if name in differing]


def read_listing(lines) -> tuple[list[Row], dict[str, tuple[int, int, int]]]:
    """The listing's missed and spurious rows, and each set's (found, spurious, missed)."""
    rows, sets = [], {}
    for line in lines:
        line = line.rstrip("\n")
        if match := _ROW.match(line):
            kind, source, rest = match.groups()
            head, _, quote = rest.partition(" | ")
            words = head.split(" ")
            period = _PERIOD_AT_END.search(" ".join(words[4:]))
            place = " ".join(words[4:])[: period.start()].strip()
            rows.append(Row(kind, source, *words[:4], place, period[1], period[2], quote))
        elif match := _SET_LINE.match(line):
            sets[match[1]] = (int(match[2]), int(match[3]), int(match[4]))
    return rows, sets


def pair(rows: list[Row]) -> tuple[list[tuple[Row, Row | None, str]], list[Row]]:
    """Each miss with its partner (or None) and what differs between them ("place+period", "not read"), and the
    spurious rows no miss took (distractors)."""
    spurious = defaultdict(list)
    for row in rows:
        if row.kind == "spurious":
            spurious[(row.source, row.value)].append(row)
    pairs = []
    for miss in (row for row in rows if row.kind == "missed"):
        left = spurious[(miss.source, miss.value)]
        if not left:
            pairs.append((miss, None, "not read"))
            continue
        partner = min(left, key=lambda row: (row.quantity != miss.quantity, len(_differences(miss, row))))
        left.remove(partner)
        pairs.append((miss, partner, "+".join(_differences(miss, partner)) or "same"))
    return pairs, [row for left in spurious.values() for row in left]


def _span(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    return int(first), int(last or first)


def _in_rounds(set_name: str, span: tuple[int, int]) -> bool:
    number = round_number(set_name)
    return number is not None and span[0] <= number <= span[1]


def _score(found: int, spurious: int, missed: int) -> str:
    total = Score(found, spurious, missed, [], [])
    return f"{total.precision:.3f} / {total.recall:.3f} ({found} / {spurious} / {missed})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("listing", type=Path, help="the output of benchmarks/evidence.py --no-speed --misses")
    parser.add_argument("--rounds", help="the rounds whose misses are classed, e.g. 248-251")
    parser.add_argument("--show", help="list the pairs whose difference names this (place, period, not read, ...), "
                        "or the distractors")
    parser.add_argument("--sums", nargs="*", default=[], help="held-out round ranges to sum, e.g. 26-101 102-247")
    args = parser.parse_args()
    rows, sets = read_listing(args.listing.read_text(encoding="utf-8").splitlines())
    for spec in args.sums:
        span = _span(spec)
        chosen = [name for name in sets if name in HELD_OUT and _in_rounds(name, span)]
        totals = [sum(sets[name][k] for name in chosen) for k in range(3)]
        print(f"rounds {spec} ({len(chosen)} held out): {_score(*totals)}")
    if args.rounds is None:
        return
    span = _span(args.rounds)
    pairs, distractors = pair([row for row in rows if _in_rounds(row.set_name, span)])
    classes = Counter(difference for _, _, difference in pairs)
    place_at_all = sum(count for difference, count in classes.items() if "place" in difference.split("+"))
    print(f"rounds {args.rounds}: {len(pairs)} misses; {place_at_all} differ in place ({classes['place']} in place alone)")
    for difference, count in classes.most_common():
        print(f"  {count:4}  {difference}")
    print(f"  {len(distractors):4}  spurious with no labelled value beside them (distractors)")
    if args.show == "distractors":
        for row in distractors:
            print(f"distractor       {row.source[:60]} {row.quantity} {row.value} [{row.place}] {row.start}..{row.end}")
            print(f"{'':<16} | {row.quote}")
    elif args.show:
        for miss, partner, difference in pairs:
            if args.show in difference.split("+") or args.show == difference:
                got = f"{partner.quantity} [{partner.place}] {partner.start}..{partner.end}" if partner else "-"
                print(f"{difference:<16} {miss.source[:60]} {miss.quantity} {miss.value}: label [{miss.place}] "
                      f"{miss.start}..{miss.end}; read {got}")
                if partner:
                    print(f"{'':<16} | {partner.quote}")


if __name__ == "__main__":
    main()
