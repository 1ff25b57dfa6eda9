"""Figures from many reports turned into one observation table, each figure counted once.

The same story reaches a reader many times: two scrapes of one page, a wire story run by
several outlets, a figure quoted again a day later. A near-duplicate document (most of its
word shingles shared with an earlier one) contributes only figures the earlier one lacks,
and one measurement reported twice becomes one row. Figures that disagree on the same
quantity, place and period are kept and flagged, not averaged: the disagreement is data.
"""

import csv
import io
import operator
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TextIO

from . import parallel
from .document import Document
from .calibration import SCENARIO_COLUMNS, ScenarioMeasures, aggregate, definition, reliability
from .figures import Figure

OBSERVATION_COLUMNS = [
    "id",
    "quantity",
    "value",
    "value_low",
    "value_high",
    "unit",
    "place",
    "direction",
    "period_start",
    "period_end",
    "as_reported_by",
    "publication",
    "publication_date",
    "source",
    "note",
]
# what a scenario needs to calibrate on a figure (see calibration.py); measure and labels only with a scenario
CALIBRATION_COLUMNS = ["measure", "labels", "aggregate", "use", "definition", "reliability"]
EXTRA_COLUMNS = ["span_start", "span_end", "flags", "quote"]
ALL_COLUMNS = OBSERVATION_COLUMNS + CALIBRATION_COLUMNS + EXTRA_COLUMNS  # a table without a scenario's columns
SHINGLE_WORDS = 5
SAME_STORY_CONTAINMENT = 0.5
DISAGREEING_LISTED = 10
MIN_ROWS_APART = 2000  # rows a table needs for its second half made in a child (a twentieth of a second) to pay for a fork
_WORDS = re.compile(r"\w+")


@dataclass
class Observation:
    figure: Figure
    publication: str
    published: date
    document: int
    also_in: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def slot(self) -> tuple:
        """What was measured: two observations in one slot should agree."""
        f = self.figure
        return (f.quantity, f.place, f.period.start, f.period.end)


def shingles(text: str) -> set[tuple[str, ...]]:
    """The overlapping five-word runs of the lower-cased words of `text`."""
    words = _WORDS.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(SHINGLE_WORDS))))


def same_story_groups(documents: list[Document]) -> list[int]:
    """For each document, the index of the first document telling the same story (itself if none).

    Containment (shared shingles over the smaller set) rather than Jaccard, so that a
    syndicated copy cut short or padded with other material still counts as the same story.
    """
    leader = list(range(len(documents)))
    if len(documents) < 2:
        return leader
    sets = [shingles(" ".join(d.paragraph_text(i) for i in range(len(d.paragraphs)))) for d in documents]
    for j in range(len(documents)):
        for i in range(j):
            if leader[i] != i or not sets[i] or not sets[j]:
                continue
            shared = len(sets[i] & sets[j]) / min(len(sets[i]), len(sets[j]))
            if shared >= SAME_STORY_CONTAINMENT:
                leader[j] = i
                break
    return leader


def merge(per_document: list[tuple[Document, list[Figure]]], published: list[date]) -> list[Observation]:
    """One observation per distinct figure, in order of first report, with disagreements flagged."""
    leader = same_story_groups([doc for doc, _ in per_document])
    observations: list[Observation] = []
    by_measurement: dict[tuple, Observation] = {}
    by_story: dict[int, dict[tuple, Observation]] = {}
    for index, (doc, figures) in enumerate(per_document):
        story = by_story.setdefault(leader[index], {})
        for figure in figures:
            values = (figure.value, figure.value_low, figure.value_high)
            in_story = (figure.quantity, values, figure.place)
            measurement = (*in_story, figure.period.start, figure.period.end)
            # A copy of a story may date a figure differently ("yesterday" a day later): same figure.
            earlier = story.get(in_story) if leader[index] != index else None
            earlier = earlier or by_measurement.get(measurement)
            if earlier is not None:
                if index != earlier.document:
                    earlier.also_in.append(doc.path)
                continue
            observation = Observation(figure, doc.title, published[index], index)
            if leader[index] != index:
                observation.flags.append(f"copy-of:{Path(per_document[leader[index]][0].path).name}")
            by_measurement[measurement] = observation
            story.setdefault(in_story, observation)
            observations.append(observation)
    _flag_disagreements(observations)
    return observations


def _flag_disagreements(observations: list[Observation]) -> None:
    """Flag each row with the other rows of its quantity, place and period: the first
    DISAGREEING_LISTED of them by id, then how many more (a page can hold hundreds)."""
    by_slot: dict[tuple, list[int]] = {}
    for index, observation in enumerate(observations):
        by_slot.setdefault(observation.slot, []).append(index)
    for members in by_slot.values():
        if len(members) < 2:
            continue
        ids = [_row_id(i) for i in members[: DISAGREEING_LISTED + 1]]
        for position, index in enumerate(members[: len(ids)]):
            others = [row for at, row in enumerate(ids) if at != position][:DISAGREEING_LISTED]
            observations[index].flags.append(_disagrees(others, len(members) - 1 - len(others)))
        if len(members) > len(ids):  # the rest list the same first ones (a slot of a dense page holds hundreds)
            flag = _disagrees(ids[:DISAGREEING_LISTED], len(members) - 1 - DISAGREEING_LISTED)
            for index in members[len(ids) :]:
                observations[index].flags.append(flag)


