"""Shared fixtures: a real Oxigraph SPARQL server on 127.0.0.1, a fresh store of each
kind for the contract tests, and the seed graph in an embedded store (one for the session
to read, a fresh one for a test that writes)."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import networkx as nx
import pytest

from kg.graph import KnowledgeGraph
from kg.store import open_store

pytest_plugins = ["browser_support", "serve_support"]


def _oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]'")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """Base URL of a real `oxigraph serve`, union default graph, for the whole session."""
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    # Its log goes to a file: a pipe nobody reads would stall the server once full.
    log_path = location.parent / f"{location.name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [_oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                log = log_path.read_text(encoding="utf-8", errors="replace")[-500:]
                raise RuntimeError(f"oxigraph serve did not start on port {port}: {log}") from None
            time.sleep(0.1)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def remote_url(oxigraph_server):
    """The server's query endpoint, emptied before the test."""
    httpx.post(f"{oxigraph_server}/update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=30).raise_for_status()
    return f"{oxigraph_server}/query"


@pytest.fixture(params=["memory", "oxigraph", "remote"])
def store(request, tmp_path):
    """A fresh, empty store of each backend: the contract tests run over all three."""
    if request.param == "memory":
        url = "memory:"
    elif request.param == "oxigraph":
        url = f"oxigraph:{tmp_path / 'store'}"
    else:
        url = request.getfixturevalue("remote_url")
    opened = open_store(url)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Keep projection caches out of the user's home during tests."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "kg-cache"))
    monkeypatch.setenv("KG_LOCK_TIMEOUT", os.environ.get("KG_LOCK_TIMEOUT", "10"))


# -- the seed graph ----------------------------------------------------------------


def _seed_store_at(location: Path) -> str:
    url = f"oxigraph:{location}"
    with KnowledgeGraph.open(url) as graph:
        graph.load_seed()
    return url


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> str:
    """URL of an embedded store holding the seed graph, built once for the session: tests
    only read it (a test that writes takes :func:`writable_seed_store`)."""
    return _seed_store_at(tmp_path_factory.mktemp("seed") / "store")


@pytest.fixture
def writable_seed_store(tmp_path) -> str:
    """URL of an embedded store holding the seed graph, the test's own to write to."""
    return _seed_store_at(tmp_path / "seed-store")


@pytest.fixture(scope="session")
def make_seed_store():
    """A function: a new folder -> URL of an embedded store there holding the seed graph,
    for a module's fixture that writes (a server with updates); a test takes
    :func:`writable_seed_store`, a reader :func:`seed_store`."""
    return _seed_store_at


# -- graphs for the picture tests (tests/viz, tests/browser) -------------------------


@pytest.fixture(scope="session")
def seed_graph():
    graph = KnowledgeGraph.open("memory:")
    graph.load_seed()
    return graph


@pytest.fixture(scope="session")
def hostile_graph():
    graph = KnowledgeGraph.open("memory:")
    graph.load([Path(__file__).parent / "fixtures" / "hostile.trig"])
    return graph


def investor_graph(nodes: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A projection-shaped investor–firm graph of *nodes* nodes, hubs included."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    investors = max(2, nodes // 5)
    for i in range(nodes):
        kind = "InvestmentFirm" if i < investors else "Company"
        graph.add_node(f"n{i}", label=f"Entity {i}", cls=kind)
    for firm in range(investors, nodes):
        for _ in range(rng.choice((1, 1, 2, 3))):
            # Preferential choice: low-numbered investors are the busy ones.
            investor = min(int(rng.paretovariate(1.2)) - 1, investors - 1)
            graph.add_edge(f"n{investor}", f"n{firm}", key=f"s{firm}-{investor}",
                           relation="investsIn", label="invests in", strength=3,
                           statement=None, source=None, amount=float(rng.randint(1, 9) * 1e6), currency="USD")
    return graph


@pytest.fixture(scope="session")
def make_investor_graph():
    return investor_graph


# -- text extraction (tests/extract) ------------------------------------------------------


@pytest.fixture(scope="session")
def extractor():
    """An extractor with the reference data only (no store): built once, it takes seconds."""
    from kg.extract.pipeline import Extractor
    from kg.ontology import load_ontology

    return Extractor(load_ontology())


@pytest.fixture(scope="session")
def extract_text(extractor):
    """A function: text (and publication date) -> the kg-eval/1 record."""
    from kg.extract.documents import Document

    def run(text: str, published: str | None = "2026-01-14") -> dict:
        return extractor.extract(Document(id="t", text=text, path=None, publication_date=published))

    return run


@pytest.fixture
def rules_copy(tmp_path):
    """A function: (old, new) -> a folder holding a copy of ontology/triggers.yaml with *old*
    (which must stand in it once) replaced by *new*, for the loaders' error messages."""
    from kg.resources import resource_dir

    def copy(old: str, new: str):
        text = (resource_dir("ontology") / "triggers.yaml").read_text(encoding="utf-8")
        assert text.count(old) == 1, f"triggers.yaml changed: {old!r} is not in it once"
        (tmp_path / "triggers.yaml").write_text(text.replace(old, new), encoding="utf-8")
        return tmp_path

    return copy
