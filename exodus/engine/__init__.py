"""The engine: Sim and its step loop, modules, people arrays, random streams."""
