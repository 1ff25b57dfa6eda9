"""`exodus serve`: the what-if dashboard on a local port."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
        scenario: Annotated[list[str], typer.Option(
            help="a scenario to offer (folder or name; repeat for more); default: every one in scenarios/")] = None,
    ):
        """Serve the dashboard: pick a scenario, change its levers, run, compare with the baseline."""
        import uvicorn

        from exodus.cli import out_console
        from exodus.errors import InputError
        from exodus.web.app import create_app
        from exodus.web.runs import Catalogue

        catalogue = Catalogue.from_refs(scenario or [])
        if not catalogue.names:
            raise InputError("scenarios/", "no scenario to offer: add --scenario FOLDER")
        for name in catalogue.names:
            catalogue.scenario(name)  # bad scenario files are reported now, not on first request
        out_console.print(f"exodus dashboard on http://{host}:{port}/ ({', '.join(catalogue.names)})")
        uvicorn.run(create_app(catalogue), host=host, port=port, log_level="warning")
