"""Lanes (kg.serve.lanes): one connection per process, over a live server on 127.0.0.1.

HTTP/1.1 as a lane reads it (pipelining, 100-continue, bodies past the limit, HTTP/1.0),
a client holding more connections than there are lanes, and a timeout costing only the
victim's connection."""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest
from serve_support import Server

LAUNCHER = Path(__file__).resolve().parents[1] / "hostile" / "serve_launcher.py"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"
ASK = "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: t\r\nAccept: text/csv\r\n\r\n"


def launched(store: str, **settings) -> Server:
    return Server(store, command=lambda port: [sys.executable, str(LAUNCHER), store, str(port), json.dumps(settings)])


@pytest.fixture(scope="module")
def one_lane(seed_store):
    running = launched(seed_store, threads=1, timeout=2, max_body=4096)
    yield running
    running.stop()


def _exchange(url: str, data: bytes, *, wait: float = 10.0) -> bytes:
    """What the server sends back to *data* on a fresh connection, until it closes or
    goes quiet for a moment."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as conn:
        conn.sendall(data)
        received = b""
        conn.settimeout(1.0)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                if received:
                    break
                continue
            if not chunk:
                break
            received += chunk
    return received


def test_pipelined_requests_are_answered_in_order(one_lane):
    second = ASK.replace("ASK%7B%7D", "ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
    answer = _exchange(one_lane.url, (ASK + second + ASK).encode())
    assert answer.count(b"HTTP/1.1 200 OK") == 3
    bodies = [part.split(b"\r\n\r\n", 1)[1][:5] for part in answer.split(b"HTTP/1.1 200 OK")[1:]]
    assert bodies == [b"true", b"true", b"true"]
    assert answer.count(b"x-content-type-options: nosniff") == 3


def test_http_1_0_gets_its_answer_and_the_connection_closes(one_lane):
    answer = _exchange(one_lane.url, b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\nAccept: text/csv\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 OK") and answer.endswith(b"true") and b"connection: close" in answer


def test_expect_100_continue_then_the_answer(one_lane):
    body = b"query=ASK%7B%7D"
    head = f"POST /sparql HTTP/1.1\r\nHost: t\r\nAccept: text/csv\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n"
    host, port = one_lane.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(head.encode())
        assert conn.recv(1024) == b"HTTP/1.1 100 Continue\r\n\r\n"
        conn.sendall(body)
        answer = b""
        while not answer.endswith(b"true"):
            answer += conn.recv(1024)
    assert answer.startswith(b"HTTP/1.1 200 OK")


def test_a_body_past_the_limit_is_413_and_the_connection_closes(one_lane):
    declared = _exchange(one_lane.url, b"POST /sparql HTTP/1.1\r\nHost: t\r\nContent-Type: application/sparql-query\r\nContent-Length: 5000\r\n\r\n")
    assert declared.startswith(b"HTTP/1.1 413 ") and b"larger than 4,096 bytes" in declared and b"connection: close" in declared
    chunk = b"A" * 3000
    chunked = b"POST /sparql HTTP/1.1\r\nHost: t\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunked += b"%x\r\n%s\r\n" % (len(chunk), chunk) * 2 + b"0\r\n\r\n"
    assert _exchange(one_lane.url, chunked).startswith(b"HTTP/1.1 413 ")
    assert httpx.get(one_lane.url + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_garbage_is_400_and_the_lane_goes_on(one_lane):
    assert _exchange(one_lane.url, b"NOT HTTP AT ALL\r\n\r\n").startswith(b"HTTP/1.1 400 ")
    assert httpx.get(one_lane.url + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_more_keep_alive_clients_than_lanes_are_all_served(one_lane):
    # One lane, three clients each keeping its connection: an idle one gives the lane up.
    clients = [httpx.Client(timeout=10) for _ in range(3)]
    try:
        started = time.monotonic()
        for _ in range(3):
            for client in clients:
                assert client.get(one_lane.url + "/sparql", params={"query": "ASK {}"}).status_code == 200
        assert time.monotonic() - started < 5  # not one keep-alive period (5 s) waited per turn
    finally:
        for client in clients:
            client.close()


def test_explorer_pages_are_passed_to_the_parent_with_their_headers(one_lane):
    page = httpx.get(one_lane.url + "/", timeout=30)
    assert page.status_code == 200 and "<html" in page.text
    assert "script-src 'sha256-" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    missing = httpx.get(one_lane.url + "/no-such-page", timeout=30)
    assert missing.status_code == 404 and missing.headers["x-content-type-options"] == "nosniff"


def test_a_timeout_costs_the_victims_lane_only(seed_store):
    two = launched(seed_store, threads=2, timeout=1)
    try:
        with httpx.Client(timeout=30) as bystander:
            assert bystander.get(two.url + "/sparql", params={"query": "ASK {}"}).status_code == 200
            victim = httpx.get(two.url + "/sparql", params={"query": CARTESIAN}, timeout=30)
            assert victim.status_code == 503 and "timed out after 1 s; it was stopped" in victim.text
            assert victim.headers["connection"] == "close" and victim.headers["x-content-type-options"] == "nosniff"
            # The bystander's connection, held by the other lane, still answers.
            assert bystander.get(two.url + "/sparql", params={"query": "ASK {}"}).status_code == 200
    finally:
        log = two.stop()  # right after a timeout: a lane is starting in place of the victim's
    assert "worker died" not in log
    # No lane outlives the server (one that did kept the port, and answered on it).
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_server(("127.0.0.1", two.port)).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "a lane still holds the port"
            time.sleep(0.2)


def test_without_lanes_the_pool_answers_alike(seed_store):
    pooled = launched(seed_store, lanes=False, threads=1)
    lanes = launched(seed_store, threads=1)
    try:
        query = {"query": "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5"}
        for accept in ("application/sparql-results+json", "text/csv", "application/sparql-results+xml"):
            one = httpx.get(pooled.url + "/sparql", params=query, headers={"Accept": accept})
            other = httpx.get(lanes.url + "/sparql", params=query, headers={"Accept": accept})
            assert (one.status_code, one.headers["content-type"], one.content) == (other.status_code, other.headers["content-type"], other.content)
        bad = {"query": "SELECT WHERE {"}
        assert httpx.get(pooled.url + "/sparql", params=bad).text == httpx.get(lanes.url + "/sparql", params=bad).text
    finally:
        pooled.stop()
        lanes.stop()


def test_cors_requests_are_answered_by_the_parent(seed_store):
    # Read-only with CORS: lanes answer queries, and pass on those carrying an Origin.
    running = Server(seed_store, "--cors", "https://analyst.example")
    try:
        asked = httpx.get(running.url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://analyst.example"})
        assert asked.status_code == 200 and asked.headers["access-control-allow-origin"] == "https://analyst.example"
        preflight = httpx.options(running.url + "/sparql", headers={
            "Origin": "https://analyst.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "Content-Type",
        })
        assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]
        stranger = httpx.get(running.url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://other.example"})
        assert "access-control-allow-origin" not in stranger.headers
        plain = httpx.get(running.url + "/sparql", params={"query": "ASK {}"})
        assert plain.status_code == 200 and "access-control-allow-origin" not in plain.headers
    finally:
        running.stop()


def _idle_connections(host: str, port: int, count: int) -> list[socket.socket]:
    """*count* connections, each answered once and then held idle by a lane of its own,
    or [] when a lane gave one up while the others were still being set up (a lane not yet
    started, or still busy, is not free, so an idle one gives way to the next connection:
    that is the rule under test, not a state to start from)."""
    held = []
    for _ in range(count):
        conn = socket.create_connection((host, port), timeout=10)
        held.append(conn)
        conn.sendall(ASK.encode())
        if not conn.recv(4096).startswith(b"HTTP/1.1 200 OK"):
            break
    else:
        try:
            for conn in held:  # every one still answers: each has a lane
                conn.sendall(ASK.encode())
                if not conn.recv(4096).startswith(b"HTTP/1.1 200 OK"):
                    break
            else:
                return held
        except OSError:
            pass  # one gave way during set-up; start again
    for conn in held:
        conn.close()
    return []


def test_one_idle_connection_gives_way_to_a_newcomer_not_all(seed_store):
    two = launched(seed_store, threads=2)
    host, port = two.url.removeprefix("http://").split(":")
    idle: list[socket.socket] = []
    try:
        # The server answers once one lane is up; the other may still be starting (a
        # spawned process importing kg), and until it is, an idle lane gives way.
        for _attempt in range(40):
            idle = _idle_connections(host, int(port), 2)
            if idle:
                break
            time.sleep(0.25)
        assert idle, "two idle connections were never held by two lanes at once"
        assert httpx.get(two.url + "/sparql", params={"query": "ASK {}"}, timeout=10).status_code == 200
        kept = 0
        for conn in idle:
            try:
                conn.sendall(ASK.encode())
                kept += conn.recv(4096).startswith(b"HTTP/1.1 200 OK")
            except OSError:
                pass  # this one gave way
        assert kept == 1
    finally:
        for conn in idle:
            conn.close()
        two.stop()
