"""The lead's tools for a reading cycle, kept with the briefs so that a new session (whose /tmp is empty) does not
write them anew. Run from the repository's root with the system python3; nothing here is imported by exodus or its
tests.

    python3 tests/evidence/briefs/cycle.py writers THEMES.json          # worktrees evrNNN and /tmp/evr-prompts/writerNNN.md
    python3 tests/evidence/briefs/cycle.py readers BASE 632-635 631 HELDROUNDS HELDREGEX ANCHOR TIMEBOX.txt "FCSTRING"
    python3 tests/evidence/briefs/cycle.py held-regex 636              # a regex matching the rounds from 636 to 699 only
    python3 tests/evidence/briefs/cycle.py lost HELDREGEX MERGED LISTING...   # rows found somewhere, missed after a merge
    python3 tests/evidence/briefs/cycle.py resolve FILE...             # appended-only conflicts: ours, then theirs
    python3 tests/evidence/briefs/cycle.py held-out 656-659            # the rounds' names added to HELD_OUT
    python3 tests/evidence/briefs/cycle.py first-contact LISTING 656-659 SHA "evr632p, evr632q and evr632r"
    python3 tests/evidence/briefs/cycle.py mark-read 632-635 evr632    # the rounds' rows in evidence-rounds.md read

THEMES.json maps a round to its five theme seeds ({"656": ["...", ...]}); LISTING is the output of
`benchmarks/evidence.py --no-speed --misses`.
"""

import argparse
import json
import os
import re
import subprocess
from pathlib import Path

ROOT = Path.cwd()
BRIEFS = ROOT / "tests" / "evidence" / "briefs"
PROMPTS = Path("/tmp/evr-prompts")
WORKTREES = Path("/work/wt")

_ONES = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENTHS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_HUNDREDS = {5: "fivehundred", 6: "sixhundred", 7: "sevenhundred"}


def set_name(number: int) -> str:
    """A round's set name as the writers spell it: 656 -> sixhundredfiftysixth."""
    hundreds, rest = divmod(number, 100)
    stem = _HUNDREDS[hundreds]
    if rest == 0:
        return stem + "th"
    if rest < 10:
        return stem + _ONES[rest - 1]
    if rest < 20:
        return stem + _TEENS[rest - 10]
    tens, ones = divmod(rest, 10)
    return stem + (_TENTHS[tens - 2] if ones == 0 else _TENS[tens - 2] + _ONES[ones - 1])


def _span(text: str) -> range:
    first, last = map(int, text.split("-"))
    return range(first, last + 1)


def _brief(name: str) -> str:
    return re.sub(r"^<!--.*?-->\s*", "", (BRIEFS / name).read_text(), flags=re.S)


def _worktree(branch: str, base: str, venv: bool = False) -> None:
    subprocess.run(["git", "worktree", "add", "-q", "-b", branch, str(WORKTREES / branch), base], check=True)
    if venv:
        os.symlink(ROOT / ".venv", WORKTREES / branch / ".venv")


def writers(args) -> None:
    PROMPTS.mkdir(exist_ok=True)
    for number, themes in json.loads(Path(args.themes).read_text()).items():
        branch = f"evr{number}"
        _worktree(branch, "main")
        text = _brief("writer.md").replace("ROUNDNUM", number).replace("SETNAME", set_name(int(number)))
        text = text.replace("WTNAME", branch).replace("THEMES", "\n".join(f"{k}. {t}" for k, t in enumerate(themes, 1)))
        (PROMPTS / f"writer{number}.md").write_text(text)
        print(branch)


_CLASSES = {
    "p": ("PLACES", "places", "place", "periods and quantities (`STEMq`) and figures not read and distractors (`STEMr`)",
          "Rows right but for their place (the crossing, town, country or route chosen), and places the gazetteer "
          "lacks: the pairs `--show place` lists."),
    "q": ("PERIODS and QUANTITIES", "periods and quantities", "period",
          "places (`STEMp`) and figures not read and distractors (`STEMr`)",
          "Rows right but for their period, their quantity or their bounds: the pairs `--show period`, "
          "`--show quantity` and `--show bounds` list."),
    "r": ("FIGURES NOT READ and DISTRACTORS", "figures not read and distractors", '"not read"',
          "places (`STEMp`) and periods and quantities (`STEMq`)",
          'Labelled figures with no partner row (`--show "not read"`) and spurious rows with no labelled value '
          "beside them (`--show distractors`: numbers that are no figure, read as one)."),
}


