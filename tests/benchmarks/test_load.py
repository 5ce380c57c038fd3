"""Loading RDF: kg's embedded store (pyoxigraph) against plain rdflib, same files, same run."""

from __future__ import annotations

import pytest
from harness import ROOT, measure, record

KG_LOAD = """
from kg.graph import KnowledgeGraph
started = time.perf_counter()
graph = KnowledgeGraph.open("oxigraph:{store}")
report = graph.load(["{path}"])
seconds = time.perf_counter() - started
distinct = len(graph.store) - len(graph.ontology.graph)  # the ontology travels with every load
graph.close()
done(seconds=round(seconds, 2), quads=distinct)
"""

RDFLIB_LOAD = """
import rdflib
started = time.perf_counter()
graph = rdflib.Dataset()
graph.parse("{path}", format="{fmt}")
done(seconds=round(time.perf_counter() - started, 2), quads=len(graph))
"""


def _compare(name: str, path, fmt: str, store) -> None:
    ours = measure(KG_LOAD.format(store=store, path=path))
    plain = measure(RDFLIB_LOAD.format(path=path, fmt=fmt))
    record(
        name,
        kg_oxigraph_s=ours["seconds"],
        rdflib_s=plain["seconds"],
        speedup=round(plain["seconds"] / max(ours["seconds"], 1e-6), 1),
        kg_peak_mb=ours["peak_mb"],
        rdflib_peak_mb=plain["peak_mb"],
        quads=ours["quads"],
    )
    assert ours["quads"] == plain["quads"]


def test_load_seed(tmp_path):
    _compare("load seed (TriG)", ROOT / "data/seed/seed.trig", "trig", tmp_path / "seed-store")


@pytest.mark.parametrize("size", [100_000, 1_000_000, 5_000_000])
def test_load_synthetic(size, synthetic_file, tmp_path):
    _compare(f"load synthetic {size:,} N-Triples", synthetic_file(size), "nt", tmp_path / "store")
