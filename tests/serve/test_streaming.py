"""Large answers streamed by the lanes (kg.serve.lanes), over live servers on 127.0.0.1.

An answer past ``stream_threshold`` goes out chunked as pyoxigraph writes it; a smaller one
keeps its Content-Length; a cap or the deadline passed after the first byte cuts the
connection, so a client sees a broken answer, never a short one. The threshold is set low
(64 KiB) so that a store of 5,000 quads gives answers of several times it (300 KiB to
850 KiB by format): a bigger store would test nothing more, only take longer."""

from __future__ import annotations

import http.client
import json
import sys
import time
from pathlib import Path

import httpx
import pytest
from serve_support import Server

from kg.graph import KnowledgeGraph

LAUNCHER = Path(__file__).resolve().parents[1] / "hostile" / "serve_launcher.py"
THRESHOLD = 64 * 1024
QUADS = 5_000
EX = "http://example.org/"
ALL = f"SELECT ?s ?o WHERE {{ ?s <{EX}says> ?o }} ORDER BY ?s"
TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
FORMATS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"]


def launched(store: str, **settings) -> Server:
    return Server(store, command=lambda port: [sys.executable, str(LAUNCHER), store, str(port), json.dumps(settings)])


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> str:
    """An embedded store of QUADS quads whose literals need escaping in every format."""
    folder = tmp_path_factory.mktemp("streaming")
    source = folder / "big.nq"
    with source.open("w", encoding="utf-8") as out:
        for i in range(QUADS):
            out.write(f'<{EX}e/{i:05d}> <{EX}says> "line \\"{i}\\"\\nnext, é <{i}>" <{EX}g> .\n')
    url = f"oxigraph:{folder}/store"
    with KnowledgeGraph.open(url) as graph:
        graph.load([source])
    return url


@pytest.fixture(scope="module")
def streaming(big_store):
    running = launched(big_store, threads=2, stream_threshold=THRESHOLD)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def pooled(big_store):
    running = launched(big_store, threads=1, lanes=False)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def capped(big_store):
    # The byte cap and the row cap both fall after the first 64 KiB of these answers. The
    # deadline is far: on a loaded machine 3 s passed before the first byte (a 503, not a cut).
    running = launched(big_store, threads=1, stream_threshold=THRESHOLD, max_answer_bytes=150_000, max_rows=2_000, timeout=30)
    yield running
    running.stop()


def _get(url: str, query: str, accept: str, *, version: int = 11) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    conn._http_vsn, conn._http_vsn_str = (10, "HTTP/1.0") if version == 10 else (11, "HTTP/1.1")
    conn.request("GET", "/sparql?" + httpx.QueryParams({"query": query}).__str__(), headers={"Accept": accept})
    return conn.getresponse(), conn


@pytest.mark.parametrize("accept", FORMATS)
def test_a_large_answer_is_chunked_and_equal_to_the_whole_answer(streaming, pooled, accept):
    whole = httpx.get(pooled.url + "/sparql", params={"query": ALL}, headers={"Accept": accept}, timeout=60)
    assert whole.status_code == 200 and len(whole.content) > 4 * THRESHOLD
    response, conn = _get(streaming.url, ALL, accept)
    try:
        assert response.status == 200
        assert response.getheader("transfer-encoding") == "chunked" and response.getheader("content-length") is None
        assert response.getheader("content-type") == whole.headers["content-type"]
        assert response.getheader("x-content-type-options") == "nosniff"
        assert response.read() == whole.content
        # The connection stays open for the next request after the closing chunk.
        conn.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "text/csv"})
        assert conn.getresponse().read() == b"true"
    finally:
        conn.close()


@pytest.mark.parametrize("accept", ["application/n-triples", "text/turtle"])
def test_a_large_graph_answer_is_chunked_and_equal_to_the_whole_answer(streaming, pooled, accept):
    whole = httpx.get(pooled.url + "/sparql", params={"query": TRIPLES}, headers={"Accept": accept}, timeout=60)
    response, conn = _get(streaming.url, TRIPLES, accept)
    try:
        assert response.getheader("transfer-encoding") == "chunked"
        assert response.read() == whole.content and len(whole.content) > 4 * THRESHOLD
    finally:
        conn.close()


def test_a_small_answer_keeps_its_length(streaming, pooled):
    small = ALL.replace("ORDER BY ?s", "ORDER BY ?s LIMIT 10")
    whole = httpx.get(pooled.url + "/sparql", params={"query": small}, headers={"Accept": "text/csv"}, timeout=60).content
    response, conn = _get(streaming.url, small, "text/csv")
    try:
        body = response.read()
        assert response.getheader("transfer-encoding") is None
        assert int(response.getheader("content-length")) == len(body) and body == whole
    finally:
        conn.close()


def test_http_1_0_gets_the_answer_unchunked_then_the_connection_closes(streaming, pooled):
    whole = httpx.get(pooled.url + "/sparql", params={"query": ALL}, headers={"Accept": "text/csv"}, timeout=60).content
    response, conn = _get(streaming.url, ALL, "text/csv", version=10)
    try:
        assert response.getheader("transfer-encoding") is None and response.getheader("content-length") is None
        assert response.getheader("connection") == "close"
        assert response.read() == whole
    finally:
        conn.close()


