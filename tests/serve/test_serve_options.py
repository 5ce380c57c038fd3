"""`kg serve`'s own refusals and limits, as a user meets them from the command line: a
refusal through ``main()`` in this process, one that could hang its runner (a FIFO) and
the limits in real processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import httpx
import pytest
from kg_runner import run_main
from serve_support import Server

import kg.serve


def _serve(store: str, *options: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "--store", store, "serve", *options],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


def test_a_taken_port_is_one_line_before_any_banner(seed_store, monkeypatch):
    # In this process: were the check gone, the server's loop fails the test, not hangs it.
    monkeypatch.setattr(kg.serve, "run_server", lambda app, **where: pytest.fail(f"kg serve started serving on {where}"))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = run_main("serve", "--port", str(port), store=seed_store)
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [f"kg: error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_a_fifo_token_file_is_refused_not_waited_on(seed_store, tmp_path):
    fifo = tmp_path / "token"
    os.mkfifo(fifo)
    done = _serve(seed_store, "--port", "0", "--allow-update", "--token-file", str(fifo), timeout=30)
    assert done.returncode != 0 and "token file" in done.stderr and "Traceback" not in done.stderr


def test_query_limits_and_service_hosts_are_options(seed_store):
    running = Server(seed_store, "--max-query-depth", "5", "--allow-service", "127.0.0.1")
    try:
        deep = httpx.get(running.url + "/sparql", params={"query": "ASK {{{{{{ ?s ?p ?o }}}}}}"})
        assert deep.status_code == 400 and "5" in deep.text
        shallow = httpx.get(running.url + "/sparql", params={"query": "ASK {{ ?s ?p ?o }}"})
        assert shallow.status_code == 200
        elsewhere = httpx.get(running.url + "/sparql", params={"query": "ASK { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }"})
        assert elsewhere.status_code == 400 and "192.0.2.1" in elsewhere.text
    finally:
        running.stop()
