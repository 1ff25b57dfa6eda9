"""Reading small CSV tables with errors that name file, line and field."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from exodus.errors import InputError


def read_rows(path: Path, root: Path | None = None) -> list[tuple[int, list[str]]]:
    """All non-blank rows of a CSV file with their 1-based line numbers, cells stripped."""
    name = _display(path, root)
    if not path.is_file():
        raise InputError(name, "file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    rows = []
    for lineno, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if any(cells):
            rows.append((lineno, cells))
    return rows


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(path.relative_to(root.parent))
        except ValueError:
            pass
    return str(path)


def parse_float(value: str, file: str, line: int, field: str, *, minimum: float | None = None,
                blank: float | None = None) -> float:
    if value == "" and blank is not None:
        return blank
    try:
        x = float(value)
    except ValueError:
        raise InputError(file, f"expected a number, got {value!r}", line=line, field=field) from None
    if x != x:
        raise InputError(file, f"expected a number, got {value!r}", line=line, field=field)
    if minimum is not None and x < minimum:
        raise InputError(file, f"expected a number >= {minimum:g}, got {value!r}", line=line, field=field)
    return x


def parse_int(value: str, file: str, line: int, field: str, *, minimum: int | None = None,
              blank: int | None = None) -> int:
    x = parse_float(value, file, line, field, minimum=minimum, blank=blank)
    if x != int(x):
        raise InputError(file, f"expected a whole number, got {value!r}", line=line, field=field)
    return int(x)


def parse_date(value: str, file: str, line: int, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(file, f"expected a date YYYY-MM-DD, got {value!r}", line=line, field=field) from None
