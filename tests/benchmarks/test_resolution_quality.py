"""Issue 15, point 5: precision and recall of what import and ingest link on their own and
of the top 100 of ``kg dedupe``, on the seed, the Crunchbase investments and ten real-news
articles, against decisions and pairs labelled by hand (tests/fixtures/resolution/).

The store is built as a user would: the seed, then ``import-table`` of the Crunchbase
investments, then ``ingest`` of the first ten articles of the real-news corpus (their texts
come from the cache outside the repository; the benchmark skips without them).

What is asserted is what was measured on 2026-12-02, not the issue's target: automatic
links are meant to be right 98 times in 100, and they are not (see the README's resolution
section). A decision the labels do not cover (extraction changed what it links) is counted
and bounded, so the labels cannot silently go stale.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from harness import ROOT, measure, record

FIXTURES = ROOT / "tests" / "fixtures" / "resolution"
ARTICLES = 10


def _articles() -> list[Path]:
    cache = Path(os.environ.get("KG_REALNEWS_CACHE") or Path.home() / ".cache" / "kg" / "realnews")
    manifest = yaml.safe_load((ROOT / "tests" / "fixtures" / "realnews" / "manifest.yaml").read_text(encoding="utf-8"))
    return [cache / f"{entry['id']}.txt" for entry in manifest["documents"][:ARTICLES]]


def test_resolution_quality(shared_dir, tmp_path):
    articles = _articles()
    if not all(path.exists() for path in articles):
        pytest.skip("the real-news texts are not cached (tests/fixtures/realnews/README.md)")
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    mapping = ROOT / "examples" / "mappings" / "crunchbase-investments.yaml"
    figures = measure(f"""
import os
os.environ["KG_CACHE_DIR"] = {str(tmp_path / "cache")!r}
from pathlib import Path
from kg.graph import KnowledgeGraph
from kg.ingest.tables import read_mapping
from kg.ids import source_iri
from kg.resolution import dedupe
from kg.resolution.evaluate import (
    evaluate, import_decisions, ingest_decisions, read_decision_labels, read_labels, score_decisions)
graph = KnowledgeGraph.open("oxigraph:{tmp_path / 'store'}")
graph.load_seed()
seed_graphs = [g for (g,) in graph.store.select_rows("SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")[1]]
graph.import_table({str(table)!r}, {str(mapping)!r})
table_graph = str(source_iri("table", read_mapping({str(mapping)!r}).name))
paths = {[str(p) for p in articles]!r}
summaries = graph.ingest(paths)
documents = {{s["source"]: Path(s["document"]).stem for s in summaries}}
labels = read_decision_labels({str(FIXTURES / "automatic-links.csv")!r})
imported = import_decisions(graph.store, table_graph, "crunchbase-investments")
ingested = ingest_decisions(graph.store, documents, [*seed_graphs, table_graph])
reference = {{"Country", "City", "Sector"}}
scores = {{
    "import": score_decisions(imported, labels),
    "ingest": score_decisions(ingested, labels),
    "ingest_named": score_decisions([d for d in ingested if d["cls"] not in reference], labels),
}}
pairs = {{}}
for name in ("crunchbase-pairs.csv", "news-seed-pairs.csv"):
    pairs.update(read_labels({str(FIXTURES)!r} + "/" + name))
rows = dedupe(graph, min_score=0.6)
automatic = scores["import"]["right"] + scores["ingest"]["right"]
left = sum(pairs.values())  # pairs labelled one entity that import and ingest kept two
# The rule the labels suggest for import: two spellings of one key are one entity only when
# their rows share a neighbour (an investor, a portfolio firm).
import csv
neighbours = {{}}
with open({str(table)!r}, encoding="utf-8", errors="replace") as rows_file:
    for row in csv.DictReader(rows_file):
        neighbours.setdefault(row["company_name"], set()).add(row["investor_name"])
        neighbours.setdefault(row["investor_name"], set()).add(row["company_name"])
sharing = [d for d in imported if neighbours.get(d["stored_name"], set()) & neighbours.get(d["met_name"], set())]
done(scores=scores, dedupe=evaluate(rows, pairs, threshold=0.95), pairs_labelled=len(pairs),
     automatic_recall=round(automatic / (automatic + left), 3), same_pairs_left=left,
     import_if_shared_neighbour=score_decisions(sharing, labels))
""")
    record("resolution quality", **figures)
    scores = figures["scores"]
    for kind in ("import", "ingest"):
        assert scores[kind]["unlabelled"] <= 0.1 * scores[kind]["decisions"], kind  # labels still describe the run
    # Measured 2026-12-02: import 75 right of 90 sure (0.83), ingest 47 of 68 (0.69; firms and
    # people alone 25 of 46, 0.54). The target, 0.98, is not met: see the README.
    assert scores["import"]["precision"] >= 0.8
    assert scores["ingest"]["precision"] >= 0.6
    # Linking only spellings that share a neighbour: 22 right, none wrong, 1 unsure.
    assert figures["import_if_shared_neighbour"]["wrong"] == 0
    assert figures["import_if_shared_neighbour"]["right"] >= 20
    # kg dedupe's grade for merging, 0.95 and over: 0.98 on Crunchbase alone, 54 of 57 with
    # the articles' pairs; the top 100: 0.89.
    assert figures["dedupe"]["precision"] >= 0.94
    assert figures["dedupe"]["precision_top"] >= 0.85
