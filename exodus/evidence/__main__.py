"""`python -m exodus.evidence extract ...`: the evidence commands without the exodus CLI."""

from .cli import app

app(prog_name="python -m exodus.evidence")
