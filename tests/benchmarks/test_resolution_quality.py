"""Issue 15, point 5: precision and recall of what import and ingest link on their own and
of the top 100 of ``kg dedupe``, on the seed, the Crunchbase investments and ten real-news
articles, against decisions and pairs labelled by hand (tests/fixtures/resolution/).

The store is built as a user would: the seed, then ``import-table`` of the Crunchbase
investments, then ``ingest`` of the first ten articles of the real-news corpus (their texts
come from the cache outside the repository; the benchmark skips without them).

What is asserted is what was measured on 2026-12-02: import's merges are right 98 times in
100 or more (none wrong), ingest's links are not yet (see the README's resolution section). A decision the labels do not cover (extraction changed what it links) is counted
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
    evaluate, import_decisions, ingest_decisions, labels_by_names, read_decision_labels, read_labels,
    score_decisions)
graph = KnowledgeGraph.open("oxigraph:{tmp_path / 'store'}")
graph.load_seed()
seed_graphs = [g for (g,) in graph.store.select_rows("SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")[1]]
imported_report = graph.import_table({str(table)!r}, {str(mapping)!r})
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
rows = dedupe(graph.store, graph.ontology, min_score=0.6)
# The spellings import no longer makes one are pairs of kg dedupe now: their decision labels
# (by the two names) label those pairs too, for the list's figures only.
listed = {{**labels_by_names(rows, {str(FIXTURES / "automatic-links.csv")!r}), **pairs}}
# Recall: of the labelled pairs that are one entity (import's key-sharing spellings
# labelled 1, made or not; ingest's right links; kg dedupe pairs labelled 1, which are two
# entities), how many import and ingest made one on their own.
import_same = sum(1 for key, same in labels.items() if key[0] == "import" and same == "1")
left = sum(pairs.values())
automatic = scores["import"]["right"] + scores["ingest"]["right"]
done(scores=scores, dedupe=evaluate(rows, listed, threshold=0.95), pairs_labelled=len(listed),
     dedupe_pairs_only=evaluate(rows, pairs, threshold=0.95),
     import_recall=round(scores["import"]["right"] / import_same, 3), import_same=import_same,
     automatic_recall=round(automatic / (import_same + scores["ingest"]["right"] + left), 3), same_pairs_left=left,
     import_seconds=round(imported_report.seconds, 1),
     wrong=[(d["document"], d["stored_name"], d["met_name"]) for d in imported + ingested
            if labels.get((d["kind"], d["document"], d["iri"], d["met_name"] if d["kind"] == "import" else "")) == "0"],
     entities=len(graph.store.select_rows("SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e rdfs:label ?l }} }}")[1]))
""")
    record("resolution quality", **figures)
    scores = figures["scores"]
    for kind in ("import", "ingest"):
        assert scores[kind]["unlabelled"] <= 0.1 * scores[kind]["decisions"], kind  # labels still describe the run
    # Measured 2026-12-02, before import-table asked for a shared neighbour: import 75 right
    # of 90 sure (0.83), recall 0.586 over all labelled duplicates. Since: import 24 of 24
    # (1 unsure), 32 % of the 75 key-sharing spellings that are one firm; ingest 44 of 46.
    assert scores["import"]["wrong"] == 0
    assert scores["import"]["right"] >= 22
    assert scores["ingest"]["precision"] >= 0.9
    # kg dedupe's grade 0.95 and over: 51 of 52 (0.98). With equal keys alone at 1 instead of
    # 0.9, the spellings import now leaves apart filled it: 100 of 116 (0.86), the top 100
    # 75 of 89 (0.84); at 0.9, the top 100 is right 80 times in 88 (0.91), holding 61 % of
    # the labelled duplicates (labelled pairs and import decisions).
    assert figures["dedupe_pairs_only"]["precision"] >= 0.97
    assert figures["dedupe"]["precision"] >= 0.97
    assert figures["dedupe"]["precision_top"] >= 0.88


def test_spelling_groups_against_acquisitions_permalinks(shared_dir):
    """An unseen check of import's rule: the Crunchbase acquisitions carry each firm's
    permalink (the source's own id), so two spellings of one key are one firm exactly when
    they share a permalink. Measured 2026-12-02: 3 such pairs (About Me! / about.me, E Ink
    Holdings / E Ink, Spire / Spire Corporation), all two firms; the key alone joined all 3,
    the shared-neighbour rule none."""
    import csv
    import io
    from collections import defaultdict
    from itertools import combinations

    from kg.ingest.normalize import is_meaningful_name, name_key
    from kg.ingest.resolve import spelling_groups

    raw = (shared_dir / "datasets" / "crunchbase2013" / "crunchbase-acquisitions.csv").read_text(encoding="latin-1")
    permalinks, neighbours = defaultdict(set), {}
    for row in csv.DictReader(io.StringIO(raw.replace("\r\n", "\n").replace("\r", "\n"))):
        ends = [(row["acquirer_name"].strip(), row["acquirer_permalink"]), (row["company_name"].strip(), row["company_permalink"])]
        if not all(is_meaningful_name(name) for name, _ in ends):
            continue
        for (name, permalink), (other, _) in zip(ends, reversed(ends), strict=True):
            permalinks[name].add(permalink)
            keys = neighbours.setdefault(name, set())
            if name_key(other) != name_key(name):
                keys.add(name_key(other))
    groups = spelling_groups(neighbours)
    by_key = defaultdict(list)
    for spelling in neighbours:
        by_key[name_key(spelling)].append(spelling)
    counts = {"pairs": 0, "same": 0, "joined": 0, "joined_wrong": 0}
    for spellings in by_key.values():
        for a, b in combinations(spellings, 2):
            same = bool(permalinks[a] & permalinks[b])
            counts["pairs"] += 1
            counts["same"] += same
            counts["joined"] += groups[a] == groups[b]
            counts["joined_wrong"] += groups[a] == groups[b] and not same
    record("spelling groups on acquisitions permalinks", **counts)
    assert counts["joined_wrong"] == 0
    assert counts["pairs"] >= 3
