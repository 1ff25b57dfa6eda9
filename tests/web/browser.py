"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, and a real dashboard
server process, for end-to-end tests and the docs' screenshots."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    """A browser with no network use of its own (no updates, no sync, no QUIC)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dashboard_server(scenarios: list[str], cwd: Path | None = None):
    """`exodus serve` as its own process on a free loopback port; yields its URL once it answers."""
    port = free_port()
    command = [sys.executable, "-c", "from exodus.cli import main; main()", "serve", "--host", "127.0.0.1",
               "--port", str(port)] + [arg for name in scenarios for arg in ("--scenario", name)]
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/api/scenarios", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read() if proc.poll() is not None else ""
                    raise AssertionError(f"server did not start: {output}") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
