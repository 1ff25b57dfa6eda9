"""exodus: simulate and forecast mass emigration and forced displacement across borders.

    import exodus
    scenario = exodus.io.flee.load_flee("../shared/flee-scenarios/car")
    sim = exodus.Sim(scenario, seed=1).run()
    sim.to_df()
"""

import importlib

from exodus.errors import InputError, ParameterError

__version__ = "0.1.0"

__all__ = ["InputError", "Module", "ParameterError", "Pars", "Scenario", "Sim", "__version__"]

# Loaded on first use (PEP 562): the engine brings NumPy, pandas and Numba (about a second),
# which commands such as `exodus evidence` never need.
_LAZY = {
    "Module": "exodus.engine.module",
    "Pars": "exodus.engine.module",
    "Scenario": "exodus.engine.scenario",
    "Sim": "exodus.engine.sim",
    "io": "exodus.io",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'exodus' has no attribute {name!r}")
    module = importlib.import_module(_LAZY[name])
    value = module if name == "io" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
