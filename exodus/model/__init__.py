"""Model parts (modules). ``registry`` maps a scenario's module kinds to classes."""
