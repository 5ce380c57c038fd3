"""Big writes go through a redo journal (kg.store.journal): a write cut short after its
commit is completed by the next opening, one cut short before it leaves nothing, and what
a killed bulk load leaves in the store's folder is removed. (Real kills: test_kill_writes.)"""

from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef

from kg.store import journal, open_store
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


def _rows(store, graph):
    return sorted((str(s), str(o)) for s, _, o, _ in store.quads(graph=graph))


def test_a_committed_replacement_is_completed_by_the_next_writer(tmp_path):
    path = tmp_path / "s"
    p = "<http://example.org/p>"
    with open_store(f"oxigraph:{path}") as store:
        store.replace_graph(G, [(URIRef("http://example.org/old"), URIRef("http://example.org/p"), Literal(1), None),
                                (URIRef("http://example.org/same"), URIRef("http://example.org/p"), Literal(2), None)])
    # What a kill right after the commit leaves: the journal and its data, the graph untouched.
    journal.write_data(path, f'<http://example.org/same> {p} "2"^^<http://www.w3.org/2001/XMLSchema#integer> <{G}> .\n'
                             f'<http://example.org/new> {p} "3"^^<http://www.w3.org/2001/XMLSchema#integer> <{G}> .\n'.encode())
    journal.commit(path, "replace", str(G))
    with open_store(f"oxigraph:{path}") as store:
        assert _rows(store, G) == [("http://example.org/new", "3"), ("http://example.org/same", "2")]
    assert sorted(p.name for p in path.iterdir() if p.name.startswith("kg-journal")) == []


def test_completing_an_addition_twice_adds_its_blank_nodes_once(tmp_path):
    path = tmp_path / "s"
    open_store(f"oxigraph:{path}").close()
    data = f'_:b1 <http://example.org/p> "x" <{G}> .\n'.encode()
    for _ in range(2):  # a first completion killed after it landed, then the next one
        journal.write_data(path, data)
        journal.commit(path, "add", None)
        open_store(f"oxigraph:{path}").close()
    with open_store(f"oxigraph:{path}") as store:
        assert len(store) == 1


def test_a_reader_completes_a_pending_write_before_reading(tmp_path):
    path = tmp_path / "s"
    open_store(f"oxigraph:{path}").close()
    journal.write_data(path, f'<http://example.org/a> <http://example.org/p> "x" <{G}> .\n'.encode())
    journal.commit(path, "add", None)
    with open_store(f"oxigraph:{path}", read_only=True) as store:
        assert _rows(store, G) == [("http://example.org/a", "x")]
    assert not (path / JOURNAL_NAME).exists()


def test_orphans_of_a_killed_write_are_removed_when_a_writer_opens(tmp_path):
    path = tmp_path / "s"
    with open_store(f"oxigraph:{path}") as store:
        store.add([(URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(1), G)])
    # The bulk loader's sorted files and an uncommitted journal's data: nothing refers to them.
    (path / "bulk-1234567890.sst").write_bytes(b"\0" * 4096)
    (path / journal.DATA_NAME).write_text("<http://example.org/b> <http://example.org/p> <http://example.org/c> .\n")
    (path / f"{JOURNAL_NAME}.tmp").write_text("{")
    with open_store(f"oxigraph:{path}", read_only=True) as store:  # a reader leaves them alone
        assert len(store) == 1
    assert (path / "bulk-1234567890.sst").exists()
    with open_store(f"oxigraph:{path}") as store:
        assert len(store) == 1
    assert not [p.name for p in path.iterdir() if p.name.startswith(("bulk-", "kg-journal"))]


def test_a_syntax_error_in_a_big_load_writes_nothing_and_leaves_no_data(tmp_path, monkeypatch):
    import kg.store.oxigraph as oxi
    from kg.errors import IngestError
    from kg.formats import get_format

    monkeypatch.setattr(oxi, "BULK_LOAD_BYTES", 10)
    source = tmp_path / "bad.nt"
    source.write_text('<http://example.org/a> <http://example.org/p> "1" .\n<http://example.org/a> <oops .\n')
    path = tmp_path / "s"
    with open_store(f"oxigraph:{path}") as store:
        with pytest.raises(IngestError, match="not valid"):
            store.load(source, get_format("ntriples"), graph=G)
        assert len(store) == 0
    assert not [p.name for p in path.iterdir() if p.name.startswith("kg-journal")]
