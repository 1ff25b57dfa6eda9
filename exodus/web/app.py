"""The what-if dashboard's HTTP API and page (`exodus serve`); OpenAPI at /openapi.json."""

from __future__ import annotations

import datetime as dt
from contextlib import asynccontextmanager
from dataclasses import asdict
from importlib import resources

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from exodus.web.runs import Catalogue, Worker, levers_of

LeverValue = bool | int | float | dt.date | list[str] | dict[str, float | dt.date]


class ScenarioInfo(BaseModel):
    name: str
    start: dt.date
    days: int
    places: int


class LeverInfo(BaseModel):
    key: str = Field(description="the parameter, as `module.name` (what `exodus run --set` takes)")
    module: str
    name: str
    type: str = Field(description="number, integer, boolean, date; switches (a list of the ids switched off), "
                                  "factors or dates (a mapping of ids to numbers or dates)")
    default: LeverValue = Field(description="the scenario's own value")
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: list[dict] | None = Field(None, description="ids (key, label) a switches/factors/dates lever takes")


class RunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scenario: str = Field(description="a name from GET /api/scenarios")
    overrides: dict[str, LeverValue] = Field(default_factory=dict,
                                             description="lever key -> value; keys from the scenario's levers")
    seed: int = Field(1, ge=0, le=2**31 - 1, description="root of the run's random streams")


class RunInfo(BaseModel):
    id: str
    scenario: str
    overrides: dict[str, LeverValue]
    seed: int
    status: str = Field(description="queued, running, done or failed")
    progress: float = Field(description="0 to 1")
    error: str | None = Field(None, description="why the run failed")
    figure: dict | None = Field(None, description="Plotly figure: baseline beside this run")
    totals: dict = Field(default_factory=dict, description="people at destinations on the last day")
    summary: dict = Field(default_factory=dict)


def create_app(catalogue: Catalogue) -> FastAPI:
    """The dashboard for a fixed catalogue of scenarios."""
    worker = Worker(catalogue)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        worker.shutdown()

    # No /docs or /redoc: those pages load their scripts from a CDN; /openapi.json stays.
    app = FastAPI(title="exodus what-if dashboard", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Change a scenario's policy levers, run it, and compare with its baseline.")
    app.state.worker = worker
    static = resources.files("exodus.web").joinpath("static")
    plotly_js = resources.files("exodus.report").joinpath("assets/plotly-basic.min.js")

    def scenario_or_404(name: str):
        if name not in catalogue.names:
            raise HTTPException(404, f"no scenario {name!r}; known: {', '.join(catalogue.names)}")
        return catalogue.scenario(name)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return static.joinpath("index.html").read_text()

    @app.get("/static/app.js", include_in_schema=False)
    def script() -> FileResponse:
        return FileResponse(str(static.joinpath("app.js")), media_type="text/javascript")

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_script() -> FileResponse:
        return FileResponse(str(plotly_js), media_type="text/javascript")

    @app.get("/api/scenarios", response_model=list[ScenarioInfo])
    def scenarios() -> list[ScenarioInfo]:
        """The scenarios this server offers."""
        out = []
        for name in catalogue.names:
            sc = catalogue.scenario(name)
            out.append(ScenarioInfo(name=name, start=sc.start, days=sc.days, places=len(sc.places)))
        return out

    @app.get("/api/scenarios/{name}/levers", response_model=list[LeverInfo])
    def levers(name: str) -> list[LeverInfo]:
        """The parameters a run of this scenario may change, at the scenario's values."""
        return [LeverInfo(**asdict(lever)) for lever in levers_of(scenario_or_404(name))]

    @app.post("/api/runs", response_model=RunInfo, status_code=202)
    def start_run(request: RunRequest) -> RunInfo:
        """Queue a run with the given lever values; poll GET /api/runs/{id} for progress and result."""
        levers = {lever.key: lever for lever in levers_of(scenario_or_404(request.scenario))}
        unknown = sorted(set(request.overrides) - set(levers))
        if unknown:
            raise HTTPException(422, f"not a lever of {request.scenario}: {', '.join(unknown)}")
        for key, value in request.overrides.items():
            lever = levers[key]
            ids = None if lever.choices is None else {c["key"] for c in lever.choices}
            given = value if isinstance(value, (list, dict)) else None
            if (ids is None) != (given is None) or (ids is not None and not set(given) <= ids):
                raise HTTPException(422, f"{key}: expected a {lever.type} value"
                                         + (f" over {', '.join(sorted(ids))}" if ids else ""))
        state = worker.submit(request.scenario, request.overrides, request.seed)
        return RunInfo(**asdict(state))

    @app.get("/api/runs/{run_id}", response_model=RunInfo)
    def run_status(run_id: str) -> RunInfo:
        """A run's status, progress, error, and when done the figure beside the baseline."""
        state = worker.get(run_id)
        if state is None:
            raise HTTPException(404, f"no run {run_id!r}")
        return RunInfo(**asdict(state))

    return app