def test_sparqlwrapper_and_sparqlstore_read_a_streamed_answer(streaming):
    wrapper = pytest.importorskip("SPARQLWrapper")
    client = wrapper.SPARQLWrapper(streaming.url + "/sparql")
    client.setQuery(ALL)
    client.setReturnFormat(wrapper.JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) == QUADS and rows[7]["s"]["value"] == f"{EX}e/00007"
    assert rows[7]["o"]["value"] == 'line "7"\nnext, é <7>'
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(streaming.url + "/sparql", returnFormat="xml")
    answer = list(Graph(store).query(ALL))
    assert len(answer) == QUADS and str(answer[-1][1]) == f'line "{QUADS - 1}"\nnext, é <{QUADS - 1}>'


def _broken(response: http.client.HTTPResponse) -> bool:
    try:
        response.read()
    except http.client.IncompleteRead:
        return True
    return False


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/tab-separated-values"])
def test_an_answer_past_a_cap_after_streaming_began_is_cut(capped, accept):
    # JSON passes the byte cap; TSV, a row a line, passes the row cap first.
    response, conn = _get(capped.url, ALL, accept)
    try:
        assert response.status == 200 and response.getheader("transfer-encoding") == "chunked"
        assert _broken(response)
    finally:
        conn.close()
    after = httpx.get(capped.url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"}, timeout=10)
    assert after.status_code == 200 and after.text == "true"


def test_a_cap_passed_before_the_threshold_is_still_an_error_answer(capped):
    # 2,001 rows of "1" in TSV fit in 64 KiB: the row cap is told as before, with a 400.
    short = "SELECT ?n WHERE { ?s ?p ?o BIND(1 AS ?n) }"
    response = httpx.get(capped.url + "/sparql", params={"query": short}, headers={"Accept": "text/tab-separated-values"}, timeout=30)
    assert response.status_code == 400 and "more than 2,000 rows" in response.text


def test_a_streamed_answer_past_its_deadline_is_cut(big_store):
    # The client reads the head and then nothing: the lane fills the socket's buffers and
    # waits; the parent kills it at the deadline (2 s) and writes no 503 into the body.
    slow = launched(big_store, threads=1, stream_threshold=THRESHOLD, timeout=2)
    try:
        product = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # 400 million rows: no cap comes first
        response, conn = _get(slow.url, product, "text/csv")
        try:
            assert response.status == 200 and response.getheader("transfer-encoding") == "chunked"
            time.sleep(3.5)
            assert _broken(response)
        finally:
            conn.close()
        assert httpx.get(slow.url + "/sparql", params={"query": "ASK {}"}, timeout=10).status_code == 200
    finally:
        log = slow.stop()
    assert "passed its deadline" in log


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_a_lane_streaming_a_large_answer_stays_small(big_store):
    if not Path(f"/proc/self/task/{__import__('os').getpid()}/children").exists():
        pytest.skip("needs /proc/PID/task/PID/children")
    one = launched(big_store, threads=1, stream_threshold=1024 * 1024)
    try:
        # Warm: the lane opens the store and runs the same join, with a small answer (the
        # engine's own working memory for the join is not the answer's).
        # About 20 MB of CSV: ten times what the lane may grow by, and held whole it would
        # grow by several times its size (323 MB for a 47 MB answer when it was built whole).
        product = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 100000"
        small = httpx.get(one.url + "/sparql", params={"query": product.replace("100000", "1000")}, headers={"Accept": "text/csv"}, timeout=60)
        assert small.headers["content-length"]
        before = {pid: _peak_kib(pid) for pid in _children(one.process.pid)}
        size = 0
        with httpx.stream("GET", one.url + "/sparql", params={"query": product}, headers={"Accept": "text/csv"}, timeout=120) as answer:
            assert answer.headers["transfer-encoding"] == "chunked"
            for piece in answer.iter_raw():
                size += len(piece)
        assert size > 16 * 1024 * 1024
        # The lane is one of the server's children (with the pool's workers, idle here).
        grown = {pid: _peak_kib(pid) - peak for pid, peak in before.items()}
        assert max(grown.values()) < 6 * 1024, f"peak memory grew by {grown} KiB for a {size:,}-byte answer"
    finally:
        one.stop()


def test_kg_serve_stream_threshold_option_reaches_the_lanes(seed_store, server):
    # A real `kg serve` with a 64-byte threshold streams an answer of a few hundred bytes,
    # which the default (1 MiB) server sends whole with its length; the bytes are the same.
    small = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 20"
    tiny = Server(seed_store, "--stream-threshold", "64")
    try:
        streamed, conn = _get(tiny.url, small, "text/csv")
        try:
            body = streamed.read()
            assert streamed.getheader("transfer-encoding") == "chunked"
            assert streamed.getheader("content-length") is None
        finally:
            conn.close()
    finally:
        tiny.stop()
    whole, conn = _get(server.url, small, "text/csv")
    try:
        expected = whole.read()
        assert whole.getheader("transfer-encoding") is None
        assert int(whole.getheader("content-length")) == len(expected) > 64
    finally:
        conn.close()
    assert body == expected
