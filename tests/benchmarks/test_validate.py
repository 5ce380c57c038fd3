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


_INCREMENTAL = """
from kg.graph import KnowledgeGraph
from kg.validation_changes import validate_changes
graph = KnowledgeGraph.open("oxigraph:{store}")
graph.import_table("{table}", "{mapping}")
started = time.perf_counter()
whole = validate_changes(graph.store, graph.ontology, everything=True)
whole_s = time.perf_counter() - started
started = time.perf_counter()
unchanged = validate_changes(graph.store, graph.ontology)
unchanged_s = time.perf_counter() - started
graph.ingest(["{article}"], date="2026-01-20")
started = time.perf_counter()
changes = validate_changes(graph.store, graph.ontology)
changes_s = time.perf_counter() - started
oracle = validate_changes(graph.store, graph.ontology, everything=True)
done(quads=len(graph.store), whole_s=round(whole_s, 2), unchanged_s=round(unchanged_s, 3),
     one_article_s=round(changes_s, 2), focus_nodes=changes.focus, scope=changes.scope,
     whole_over_one_article=round(whole_s / changes_s, 1), same_report=changes.report == oracle.report)
"""


def test_crunchbase_one_article_since_the_last_validation(shared_dir, tmp_path):
    """`kg validate` after one ingested article on the Crunchbase store: the nodes near the
    article checked against the whole store (target <= 1 s), against the whole store's
    validation in the same run (target <= 60 s), and the same report as that one."""
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    figures = measure(_INCREMENTAL.format(
        store=tmp_path / "store", table=table, mapping=ROOT / "examples" / "mappings" / "crunchbase-investments.yaml",
        article=ROOT / "tests" / "fixtures" / "devset" / "01-battery-investment.txt",
    ))
    assert figures["scope"] == "changes" and figures["same_report"], figures
    record("validate crunchbase + one article since the last validation", **figures)
