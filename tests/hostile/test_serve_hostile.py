"""One request cannot kill `kg serve`, a timeout stops the work, and the server reaches no
other host unless told to: each over a live server on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest
from hostile_support import LaunchedServer, Listener, process_tree, settles_idle
from serve_support import TOKEN, Server

HOLDERS = "SELECT ?holder WHERE { ?holder kg:holdsStakeIn id:agibot } ORDER BY ?holder"
ID = "https://w3id.org/kg/id/"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"


def holders(server) -> list[str]:
    answer = httpx.get(server.url + "/sparql", params={"query": HOLDERS}, timeout=30)
    assert answer.status_code == 200, answer.text
    return [b["holder"]["value"] for b in answer.json()["results"]["bindings"]]


def count(server) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answer = httpx.get(server.url + "/sparql", params={"query": query}, timeout=30).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_deep_nesting_is_refused_and_the_server_answers_after(server):
    braces = "ASK " + "{" * 3000 + "}" * 3000
    by_post = httpx.post(server.url + "/sparql", content=braces, headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert by_post.status_code == 400 and "nests 101 levels deep; the limit is 100 (max_depth)" in by_post.text
    parentheses = "SELECT (" + "(" * 50_000 + "1" + ")" * 50_000 + " AS ?x) {}"
    by_form = httpx.post(server.url + "/sparql", data={"query": parentheses}, timeout=30)
    assert by_form.status_code == 400 and "(max_depth)" in by_form.text
    explorer = httpx.get(server.url + "/query", params={"query": "ASK" + "{" * 3000 + "}" * 3000}, timeout=30)
    assert explorer.status_code == 400 and "nests 101 levels deep" in explorer.text
    chain = "SELECT (" + "+".join(["1"] * 9000) + " AS ?x) {}"
    too_long = httpx.post(server.url + "/sparql", data={"query": chain}, timeout=30)
    assert too_long.status_code == 400 and "more than 10,000 tokens" in too_long.text and "(max_tokens)" in too_long.text
    assert holders(server) == [ID + "lg-electronics", ID + "mirae-asset-management"]


def test_a_query_that_crashes_the_engine_costs_one_worker_not_the_server(seed_store):
    # With the guard opened wide, 3,000 OPTIONALs overflow pyoxigraph's stack (SIGSEGV).
    loose = LaunchedServer(seed_store, limits={"max_depth": 100_000, "max_tokens": 10_000_000}, threads=1)
    try:
        crash = "SELECT * { " + " ".join(["OPTIONAL { ?s <http://p> ?o }"] * 3000) + " }"
        response = httpx.post(loose.url + "/sparql", data={"query": crash}, timeout=60)
        assert response.status_code == 500 and "the query engine failed on this request" in response.text
        assert holders(loose) == [ID + "lg-electronics", ID + "mirae-asset-management"]
    finally:
        log = loose.stop()
    assert "a worker died on a request (worker exit code -11)" in log


def test_a_timeout_stops_the_work(seed_store):
    slow = Server(seed_store, "--timeout", "1")
    try:
        holders(slow)
        workers = set(process_tree(slow.process.pid)) - {slow.process.pid}
        response = httpx.get(slow.url + "/sparql", params={"query": CARTESIAN}, timeout=60)
        assert response.status_code == 503 and "timed out after 1 s; it was stopped" in response.text
        time.sleep(0.5)  # the replacement worker imports kg
        holders(slow)
        # The worker that ran it is gone (killed, not left counting in a thread: the issue saw
        # threads 5 -> 14), and nothing burns a core. A thread count is no measure here:
        # workers open and close the store as they idle.
        assert workers - set(process_tree(slow.process.pid))
        assert settles_idle(slow.process.pid)
    finally:
        slow.stop()


def test_a_runaway_update_is_stopped_and_writes_nothing(writable_seed_store):
    url = writable_seed_store
    writable = Server(url, "--allow-update", "--timeout", "1", env={"KG_SERVE_TOKEN": TOKEN})
    try:
        before = count(writable)
        update = "INSERT { GRAPH <https://w3id.org/kg/source/x> { ?a <http://p> ?i } } WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"
        response = httpx.post(writable.url + "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert response.status_code == 503 and "it was stopped and nothing of it was written" in response.text
        assert count(writable) == before
        assert settles_idle(writable.process.pid)
    finally:
        writable.stop()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:{port}/sparql> AS ?where) SERVICE ?where { ?s ?p ?o } }",
])
def test_service_is_refused_by_default(server, query):
    listener = Listener()
    try:
        text = query.replace("{port}", str(listener.port))
        for response in (
            httpx.get(server.url + "/sparql", params={"query": text}, timeout=30),
            httpx.get(server.url + "/query", params={"query": text}, timeout=30),
        ):
            assert response.status_code == 400 and "SERVICE would send a request to" in response.text
        time.sleep(0.2)
        assert listener.requests == []
    finally:
        listener.close()


def test_load_is_refused_even_with_the_token(writable_server):
    listener = Listener()
    try:
        update = f"LOAD <http://127.0.0.1:{listener.port}/data.ttl> INTO GRAPH <https://w3id.org/kg/source/loaded>"
        response = httpx.post(writable_server.url + "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        assert response.status_code == 400 and "LOAD would send a request to host '127.0.0.1'" in response.text
        time.sleep(0.2)
        assert listener.requests == []
    finally:
        listener.close()


def test_service_reaches_a_listed_host(seed_store):
    listener = Listener()
    allowed = LaunchedServer(seed_store, limits={"allowed_hosts": ["127.0.0.1"]})
    try:
        query = f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
        response = httpx.get(allowed.url + "/sparql", params={"query": query}, timeout=30)
        assert response.status_code == 200
        assert listener.requests and listener.requests[0].startswith((b"GET /sparql", b"POST /sparql"))
        other = "SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }"
        refused = httpx.get(allowed.url + "/sparql", params={"query": other}, timeout=30)
        assert refused.status_code == 400 and "host '10.0.0.1'" in refused.text
    finally:
        allowed.stop()
        listener.close()


def test_a_read_only_server_lets_a_writer_in_between_requests(tmp_path, writable_seed_store):
    url = writable_seed_store
    reader = Server(url)
    try:
        assert holders(reader) == [ID + "lg-electronics", ID + "mirae-asset-management"]
        extra = tmp_path / "extra.ttl"
        extra.write_text("<https://w3id.org/kg/id/new-holder> <https://w3id.org/kg/ontology#holdsStakeIn> <https://w3id.org/kg/id/agibot> .\n")
        loaded = subprocess.run([sys.executable, "-m", "kg", "--store", url, "load", str(extra)],
                                check=False, capture_output=True, text=True, timeout=120, env={**os.environ, "KG_LOCK_TIMEOUT": "20"})
        assert loaded.returncode == 0, loaded.stderr
        # The next request opens the store again and sees the new statement.
        assert holders(reader) == [ID + "lg-electronics", ID + "mirae-asset-management", ID + "new-holder"]
    finally:
        reader.stop()
