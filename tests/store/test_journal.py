"""A bulk graph load cut short by a crash is undone when the store is next opened."""

from __future__ import annotations

import json

from rdflib import Literal, URIRef

from kg.store import open_store
from kg.store.oxigraph import BULK_GRAPH_QUADS, JOURNAL_NAME

G = URIRef("http://example.org/big")
KEEP = URIRef("http://example.org/keep")


def test_big_new_graph_goes_the_bulk_way_and_leaves_no_journal(tmp_path):
    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        quads = [(URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i), None) for i in range(BULK_GRAPH_QUADS + 1)]
        assert store.replace_graph(G, quads) == BULK_GRAPH_QUADS + 1
        assert len(store) == BULK_GRAPH_QUADS + 1
    assert not (tmp_path / "s" / JOURNAL_NAME).exists()


def test_interrupted_bulk_load_is_undone_on_open(tmp_path):
    path = tmp_path / "s"
    with open_store(f"oxigraph:{path}") as store:
        store.replace_graph(KEEP, [(URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(1), None)])
        # What a crash half-way through a bulk load leaves: part of the graph and the journal.
        store.add([(URIRef("http://example.org/partial"), URIRef("http://example.org/p"), Literal(2), G)])
    (path / JOURNAL_NAME).write_text(json.dumps({"graph": str(G)}), encoding="utf-8")
    with open_store(f"oxigraph:{path}") as store:
        assert store.graphs() == [KEEP]
        assert len(store) == 1
    assert not (path / JOURNAL_NAME).exists()
