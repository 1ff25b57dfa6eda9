"""exodus: simulate and forecast mass emigration and forced displacement across borders.

    import exodus
    scenario = exodus.io.flee.load_flee("../shared/flee-scenarios/car")
    sim = exodus.Sim(scenario, seed=1).run()
    sim.to_df()
"""

from exodus import io  # noqa: F401
from exodus.engine.module import Module, Pars
from exodus.engine.scenario import Scenario
from exodus.engine.sim import Sim
from exodus.errors import InputError, ParameterError

__version__ = "0.1.0"

__all__ = ["InputError", "Module", "ParameterError", "Pars", "Scenario", "Sim", "__version__"]
