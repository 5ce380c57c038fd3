"""A live `kg serve` on a free 127.0.0.1 port, as a user starts it, over a store with the
seed graph (a pytest plugin, loaded by tests/conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

TOKEN = "test-token-0123456789abcdef"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`kg serve` over *store* with *options*, or whatever *command* (port -> argv) starts."""

    def __init__(self, store: str, *options: str, env: dict | None = None, command=None):
        self.store = store
        self.port = _port()
        self.url = f"http://127.0.0.1:{self.port}"
        # The log goes to a file: a pipe nobody reads would stall the server once full.
        self.log = tempfile.NamedTemporaryFile(prefix="kg-serve-", suffix=".log", delete=False)
        argv = command(self.port) if command else [sys.executable, "-m", "kg", "--store", store, "serve", "--port", str(self.port), *options]
        self.process = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(Path(self.log.name).read_text(errors="replace"))
            try:
                httpx.get(self.url + "/sparql", params={"query": "ASK {}"}, timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("kg serve did not start")

    def stop(self) -> str:
        """Stop the server; returns what it logged."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        text = Path(self.log.name).read_text(errors="replace")
        Path(self.log.name).unlink(missing_ok=True)
        return text


@pytest.fixture(scope="session")
def server(seed_store):
    """A read-only `kg serve` over the seed store, one for the session: no test can change
    what it serves, and each start costs its lanes' imports (seconds of processor time)."""
    running = Server(seed_store, "--max-rows", "500")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory, make_seed_store):
    url = make_seed_store(tmp_path_factory.mktemp("writable") / "store")
    running = Server(url, "--allow-update", "--cors", "https://analyst.example", env={"KG_SERVE_TOKEN": TOKEN})
    yield running
    log = running.stop()
    assert TOKEN not in log  # the token is never logged
