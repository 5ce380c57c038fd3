"""The SPARQL clients people use, unchanged, against a live `kg serve`: SPARQLWrapper,
rdflib's SPARQLStore and SPARQLUpdateStore (a named graph too), and a form POST as the
YASGUI query editor sends it."""

from __future__ import annotations

from urllib.error import HTTPError

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from serve_support import TOKEN, Server

from kg.namespaces import KG as KG_NS

ID = "https://w3id.org/kg/id/"
KG = str(KG_NS)
ARTICLE = URIRef("https://w3id.org/kg/source/article-915b299cea7c4f91")
HOLDERS = f"SELECT ?h WHERE {{ ?h <{KG}holdsStakeIn> <{ID}agibot> }} ORDER BY ?h"
STAKES = f"CONSTRUCT {{ ?h <{KG}holdsStakeIn> <{ID}agibot> }} WHERE {{ ?h <{KG}holdsStakeIn> <{ID}agibot> }}"
BOTH = [URIRef(ID + "lg-electronics"), URIRef(ID + "mirae-asset-management")]


@pytest.fixture(scope="module")
def editable(tmp_path_factory, make_seed_store):
    url = make_seed_store(tmp_path_factory.mktemp("clients") / "store")
    running = Server(url, "--allow-update", env={"KG_SERVE_TOKEN": TOKEN})
    yield running
    running.stop()


def test_sparqlwrapper(server):
    wrapper = pytest.importorskip("SPARQLWrapper")
    client = wrapper.SPARQLWrapper(server.url + "/sparql")
    client.setQuery(HOLDERS)
    client.setReturnFormat(wrapper.JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [URIRef(r["h"]["value"]) for r in rows] == BOTH
    # Its default for CONSTRUCT and DESCRIBE is RDF/XML, parsed into an rdflib graph.
    for query in (STAKES, f"DESCRIBE <{ID}agibot>"):
        client = wrapper.SPARQLWrapper(server.url + "/sparql")
        client.setQuery(query)
        answer = client.query().convert()
        assert isinstance(answer, Graph) and len(answer) >= 2
    client = wrapper.SPARQLWrapper(server.url + "/sparql")
    client.setQuery(f"ASK {{ <{ID}lg-electronics> <{KG}holdsStakeIn> <{ID}agibot> }}")
    client.setReturnFormat(wrapper.XML)
    assert "<boolean>true</boolean>" in client.query().convert().toxml()
    client.setReturnFormat(wrapper.CSV)
    assert client.query().convert().strip() == b"true"


def test_rdflib_sparqlstore(server):
    everything = Graph(store=SPARQLStore(server.url + "/sparql"))
    assert [row.h for row in everything.query(HOLDERS)] == BOTH
    assert set(everything.query(STAKES).graph.subjects()) == set(BOTH)
    assert len(everything.query(f"DESCRIBE <{ID}agibot>").graph) > 2
    # A graph of the store by name: rdflib sends default-graph-uri with each query.
    article = Graph(store=SPARQLStore(server.url + "/sparql"), identifier=ARTICLE)
    assert [row.h for row in article.query(HOLDERS)] == BOTH
    ontology = Graph(store=SPARQLStore(server.url + "/sparql"), identifier=URIRef("https://w3id.org/kg/ontology"))
    assert list(ontology.query(HOLDERS)) == []


def test_rdflib_sparqlupdatestore_with_a_named_graph(editable):
    note = URIRef("https://w3id.org/kg/source/client-note")
    store = SPARQLUpdateStore(
        editable.url + "/sparql", editable.url + "/sparql", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    graph = Graph(store=store, identifier=note)
    graph.add((URIRef(ID + "agibot"), RDFS.comment, Literal("seen by a client")))
    graph.add((URIRef(ID + "agibot"), RDFS.comment, Literal("twice")))
    assert len(graph) == 2
    asked = httpx.get(editable.url + "/sparql", params={"query": f"SELECT ?c WHERE {{ GRAPH <{note}> {{ ?s ?p ?c }} }} ORDER BY ?c"})
    assert [b["c"]["value"] for b in asked.json()["results"]["bindings"]] == ["seen by a client", "twice"]
    graph.remove((None, RDFS.comment, Literal("twice")))
    assert set(graph.objects(URIRef(ID + "agibot"), RDFS.comment)) == {Literal("seen by a client")}
    # Without the token the same store is refused, and nothing changes.
    refused = Graph(store=SPARQLUpdateStore(editable.url + "/sparql", editable.url + "/sparql"), identifier=note)
    with pytest.raises(HTTPError, match="401"):
        refused.add((URIRef(ID + "agibot"), RDFS.comment, Literal("no")))
    assert len(graph) == 1


def test_a_yasgui_style_form_post(server):
    # What the YASGUI editor sends: a form with the query, a charset on the type, and an
    # Accept header that prefers a format but takes anything.
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
    select = httpx.post(server.url + "/sparql", data={"query": HOLDERS}, headers={
        **headers, "Accept": "application/sparql-results+json,*/*;q=0.9",
    })
    assert select.status_code == 200 and select.headers["content-type"].startswith("application/sparql-results+json")
    assert [URIRef(b["h"]["value"]) for b in select.json()["results"]["bindings"]] == BOTH
    construct = httpx.post(server.url + "/sparql", data={"query": STAKES}, headers={**headers, "Accept": "text/turtle,*/*;q=0.9"})
    assert construct.status_code == 200 and construct.headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=construct.text, format="turtle")) == 2
