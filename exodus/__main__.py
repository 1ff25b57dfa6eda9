"""`python -m exodus` runs the command line."""

from exodus.cli import main

main()
