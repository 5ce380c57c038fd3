"""Per-entity analysis on a SPARQL server: neighbourhood reads against the projection
copied over HTTP, on the same `oxigraph serve` in the same run.

The synthetic investor graph (5M triples by default; ``KG_BENCH_REMOTE_TRIPLES`` sets the
size) is bulk-loaded once into an Oxigraph directory cached in .bench/ and served
read-only on 127.0.0.1. One process answers ``investors``, ``portfolio``, ``coinvestors``,
``owners`` and 4-hop ``links`` for sampled entities through neighbourhoods (each call as a
fresh command would make it, entity lookup included); another builds the projection from
the same server, as every command on the projection path must, and answers the same
questions, which must come out the same.
"""

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
import pytest
from harness import BENCH_DIR, measure, record

SIZE = int(os.environ.get("KG_BENCH_REMOTE_TRIPLES", "5000000"))
SAMPLES = 15
#: Calls per command on the projection path, which checks the store's version (a count
#: over every quad) on each: the whole sample would take hours at 5M triples.
PROJECTION_SAMPLES = int(os.environ.get("KG_BENCH_PROJECTION_SAMPLES", "1"))
GRAPH = "https://w3id.org/kg/source/synthetic"
ID = "https://w3id.org/kg/id/"

# The questions, the same in both processes: {calls} is a list of (command, args).
ANSWER = """
import hashlib
from kg.graph import KnowledgeGraph
graph = KnowledgeGraph.open("{url}", analysis="{mode}")
times = {{}}
digests = []
started = time.perf_counter()
first = None
for command, args in {calls}:
    t = time.perf_counter()
    answer = getattr(graph, command)(*args, **({{"max_hops": 4}} if command == "links" else {{}}))
    if command == "links":
        answer = [(path.nodes, [s.key for s in path.steps], sentence) for path, sentence in answer]
    times.setdefault(command, []).append(time.perf_counter() - t)
    first = first if first is not None else time.perf_counter() - started
    digests.append(hashlib.sha256(repr((command, args, answer)).encode()).hexdigest())
q = lambda xs, p: round(sorted(xs)[min(len(xs) - 1, int(p * len(xs)))] * 1000, 1)
done(first_s=round(first, 2), digests=digests,
     **{{f"{{c}}_p50_ms": q(xs, .5) for c, xs in times.items()}},
     **{{f"{{c}}_p95_ms": q(xs, .95) for c, xs in times.items()}})
"""


def _oxigraph() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(synthetic_file):
    """The query URL of `oxigraph serve-read-only` over the synthetic graph, and the load
    time when this run had to build the directory."""
    location = BENCH_DIR / f"oxigraph-synthetic-{SIZE}"
    load_s = None
    if not location.exists():
        source = synthetic_file(SIZE)
        partial = location.with_suffix(".tmp")
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        subprocess.run([_oxigraph(), "load", "--location", str(partial), "--graph", GRAPH, "--file", str(source)],
                       check=True, capture_output=True)
        load_s = round(time.perf_counter() - started, 1)
        partial.rename(location)  # only a complete load is kept
    port = _free_port()
    log = open(BENCH_DIR / f"oxigraph-synthetic-{SIZE}.log", "wb")
    server = subprocess.Popen(
        [_oxigraph(), "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            break
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(f"oxigraph serve-read-only did not start on port {port}") from None
            time.sleep(0.2)
    yield url, load_s
    server.terminate()
    server.wait(timeout=30)
    log.close()


def _sample(url: str) -> list[tuple[str, tuple]]:
    """Investors and firms with deals, drawn reproducibly, and the questions about them."""
    rng = random.Random(14)
    numbers = max(100, int(SIZE * 0.019))  # about the number of investors synthetic.py makes

    def having(kind: str, pattern: str, limit: int) -> list[str]:
        found = []
        for number in rng.sample(range(numbers), min(400, numbers)):
            iri = f"{ID}{kind}-{number}"
            ask = httpx.post(url, data={"query": f"ASK {{ {pattern.format(f'<{iri}>')} }}"}, timeout=60).json()
            if ask["boolean"]:
                found.append(iri)
            if len(found) == limit:
                return found
        return found

    investors = having("investor", "{} <https://w3id.org/kg/ontology#investsIn> ?f", SAMPLES)
    firms = having("firm", "?i <https://w3id.org/kg/ontology#investsIn> {}", SAMPLES)
    assert len(investors) == len(firms) == SAMPLES, "the synthetic graph is too small to sample"
    calls = [("investors", (f,)) for f in firms] + [("portfolio", (i,)) for i in investors]
    calls += [("coinvestors", (i,)) for i in investors] + [("owners", (f,)) for f in firms]
    calls += [("links", (i, f)) for i, f in zip(investors, firms)]
    return calls


def test_neighbourhoods_answer_without_the_projection(served, monkeypatch):
    url, load_s = served
    calls = _sample(url)
    neighbourhood = measure(ANSWER.format(url=url, mode="neighbourhood", calls=calls))
    figures = {k: v for k, v in neighbourhood.items() if k.endswith("_ms")}
    record(
        f"remote analysis, neighbourhoods ({SIZE:,} triples, oxigraph serve)",
        **figures, peak_mb=neighbourhood["peak_mb"], load_s=load_s,
    )
    # The projection path at 5M triples: counting the store's quads for its version alone
    # outlasts the default HTTP timeout of 60 s on a busy machine.
    monkeypatch.setenv("KG_HTTP_TIMEOUT", "3600")
    few = [call for i, call in enumerate(calls) if i % SAMPLES < PROJECTION_SAMPLES]
    projection = measure(ANSWER.format(url=url, mode="projection", calls=few), timeout=7200)
    record(
        f"remote analysis, projection path ({SIZE:,} triples, oxigraph serve)",
        first_command_s=projection["first_s"], investors_p50_after_ms=projection["investors_p50_ms"],
        links_p50_after_ms=projection["links_p50_ms"], peak_mb=projection["peak_mb"],
    )
    same = [d for i, d in enumerate(neighbourhood["digests"]) if i % SAMPLES < PROJECTION_SAMPLES]
    assert same == projection["digests"], "the two paths gave different answers"
    # The projection path pays its copy on every command (a server's projection is not
    # cached on disk); one neighbourhood answer must cost a small part of it.
    assert figures["investors_p50_ms"] / 1000 < projection["first_s"] / 10
    assert figures["links_p50_ms"] / 1000 < projection["first_s"] / 10
