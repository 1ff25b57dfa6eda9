"""Calibrated parameters: which module parameters a study varies, and over what range.

Each row names a module parameter as ``module.key`` and a range. Rows are checked
against the scenario before any simulation: the module must be in the scenario, the key
must be one of its parameters, low must not exceed high, and both ends must be values
the parameter accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exodus.engine.module import validate_pars
from exodus.engine.scenario import Scenario
from exodus.errors import InputError, ParameterError
from exodus.io.csvtable import parse_float, read_rows

SCALES = ("linear", "log")


@dataclass(frozen=True)
class Calibrated:
    """One calibrated parameter ('module.key'), or one entry of a parameter that is a table of
    named values (``entry``, e.g. a country); ``file``/``line`` say where it was declared."""

    parameter: str
    low: float
    high: float
    scale: str = "linear"
    file: str = ""
    line: int | None = None
    entry: str | None = None

    @property
    def key(self) -> str:
        """The name a study gives this value: 'module.key' or 'module.key[entry]'."""
        return f"{self.parameter}[{self.entry}]" if self.entry is not None else self.parameter

    @property
    def module(self) -> str:
        return self.parameter.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return self.parameter.rsplit(".", 1)[1]

    def error(self, message: str, field: str | None = None) -> InputError:
        return InputError(self.file or "calibrated parameters", message, line=self.line, field=field or self.key)

    def clip(self, value: float) -> float:
        return min(max(float(value), self.low), self.high)


def check_space(scenario: Scenario, space: list[Calibrated]) -> None:
    """Every row must name a parameter of a module in the scenario, with an accepted range."""
    from exodus.model.registry import module_classes

    classes = module_classes()
    kinds = {kind: pars for kind, pars in scenario.modules}
    seen: set[str] = set()
    for row in space:
        if "." not in row.parameter:
            raise row.error("expected 'module.parameter'", field="parameter")
        if row.key in seen:
            raise row.error("parameter listed twice", field="parameter")
        seen.add(row.key)
        if row.module not in kinds:
            raise row.error(f"no module {row.module!r} in scenario {scenario.name} "
                            f"(modules: {', '.join(kinds)})", field="parameter")
        model = classes[row.module].Pars
        if row.name not in model.model_fields:
            raise row.error(f"unknown parameter of {row.module} (known: {', '.join(sorted(model.model_fields))})",
                            field="parameter")
        if not row.low <= row.high:
            raise row.error(f"impossible range: low {row.low:g} is above high {row.high:g}", field="low")
        if row.scale not in SCALES:
            raise row.error(f"expected scale one of {', '.join(SCALES)}, got {row.scale!r}", field="scale")
        if row.scale == "log" and row.low <= 0:
            raise row.error(f"a log-scale range needs low > 0, got {row.low:g}", field="low")
        given = kinds[row.module]
        if row.entry is not None and not isinstance(given.get(row.name, {}), dict):
            raise row.error("not a table of named values, so it has no entries", field="parameter")
        for end, value in (("low", row.low), ("high", row.high)):
            if row.entry is not None:
                value = {**given.get(row.name, {}), row.entry: value}
            try:
                validate_pars(model, {**given, row.name: value}, row.module)
            except ParameterError as exc:
                raise row.error(f"{end} end not accepted by {row.key}: {exc.message}", field=end) from None


def sim_pars(scenario: Scenario, values: dict[str, float]) -> dict[str, dict]:
    """Study values by key -> Sim overrides {module: {key: value}}; an entry is merged into a copy
    of its table's scenario values."""
    given = dict(scenario.modules)
    out: dict[str, dict] = {}
    for key, value in values.items():
        entry = None
        if key.endswith("]") and "[" in key:
            key, entry = key[:-1].split("[", 1)
        module, name = key.rsplit(".", 1)
        pars = out.setdefault(module, {})
        if entry is None:
            pars[name] = value
        else:
            pars.setdefault(name, dict(given.get(module, {}).get(name) or {}))[entry] = value
    return out


def read_space(path: str | Path) -> list[Calibrated]:
    """A CSV file with columns parameter ('module.key' or 'module.key[entry]'), low, high[, scale]."""
    path = Path(path)
    name = str(path)
    rows = read_rows(path)
    if not rows:
        raise InputError(name, "empty file: expected a header 'parameter,low,high,scale' and rows")
    header_line, header = rows[0]
    expected = ["parameter", "low", "high"]
    if header[:3] != expected:
        raise InputError(name, f"expected header {','.join(expected)}[,scale], got {','.join(header)}",
                         line=header_line)
    space = []
    for line, cells in rows[1:]:
        cells = cells + [""] * (4 - len(cells))
        low = parse_float(cells[1], name, line, "low")
        high = parse_float(cells[2], name, line, "high")
        parameter, entry = cells[0], None
        if parameter.endswith("]") and "[" in parameter:
            parameter, entry = parameter[:-1].split("[", 1)
        space.append(Calibrated(parameter, low, high, cells[3] or "linear", file=name, line=line, entry=entry))
    if not space:
        raise InputError(name, "no parameter rows")
    return space
