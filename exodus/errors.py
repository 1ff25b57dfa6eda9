"""Errors a user can act on: each names the file, the row, the field and what was expected."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: reported as one line, exit code 2, never a traceback."""

    def __init__(self, file: str | None, message: str, line: int | None = None, field: str | None = None):
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [p for p in (self.file, f"line {self.line}" if self.line is not None else None,
                             f"field '{self.field}'" if self.field else None) if p]
        return f"{': '.join([', '.join(where), self.message]) if where else self.message}"


class ParameterError(InputError):
    """A parameter that does not exist, or a value outside what it accepts."""
