"""Generated hostile options for `kg serve` (a fixed seed): a good combination starts a
server, which must answer and then stop cleanly on Ctrl-C; a bad one must exit non-zero
with one `kg: error:` line. Never a traceback, never a process that neither serves nor
exits, never a changed store.

Each combination first runs through ``main()`` in this process with everything real up to
the server's loop, which is only recorded (``kg.serve.run_server``): a combination refused
before it is judged there, as the CLI's other error cases are; one that reaches it runs
again as a real process, which must serve and stop on Ctrl-C.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from test_fuzz import Tally, _state, run_cli

import kg.serve

SEED = 17
CASES = 30
START_SECONDS = 20.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _option_values(tmp_path, taken_port: int) -> dict[str, list[str]]:
    fifo = tmp_path / "token.fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    (tmp_path / "empty-token").write_bytes(b"")
    (tmp_path / "binary-token").write_bytes(bytes(range(256)))
    (tmp_path / "good-token").write_text("s3cret-token\n", encoding="utf-8")
    return {
        "--port": ["-1", "70000", "abc", "", str(taken_port), "0x50", "8e3"],
        "--host": ["256.256.256.256", "exa mple", "", "127.0.0.1", "http://127.0.0.1"],
        "--timeout": ["0", "-5", "nan", "inf", "1e309", "x", "0.5", "0.05"],
        "--max-rows": ["0", "-1", "x", "99999999999999999999", "5"],
        "--token-file": [str(tmp_path / "missing"), str(tmp_path), str(tmp_path / "empty-token"),
                         str(tmp_path / "binary-token"), str(fifo), str(tmp_path / "good-token")],
        "--max-query-depth": ["0", "5000", "x", "3"],
        "--max-query-tokens": ["0", "-3", "1"],
        "--stream-threshold": ["0", "-1", "x", "1"],
        "--allow-service": ["", "http://x", "a b", "127.0.0.1"],
        "--cors": ["*", "", "javascript:alert(1)", "http://localhost:1"],
    }


def _cases(rng: random.Random, values: dict[str, list[str]]) -> list[list[str]]:
    cases = []
    for _ in range(CASES):
        argv: list[str] = []
        for option in rng.sample(sorted(values), rng.randint(1, 3)):
            argv += [option, rng.choice(values[option])]
            if option == "--token-file" and rng.random() < 0.7:
                argv.append("--allow-update")
        cases.append(argv)
    return cases


def _serves(port: int) -> bool:
    try:
        response = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=5)
    except httpx.HTTPError:
        return False
    return response.status_code < 500


def _run(store: str, options: list[str], port: int) -> tuple[str, str]:
    """(outcome, detail) of one `kg serve` with *options*."""
    argv = [sys.executable, "-m", "kg", "--store", store, "serve", *options]
    if "--port" not in options:
        argv += ["--port", str(port)]
    env = {**os.environ, "KG_SERVE_TOKEN": ""}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + START_SECONDS
    serving = False
    while time.monotonic() < deadline and process.poll() is None:
        if "--port" not in options and _serves(port):
            serving = True
            break
        time.sleep(0.2)
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            return "hang", f"{options}: did not stop on Ctrl-C"
        if not serving and "--port" not in options:
            return "hang", f"{options}: neither served nor exited: {err[-300:]!r}"
    else:
        out, err = process.communicate()
    if "Traceback" in err or "Traceback" in out:
        return "traceback", f"{options}: {err[-400:]}"
    if process.returncode not in (0, -signal.SIGINT, 130) and (
        not err.startswith("kg: error: ") or err.count("\n") != 1
    ):
        return "traceback", f"{options}: exit {process.returncode}, unclear error {err[-300:]!r}"
    return "clean", ""


def _judge_in_process(store: str, options: list[str], port: int, capsys) -> tuple[str, str] | None:
    """(outcome, detail) of *options* run through ``main()``, or None when they reach the
    server's loop (a real process must then show that it serves)."""
    started = []
    argv = ["--store", store, "serve", *options] + ([] if "--port" in options else ["--port", str(port)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.serve, "run_server", lambda app, **where: started.append(where))
        code, err, failure = run_cli(argv, capsys)
    if failure == "hang":
        return "hang", f"{options}: neither refused nor served"
    if failure is not None or "Traceback" in err:
        return "traceback", f"{options}: {failure or err[-400:]}"
    if started and code == 0:
        return None
    if code == 0 or not err.startswith("kg: error: ") or err.count("\n") != 1:
        return "traceback", f"{options}: exit {code}, unclear error {err[-300:]!r}"
    return "clean", ""


def test_fuzz_serve_options(tmp_path, writable_seed_store, capsys, monkeypatch):
    rng = random.Random(SEED)
    monkeypatch.setenv("KG_SERVE_TOKEN", "")
    processes = 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        values = _option_values(tmp_path, taken.getsockname()[1])
        before = _state(writable_seed_store)
        tally = Tally("serve options")
        for options in _cases(rng, values):
            port = _free_port()
            judged = _judge_in_process(writable_seed_store, options, port, capsys)
            if judged is None:
                processes += 1
                judged = _run(writable_seed_store, options, port)
            tally.add(*judged)
            if _state(writable_seed_store) != before:
                tally.add("changed", str(options))
    tally.report()
    print(f"{processes} of them served in a real process")
    assert tally.counts["clean"] == tally.counts["tried"], tally.examples
    assert processes >= 5  # not vacuous: the good combinations did start real servers
