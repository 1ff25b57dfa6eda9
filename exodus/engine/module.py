"""The Module base class: one model part, with declared parameters, states and results."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError

from exodus.errors import ParameterError

if TYPE_CHECKING:
    from exodus.engine.sim import Sim


class Pars(BaseModel):
    """Base for module parameters: unknown keys are errors, values are validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)


def validate_pars(model: type[Pars], values: dict, where: str) -> Pars:
    """Build a parameter model, turning Pydantic's report into one ParameterError line."""
    try:
        return model(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            known = ", ".join(sorted(model.model_fields))
            raise ParameterError(where, f"unknown parameter (known: {known})", field=field) from None
        raise ParameterError(where, f"{err['msg']} (got {err.get('input')!r})", field=field) from None


class Module:
    """A model part. Subclasses set ``kind``, a ``Pars`` model, and override init/step.

    ``init`` declares people properties and results; ``step`` advances one day;
    ``update_results`` records the day after every module has stepped.
    """

    kind: ClassVar[str] = "module"
    Pars: ClassVar[type[Pars]] = Pars

    def __init__(self, pars: dict | None = None, name: str | None = None):
        self.name = name or self.kind
        self.pars = validate_pars(self.Pars, dict(pars or {}), f"module '{self.name}'")
        self.results: dict[str, np.ndarray] = {}
        self.result_axes: dict[str, tuple[str, ...]] = {}
        self._sim = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    @property
    def sim(self) -> Sim | None:
        """The Sim this module belongs to, held weakly: a Sim owns its modules, and a strong
        link back would make every finished Sim wait for the cyclic garbage collector, which
        does not see its arrays' size (forty Russia runs in one process held 5 GB)."""
        return self._sim() if self._sim is not None else None

    @property
    def stream(self):
        """This module's own named random stream."""
        return self.sim.streams[self.name]

    def define_result(self, name: str, labels: list[str] | None = None, dtype=np.float64) -> np.ndarray:
        """Allocate a days x labels (or days) result array up front."""
        days = self.sim.days
        shape = (days, len(labels)) if labels is not None else (days,)
        arr = np.zeros(shape, dtype=dtype)
        self.results[name] = arr
        self.result_axes[name] = tuple(labels) if labels is not None else ()
        return arr

    def init(self, sim: Sim) -> None:
        self._sim = weakref.ref(sim)

    def step(self, sim: Sim) -> None:
        pass

    def update_results(self, sim: Sim) -> None:
        pass

    def finalize(self, sim: Sim) -> None:
        pass
