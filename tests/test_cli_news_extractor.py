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
