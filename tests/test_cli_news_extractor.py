"""`kg extract`'s extractor comes from the library (KnowledgeGraph.extractor_for): the store's
entities when the store exists, the reference data alone when it does not (and no store is
made), and the store is closed again once its names are read."""

from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph


def test_extractor_for_knows_the_stores_entities_or_only_the_reference_data(writable_seed_store, tmp_path):
    pytest.importorskip("spacy")
    missing = tmp_path / "no-store"
    alone = KnowledgeGraph.extractor_for(f"oxigraph:{missing}")
    assert not missing.exists()
    seeded = KnowledgeGraph.extractor_for(writable_seed_store)
    assert set(alone.known) < set(seeded.known)
    # Closed after reading: the store opens again to write.
    with KnowledgeGraph.open(writable_seed_store) as graph:
        graph.store.replace_graph("https://w3id.org/kg/source/probe", [])


GOLD = """meta: {format: kg-eval/1}
documents:
- id: minjin
  publication_date: "2026-03-05"
  entities:
  - {name: Minjin Motors, type: Company, aliases: []}
  - {name: Hanul Robotics, type: Company, aliases: []}
  - {name: Daejeon, type: City, aliases: []}
  relations:
  - {subject: Minjin Motors, predicate: invests_in, object: Hanul Robotics, qualifiers: {amount: 20000000, currency: USD, date: "2026-03-03"}}
  - {subject: Hanul Robotics, predicate: headquartered_in, object: Daejeon}
  - {subject: Minjin Motors, predicate: partners_with, object: Hanul Robotics}
"""
TEXT = "Minjin Motors invested $20 million in Daejeon-based Hanul Robotics on Tuesday.\n"


@pytest.fixture
def tiny_gold(tmp_path):
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "minjin.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_evaluate_scores_with_the_reference_data_alone(tiny_gold):
    pytest.importorskip("spacy")
    report = KnowledgeGraph.evaluate(tiny_gold / "gold.yaml", tiny_gold)
    # What is scored is what kg extract gives for the text with no store, candidates aside.
    [(_, record)] = KnowledgeGraph.extract_at(f"oxigraph:{tiny_gold / 'no-store'}", [str(tiny_gold / "minjin.txt")], date="2026-03-05")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r["candidate"]}
    assert not (tiny_gold / "no-store").exists()
    assert (report.relations.extracted, report.relations.gold) == (len(facts), 3)
    assert report.entities_typed.gold == 3
    # Nothing in the text says the two firms partner.
    assert "minjin: Minjin Motors partners_with Hanul Robotics" in report.missed
    assert report.relations.tp == len(facts & {("Minjin Motors", "invests_in", "Hanul Robotics"), ("Hanul Robotics", "headquartered_in", "Daejeon")})


def test_kg_eval_prints_the_library_s_report(tiny_gold, writable_seed_store, monkeypatch):
    """kg eval only prints KnowledgeGraph.evaluate's report; a store (here the seed, through
    --store) changes nothing: scores never depend on what was ingested."""
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    pytest.importorskip("spacy")
    result = CliRunner().invoke(cli, ["--store", writable_seed_store, "eval", str(tiny_gold / "gold.yaml"), str(tiny_gold), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == KnowledgeGraph.evaluate(tiny_gold / "gold.yaml", tiny_gold).as_dict()
    text = CliRunner().invoke(cli, ["eval", str(tiny_gold / "gold.yaml"), str(tiny_gold)])
    assert text.exit_code == 0 and "partners_with" in text.output
