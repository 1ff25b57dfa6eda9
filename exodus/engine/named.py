"""Parameters given per named place (a crossing, a country, a camp), typo-proof.

Modules of any ruleset take such parameters as {name: number}, or from the command line as
"name=number; name=number", and turn them into arrays in their places' order; a name the
scenario does not have is an error naming the field.
"""

from __future__ import annotations

from typing import Annotated

import numpy as np
from pydantic import BeforeValidator

from exodus.errors import ParameterError


def by_name(module, field: str, values: dict[str, float], names: list[str], default: float, what: str) -> np.ndarray:
    """A parameter given per crossing or country as an array in ``names`` order; unknown names are errors."""
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise ParameterError(f"module '{module.name}'", f"unknown {what} {unknown[0]!r} (known: {', '.join(names)})",
                             field=field)
    return np.array([values.get(n, default) for n in names], dtype=float)


def by_name_in(module, field: str, chosen: list[str], names: list[str], what: str) -> np.ndarray:
    """A parameter that lists crossings or countries as a mask in ``names`` order; unknown names are errors."""
    return by_name(module, field, dict.fromkeys(chosen, 1.0), names, 0.0, what) > 0


def parse_named_values(value):
    """Accept {name: number} or, from the command line, "name=number; name=number"."""
    if isinstance(value, str):
        out = {}
        for item in filter(None, (x.strip() for x in value.split(";"))):
            name, sep, number = item.rpartition("=")
            if not sep:
                raise ValueError(f"expected name=number, got {item!r}")
            out[name.strip()] = float(number)
        return out
    return value


# A number per named place; on the command line: --set "module.key=Verkhny Lars=2".
NamedValues = Annotated[dict[str, float], BeforeValidator(parse_named_values)]
