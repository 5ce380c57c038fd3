"""`kg validate` at scale: the shapes as SPARQL in the store's engine against pySHACL on the
same store (a slice of the Crunchbase investments, since pySHACL takes minutes on the
whole), and the engine alone on the whole table."""

from __future__ import annotations

import pytest
from harness import ROOT, measure, record

_VALIDATE = """
from kg.graph import KnowledgeGraph
from kg.validation import validate_store, validate_triples
graph = KnowledgeGraph.open("oxigraph:{store}")
{load}
quads = len(graph.store)
started = time.perf_counter()
engine = validate_store(graph.store)
engine_s = time.perf_counter() - started
figures = dict(quads=quads, engine_s=round(engine_s, 2), violations=len(engine.violations))
if {oracle}:
    started = time.perf_counter()
    oracle = validate_triples(graph.triples(), graph.ontology)
    figures.update(pyshacl_s=round(time.perf_counter() - started, 2), same_report=oracle == engine,
                   pyshacl_over_engine=round((time.perf_counter() - started) / engine_s, 1))
done(**figures)
"""


@pytest.mark.parametrize("rows", [2_000, None], ids=["slice-with-pyshacl", "whole-table"])
def test_crunchbase(shared_dir, tmp_path, rows):
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    if rows is not None:
        lines = table.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        sliced = tmp_path / "slice.csv"
        sliced.write_text("".join(lines[: rows + 1]), encoding="utf-8")
        table = sliced
    mapping = ROOT / "examples" / "mappings" / "crunchbase-investments.yaml"
    figures = measure(_VALIDATE.format(
        store=tmp_path / "store", load=f'graph.import_table("{table}", "{mapping}")', oracle=rows is not None,
    ))
    if rows is not None:
        assert figures["same_report"], figures
    record(f"validate crunchbase investments ({'first %d rows' % rows if rows else 'whole table'})", **figures)
