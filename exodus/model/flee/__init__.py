"""Flee's model as a ruleset: conflicts, spawning, closures and movement (docs/model-flee.md)."""

from exodus.model.flee.closures import FleeClosures
from exodus.model.flee.conflicts import FleeConflicts
from exodus.model.flee.movement import FleeMovement
from exodus.model.flee.spawning import FleeSpawning

__all__ = ["FleeClosures", "FleeConflicts", "FleeMovement", "FleeSpawning"]