def readers(args) -> None:
    rounds = _span(args.range)
    stem, last = f"evr{rounds[0]}", str(rounds[-1])
    PROMPTS.mkdir(exist_ok=True)
    for letter, (name, short, show, others, description) in _CLASSES.items():
        branch = stem + letter
        _worktree(branch, args.base, venv=True)
        text = _brief("reader.md")
        for key, value in (
            ("CLASSDESC", description), ("CLASSNAME", name), ("CLASSSHORT", short), ("SHOWARG", show),
            ("OTHERS", others.replace("STEM", stem)), ("STEMNUMX", f"{rounds[0]}{letter}"), ("STEMX", branch),
            ("RANGE", args.range), ("FOURSETS", ", ".join(f"`{set_name(n)}`" for n in rounds)),
            ("FCSTRING", args.first_contact), ("BASESHA", args.base), ("HELDROUNDS", args.held_rounds),
            ("HELDREGEX", args.held_regex), ("PREVLAST", args.previous_last), ("LAST", last),
            ("ANCHOR", args.anchor), ("TIMEBOX", Path(args.timebox).read_text().strip()),
        ):  # fmt: skip
            text = text.replace(key, value)
        names = "|".join(set_name(n) for n in rounds)
        text += (
            "\n## Held-out rows already in the tables\n\n`tests/evidence/expected-600.csv` holds the label rows of "
            "the held-out rounds too, `tests/evidence/documents.csv` names their files, and the listing scores them: "
            "read all three only through the filter above (on every command's output; the listing's summary line "
            "`held-out` sums the unread rounds too: ignore it). Do not open `expected-600.csv` whole; select your "
            f"rounds' rows with `grep -E '^({names}),'`. Keep every command's working directory in your "
            "worktree: no `cd` inside a backgrounded command.\n"
        )
        (PROMPTS / f"reader{rounds[0]}{letter}.md").write_text(text)
        print(branch)


def held_regex(args) -> None:
    """The shortest prefixes of the names from FIRST on that no name before it (from 500) shares."""
    first = int(args.first)
    held, kept = [set_name(n) for n in range(first, 800)], [set_name(n) for n in range(500, first)]
    prefixes = set()
    for name in held:
        for end in range(len("sixhundred") + 1, len(name) + 1):
            if not any(other.startswith(name[:end]) for other in kept):
                prefixes.add(name[:end])
                break
    prefixes = {p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)}
    pattern = "(" + "|".join(sorted(prefixes)) + ")"
    rx = re.compile(pattern)
    assert all(rx.search(n) for n in held) and not any(rx.search(n) for n in kept)
    print(pattern)


def _missed(path: str, held: re.Pattern) -> set[str]:
    return {line.rstrip("\n") for line in open(path) if line.startswith("  missed") and not held.search(line)}


def lost(args) -> None:
    held = re.compile(args.held_regex)
    merged = _missed(args.merged, held)
    rows = set().union(*(merged - _missed(path, held) for path in args.listings))
    print(len(rows), "lost")
    print("\n".join(sorted(rows)))


def resolve(args) -> None:
    for path in args.files:
        text = Path(path).read_text()
        text, count = re.subn(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", r"\1\2", text, flags=re.S)
        Path(path).write_text(text)
        print(path, count, "blocks")


def _edit_evidence_py(opening: str, closing: str, lines: list[str]) -> None:
    path = ROOT / "benchmarks" / "evidence.py"
    text = path.read_text()
    end = text.index(closing, text.index(opening))
    path.write_text(text[:end] + "\n" + "\n".join(lines) + text[end:])


def held_out(args) -> None:
    names = " ".join(f'"{set_name(n)}",' for n in _span(args.range))
    _edit_evidence_py("HELD_OUT = (", "\n)  # fmt: skip", ["    " + names])


def first_contact(args) -> None:
    scores = {}
    for line in open(args.listing):
        if match := re.match(r"^(\S+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)", line):
            scores[match[1]] = (float(match[2]), float(match[3]), *map(int, match.groups()[3:]))
    lines, total = [], [0, 0, 0]
    for number in _span(args.range):
        precision, recall, found, spurious, missed = scores[set_name(number)]
        total = [total[0] + found, total[1] + spurious, total[2] + missed]
        lines.append(
            f'    "{set_name(number)}": ({precision:.2f}, {recall:.2f}, "{args.sha}"),  # written blind on evr{number}, '
            f"scored once with the other rounds of {args.range}, after {args.after} ({found} / {spurious} / {missed})"
        )
        print(number, f"{precision:.2f} / {recall:.2f} ({found} / {spurious} / {missed})")
    found, spurious, missed = total
    print(f"{args.range}: {found / (found + spurious):.3f} / {found / (found + missed):.3f} ({found} / {spurious} / {missed})")
    _edit_evidence_py("FIRST_CONTACT = {", "\n}\n", lines)


def mark_read(args) -> None:
    path = ROOT / "docs" / "evidence-rounds.md"
    stem = args.stem
    pattern = re.compile(
        r"\| not read yet: a later session's readers take " + re.escape(args.range) + r" after \d+-\d+ \| all its misses still open \|"
    )
    read = (
        f"| read for classes seen in two or more rounds by branches {stem}p, {stem}q and {stem}r (see their "
        f'subsections) | still missed after them: see "Branch {stem}p", "Branch {stem}q" and "Branch {stem}r" |'
    )
    text, count = pattern.subn(read, path.read_text())
    assert count == len(_span(args.range)), count
    path.write_text(text)
    print(count, "rows marked")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(required=True)
    for name, function, arguments in (
        ("writers", writers, ["themes"]),
        ("readers", readers, ["base", "range", "previous_last", "held_rounds", "held_regex", "anchor", "timebox",
                              "first_contact"]),
        ("held-regex", held_regex, ["first"]),
        ("lost", lost, ["held_regex", "merged", "listings+"]),
        ("resolve", resolve, ["files+"]),
        ("held-out", held_out, ["range"]),
        ("first-contact", first_contact, ["listing", "range", "sha", "after"]),
        ("mark-read", mark_read, ["range", "stem"]),
    ):  # fmt: skip
        command = commands.add_parser(name)
        for argument in arguments:
            command.add_argument(argument.rstrip("+"), nargs="+" if argument.endswith("+") else None)
        command.set_defaults(run=function)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
