"""Bulk writes to a SPARQL server: the Crunchbase investments imported (the library call
`kg import-table` makes) into the embedded store, into `oxigraph serve` (through its Graph
Store endpoint) and, when installed, into Virtuoso, in the same run. The server's import
must take at most twice the embedded one."""

from __future__ import annotations

import httpx
import pytest
from harness import ROOT, measure, record
from virtuoso_support import virtuoso_server  # noqa: F401 - a fixture, used by name

IMPORT = """
from kg.graph import KnowledgeGraph
graph = KnowledgeGraph.open("{store}")
started = time.perf_counter()
report = graph.import_table("{table}", "{mapping}")
seconds = time.perf_counter() - started
quads = len(graph.store)
graph.close()
done(seconds=round(seconds, 2), quads=quads, written=report.quads)
"""


def _import(store: str, table, mapping) -> dict:
    return measure(IMPORT.format(store=store, table=table, mapping=mapping))


@pytest.fixture
def crunchbase(shared_dir):
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    if not table.exists():
        pytest.skip(f"{table} is absent")
    return table, ROOT / "examples" / "mappings" / "crunchbase-investments.yaml"


def test_crunchbase_import_into_oxigraph_serve_within_twice_embedded(crunchbase, oxigraph_server, tmp_path):
    table, mapping = crunchbase
    httpx.post(f"{oxigraph_server}/update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=60).raise_for_status()
    embedded = _import(f"oxigraph:{tmp_path / 'store'}", table, mapping)
    remote = _import(f"{oxigraph_server}/query", table, mapping)
    ratio = remote["seconds"] / max(embedded["seconds"], 1e-6)
    record(
        "import crunchbase investments: oxigraph serve vs embedded",
        embedded_s=embedded["seconds"],
        oxigraph_serve_s=remote["seconds"],
        ratio=round(ratio, 2),
        quads=remote["written"],
    )
    assert remote["quads"] == embedded["quads"]
    assert ratio <= 2.0


def test_crunchbase_import_into_virtuoso(crunchbase, virtuoso_server, tmp_path):  # noqa: F811 - the fixture
    table, mapping = crunchbase
    virtuoso_server.clear()
    embedded = _import(f"oxigraph:{tmp_path / 'store'}", table, mapping)
    remote = _import(virtuoso_server.sparql, table, mapping)
    record(
        "import crunchbase investments: Virtuoso vs embedded",
        embedded_s=embedded["seconds"],
        virtuoso_s=remote["seconds"],
        ratio=round(remote["seconds"] / max(embedded["seconds"], 1e-6), 2),
        quads=remote["written"],
    )
    assert remote["quads"] == embedded["quads"]