def _disagrees(others: list[str], more: int) -> str:
    return f"disagrees:{';'.join(others)}" + (f";+{more} more" if more else "")


def _row_id(index: int) -> str:
    return f"E{index + 1:03d}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    # (branch evr576r) under one, two places: a queue told in metres, "The line of persons stretched some 350 metres
    # along the bridge" (round 578, labelled 0.35), is 0.35 km, where one place wrote 0.4 (and a wait of ten minutes,
    # 0.17 hours, 0.2)
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:.1f}"


def rows(
    observations: list[Observation], measures: ScenarioMeasures | None = None, first: int = 0
) -> list[dict[str, str]]:
    """Observation-table rows: the schema of observations.csv, what a scenario needs to calibrate
    on them (`measures` fills measure and labels from a scenario's modules), span, flags and quote.
    `first` is the index of the first observation in the whole table (its id)."""
    out = []
    for index, observation in enumerate(observations, first):
        f = observation.figure
        note = f"period: {f.period.how}"
        if f.qualifier:
            note += f"; reported as '{f.qualifier}'"
        if observation.also_in:
            note += "; also reported in " + ", ".join(Path(p).name for p in observation.also_in)
        out.append(
            {
                "id": _row_id(index),
                "quantity": f.quantity,
                "value": _number(f.value),
                "value_low": _number(f.value_low),
                "value_high": _number(f.value_high),
                "unit": f.unit,
                "place": f.place,
                "direction": f.direction,
                "period_start": f.period.start.isoformat() if f.period.start else "",
                "period_end": f.period.end.isoformat() if f.period.end else "",
                "as_reported_by": f.reported_by,
                "publication": observation.publication,
                "publication_date": observation.published.isoformat(),
                "source": f.source,
                "note": note,
                "span_start": str(f.start),
                "span_end": str(f.end),
                "flags": " ".join(observation.flags),
                "quote": f.quote,
            }
        )
        _calibration(out[-1], f.per_day, measures)
    return out


def _calibration(row: dict[str, str], per_day: bool, measures: ScenarioMeasures | None) -> None:
    found = measures.measure(row["quantity"], row["place"], row["quote"]) if measures else None
    usable = found and measures.within_run(row["period_start"], row["period_end"])
    row.update(
        measure=found[0] if usable else "",
        labels=found[1] if usable else "",
        aggregate=aggregate(row["quantity"], row["period_start"] == row["period_end"], per_day),
        use="check" if usable else "context",
        definition=definition(row, per_day),
        reliability=reliability(row["as_reported_by"], row["quote"], row["flags"]),
    )


def write_csv(table: list[dict[str, str]], out: Path, columns: list[str] | None = None) -> None:
    """Write the table atomically: a reader sees the old file or the whole new one, never half."""
    fields = columns or ALL_COLUMNS

    def write(stream: TextIO) -> None:
        writer = csv.writer(stream)
        writer.writerow(fields)
        writer.writerows([row.get(name, "") for name in fields] for row in table)

    _write_atomically(Path(out), write)


def write_table(observations: list[Observation], out: Path, measures: ScenarioMeasures | None = None) -> tuple[int, int]:
    """`write_csv(rows(observations, measures), out)`; with a scenario's `measures`, only the rows
    with a start date (a scenario's figures need one), in the scenario's columns. Returns (rows
    written, of them those the scenario can compute). A long table's second half is made into CSV
    lines in a child meanwhile (`parallel.in_child`)."""
    fields = SCENARIO_COLUMNS if measures is not None else ALL_COLUMNS
    count = len(observations)
    half = count // 2 if count >= MIN_ROWS_APART else count
    second_half = partial(_csv_lines, observations, half, count, measures, fields)
    with parallel.in_child(second_half, worth_a_fork=half < count) as theirs:
        first = _csv_lines(observations, 0, half, measures, fields)
        second = theirs() or second_half()

    def write(stream: TextIO) -> None:
        csv.writer(stream).writerow(fields)
        stream.write(first[0])
        stream.write(second[0])

    _write_atomically(Path(out), write)
    return first[1] + second[1], first[2] + second[2]


def _csv_lines(
    observations: list[Observation], first: int, last: int, measures: ScenarioMeasures | None, fields: list[str]
) -> tuple[str, int, int]:
    """The CSV lines of observations first..last-1 (those with a start date, with `measures`), how
    many, and how many the scenario can compute."""
    table = rows(observations[first:last], measures, first)
    if measures is not None:
        table = [row for row in table if row["period_start"]]
    lines = io.StringIO(newline="")
    csv.writer(lines).writerows(map(operator.itemgetter(*fields), table))  # `rows` fills every column
    return lines.getvalue(), len(table), sum(row["use"] == "check" for row in table)


def _write_atomically(out: Path, write: Callable[[TextIO], None]) -> None:
    """Write through `write` to a temporary file beside `out`, then put it in `out`'s place: a
    reader sees the old file or the whole new one, never half."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or Path("."))
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as stream:
            write(stream)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
