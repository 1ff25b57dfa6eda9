"""How long the dashboard takes to show a changed run beside the baseline.

    .venv/bin/python benchmarks/dashboard_runs.py
    .venv/bin/python benchmarks/dashboard_runs.py --scenario ../shared/flee-scenarios/car \
        --lever flee.movement.max_move_speed=100

Starts `exodus serve` on a free loopback port, then per scenario times, from POST to
"done": the first request (baseline and changed run, kernels compiled or loaded from
cache), a second changed run (baseline kept), and two users asking at once.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = {"russia-2022": ("russia.policies.off", ["P12"]),
            str(ROOT.parent / "shared" / "flee-scenarios" / "mali"): ("flee.movement.max_move_speed", 100)}


def call(url: str, body: dict | None = None) -> dict:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def until_done(base: str, run_ids: list[str]) -> None:
    pending = set(run_ids)
    while pending:
        for run_id in list(pending):
            run = call(f"{base}/api/runs/{run_id}")
            if run["status"] == "failed":
                raise SystemExit(f"run failed: {run['error']}")
            if run["status"] == "done":
                pending.discard(run_id)
        time.sleep(0.05)


def timed(base: str, bodies: list[dict]) -> float:
    start = time.perf_counter()
    until_done(base, [call(f"{base}/api/runs", body)["id"] for body in bodies])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", help="scenario folder or name (default: russia-2022 and Flee's mali)")
    parser.add_argument("--lever", help="KEY=JSON value to change, with --scenario")
    args = parser.parse_args()
    cases = dict(DEFAULTS)
    if args.scenario:
        key, raw = args.lever.split("=", 1)
        cases = {args.scenario: (key, json.loads(raw))}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    refs = [x for ref in cases for x in ("--scenario", ref)]
    server = subprocess.Popen([sys.executable, "-c", "from exodus.cli import main; main()", "serve", "--port",
                               str(port), *refs], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                names = [s["name"] for s in call(f"{base}/api/scenarios")]
                break
            except OSError:
                time.sleep(0.2)
        print(f"{'scenario':<14} {'first s':>8} {'changed s':>10} {'2 users s':>10}  lever")
        for name, (key, value) in zip(names, cases.values()):
            changed = {"scenario": name, "overrides": {key: value}}
            first = timed(base, [changed])
            again = timed(base, [{"scenario": name, "overrides": {key: value}, "seed": 1}])
            other = value + 1 if isinstance(value, (int, float)) else []
            both = timed(base, [changed, {"scenario": name, "overrides": {key: other}}])
            print(f"{name:<14} {first:>8.2f} {again:>10.2f} {both:>10.2f}  {key}={json.dumps(value)}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
