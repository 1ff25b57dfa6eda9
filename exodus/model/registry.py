"""Module kinds a scenario can name, and building them with validated parameters."""

from __future__ import annotations

from exodus.engine.module import Module
from exodus.engine.scenario import Scenario
from exodus.errors import ParameterError


def module_classes() -> dict[str, type[Module]]:
    from exodus.model import flee, russia

    classes = [flee.FleeConflicts, flee.FleeSpawning, flee.FleeClosures, flee.FleeMovement, *russia.MODULES]
    return {cls.kind: cls for cls in classes}


def build_modules(scenario: Scenario, overrides: dict[str, dict]) -> list[Module]:
    """Instantiate the scenario's modules; overrides are keyed by module name."""
    classes = module_classes()
    modules = []
    names = set()
    for kind, pars in scenario.modules:
        if kind not in classes:
            raise ParameterError(scenario.source or scenario.name,
                                 f"unknown module kind (known: {', '.join(sorted(classes))})", field=kind)
        merged = dict(pars)
        merged.update(overrides.get(kind, {}))
        modules.append(classes[kind](merged))
        names.add(kind)
    unknown = sorted(set(overrides) - names)
    if unknown:
        raise ParameterError(None, f"no module named {unknown[0]!r} in this scenario "
                                   f"(modules: {', '.join(sorted(names))})", field=unknown[0])
    return modules
