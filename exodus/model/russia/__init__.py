"""The Russia-2022 ruleset: mobilisation, leaving, routes, crossings, flights, entry rules, after arrival
(docs/russia-2022.md). Modules share one World (world.py) and step in the scenario's order."""

from exodus.model.russia.crossings import Crossings
from exodus.model.russia.decision import Decision
from exodus.model.russia.destinations import Destinations
from exodus.model.russia.flights import Flights
from exodus.model.russia.mobilisation import Mobilisation
from exodus.model.russia.policies import Policies
from exodus.model.russia.routes import Routes
from exodus.model.russia.travel import Travel

MODULES = [Policies, Mobilisation, Travel, Decision, Flights, Routes, Crossings, Destinations]

__all__ = ["MODULES", "Crossings", "Decision", "Destinations", "Flights", "Mobilisation", "Policies", "Routes",
           "Travel"]
