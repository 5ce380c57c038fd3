"""The remote store against a real `oxigraph serve`: endpoints, errors, and the limits of
what SPARQL lets a client see (documented in kg.store.remote)."""

from __future__ import annotations

import socket
import time

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.formats import get_format
from kg.store import open_store
from kg.store.remote import update_endpoint

A = "http://example.org/"
G1 = URIRef(A + "g1")
FACT = (URIRef(A + "s"), URIRef(A + "p"), Literal("x"))


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_endpoint_fails_fast():
    url = f"http://127.0.0.1:{_unused_port()}/query"
    started = time.monotonic()
    with open_store(url) as store:
        with pytest.raises(StoreError, match=f"cannot reach the SPARQL endpoint at {url}"):
            len(store)
        with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint at .*/update"):
            store.add([(*FACT, G1)])
    assert time.monotonic() - started < 5


def test_a_silent_endpoint_times_out(monkeypatch):
    monkeypatch.setenv("KG_HTTP_TIMEOUT", "0.3")
    with socket.socket() as listener:  # accepts connections (the kernel does), never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        with open_store(url) as store:
            with pytest.raises(StoreError, match=r"did not answer within 0.3 s \(set KG_HTTP_TIMEOUT"):
                store.query("ASK {}")


def test_a_bad_timeout_setting(monkeypatch):
    monkeypatch.setenv("KG_HTTP_TIMEOUT", "soon")
    with pytest.raises(StoreError, match="KG_HTTP_TIMEOUT must be a number"):
        open_store("http://127.0.0.1:1/query")


def test_update_endpoint(monkeypatch):
    monkeypatch.delenv("KG_UPDATE_URL", raising=False)
    assert update_endpoint("http://h:3030/ds/query") == "http://h:3030/ds/update"
    assert update_endpoint("http://h:7878/") == "http://h:7878/update"
    assert update_endpoint("https://h/repositories/news?x=1") == "https://h/repositories/news?x=1"
    monkeypatch.setenv("KG_UPDATE_URL", "http://h/statements")
    assert update_endpoint("http://h:3030/ds/query") == "http://h/statements"
    assert open_store("http://h:3030/ds/query").update_url == "http://h/statements"


def test_a_bare_host_means_oxigraphs_layout(oxigraph_server, remote_url):
    with open_store(oxigraph_server) as store:
        assert store.query_url == f"{oxigraph_server}/query"
        store.add([(*FACT, G1)])
        assert list(store.quads()) == [(*FACT, G1)]
    with open_store(remote_url) as store:
        assert len(store) == 1


def test_a_wrong_path_is_a_store_error(oxigraph_server):
    with open_store(f"{oxigraph_server}/no/such/endpoint") as store:
        with pytest.raises(StoreError, match=r"answered 404: .*not supported"):
            store.query("ASK {}")


def test_a_failed_write_sends_nothing(remote_url):
    with open_store(remote_url) as store:
        store.add([(*FACT, G1)])
        with pytest.raises(StoreError, match="not a valid RDF term"):
            store.add([(URIRef(A + "a"), URIRef(A + "b"), Literal(1), G1), (URIRef(A + "bad iri"), URIRef(A + "b"), Literal(2), G1)])
        assert list(store.quads()) == [(*FACT, G1)]


def test_a_triple_in_the_default_and_a_named_graph_is_seen_in_the_named_one(remote_url):
    # The documented blind spot: SPARQL over a union default graph cannot tell them apart.
    with open_store(remote_url) as store:
        store.add([(*FACT, None), (*FACT, G1)])
        assert list(store.quads()) == [(*FACT, G1)]
        assert len(store) == 1
        assert set(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows) == {(Literal("x"),)}


def test_version_is_blind_to_a_write_that_keeps_every_count(remote_url):
    # The documented weakness of version() on a server: only counts per graph are seen.
    with open_store(remote_url) as store:
        store.load(b'<http://example.org/s> <http://example.org/p> "x" .', get_format("ntriples"), graph=G1)
        before = store.version()
        store.replace_graph(G1, [(URIRef(A + "s"), URIRef(A + "p"), Literal("changed"), G1)])
        assert store.version() == before
        store.add([(URIRef(A + "t"), URIRef(A + "p"), Literal("y"), G1)])
        assert store.version() != before
