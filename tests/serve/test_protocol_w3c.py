"""The W3C SPARQL 1.1 Protocol tests (w3c-sparql11/protocol/manifest.ttl of the shared data) against
a live `kg serve`, read-only and with updates, and against `oxigraph serve` as the peer.

The manifest describes each test as HTTP requests; the table below says the same requests
as httpx calls, keyed by the test's name in the manifest, with what each answer must be.
A test that writes is skipped on the read-only server (it answers every update 403).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import httpx
import pytest
from rdflib import Graph
from serve_support import TOKEN, Server
from shared_data import needs_shared, shared_path

from kg.graph import KnowledgeGraph

SUITE = shared_path("w3c-sparql11", "protocol")
MANIFEST = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#"
pytestmark = needs_shared("w3c-sparql11", "protocol", "manifest.ttl")

D = "http://kasei.us/2009/09/sparql/data/"
QUERY, UPDATE, FORM = "application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded"
DOC_TYPES = "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
THREE_DOCS = f"""INSERT DATA {{
  GRAPH <{D}data1.rdf> {{ <{D}data1.rdf> a foaf:Document }}
  GRAPH <{D}data2.rdf> {{ <{D}data2.rdf> a foaf:Document }}
  GRAPH <{D}data3.rdf> {{ <{D}data3.rdf> a foaf:Document }}
}}"""


@dataclass(frozen=True)
class Call:
    """One request of a test: an httpx call and what its answer must be."""

    method: str
    params: tuple = ()  # the URL's query string, in order (names may repeat)
    body: bytes | None = None
    content_type: str | None = None
    status: int = 2  # first digit: 2 (2xx or 3xx allowed) or 4
    boolean: bool | None = None
    shape: str | None = None  # "boolean", "tabular" or "RDF"
    update: bool = False  # sent to the update endpoint


def ask(body: str, *params) -> Call:
    return Call("POST", tuple(params), body.encode(), QUERY, boolean=True, shape="boolean")


def _q(text: str) -> bytes:
    return text.encode()


ASK_12 = f"ASK {{ <{D}data1.rdf> a ?type . <{D}data2.rdf> a ?type . }}"
ASK_NAMED_12 = f"ASK {{ GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}"
DATA0 = ("default-graph-uri", f"{D}data0.rdf")


def _written(graph: str, present: str, absent: str) -> Call:
    return ask(f"ASK {{ GRAPH <{graph}> {{ {present} }} FILTER NOT EXISTS {{ GRAPH <{graph}> {{ {absent} }} }} }}")


BIB = "<http://purl.org/dc/terms/BibliographicResource>"
G_DEFAULT, G_GRAPHS = "http://example.org/protocol-update-dataset-test/", "http://example.org/protocol-update-dataset-graphs-test/"
G_NAMED, G_FULL = "http://example.org/protocol-update-dataset-named-graphs-test/", "http://example.org/protocol-update-dataset-full-test/"
# Which graphs (data1..3.nt) a test loads first.
GRAPH_DATA = {
    "query_dataset_default_graphs_get": (1, 2), "query_dataset_default_graphs_post": (1, 2),
    "query_dataset_named_graphs_post": (1, 2), "query_dataset_named_graphs_get": (1, 2),
    "query_dataset_full": (1, 2, 3), "query_multiple_dataset": (1, 2, 3),
}
CASES: dict[str, list[Call]] = {
    "query_post_form": [Call("POST", (DATA0,), b"query=ASK%20%7B%7D", FORM, boolean=True, shape="boolean")],
    "query_dataset_default_graphs_get": [Call(
        "GET", (("query", ASK_12), ("default-graph-uri", f"{D}data1.rdf"), ("default-graph-uri", f"{D}data2.rdf")),
        boolean=True, shape="boolean",
    )],
    "query_dataset_default_graphs_post": [ask(ASK_12, ("default-graph-uri", f"{D}data1.rdf"), ("default-graph-uri", f"{D}data2.rdf"))],
    "query_dataset_named_graphs_post": [ask(ASK_NAMED_12, ("named-graph-uri", f"{D}data1.rdf"), ("named-graph-uri", f"{D}data2.rdf"))],
    "query_dataset_named_graphs_get": [Call(
        "GET", (("query", ASK_NAMED_12), ("named-graph-uri", f"{D}data1.rdf"), ("named-graph-uri", f"{D}data2.rdf")),
        boolean=True, shape="boolean",
    )],
    "query_dataset_full": [ask(
        f"ASK {{ <{D}data3.rdf> a ?type GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}",
        ("default-graph-uri", f"{D}data3.rdf"), ("named-graph-uri", f"{D}data1.rdf"), ("named-graph-uri", f"{D}data2.rdf"),
    )],
    # The query names its own dataset (FROM); the protocol's must win.
    "query_multiple_dataset": [ask(
        f"ASK FROM <{D}data3.rdf> {{ GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}",
        ("named-graph-uri", f"{D}data1.rdf"), ("named-graph-uri", f"{D}data2.rdf"),
    )],
    "query_get": [Call("GET", (("query", "ASK {}"), DATA0), boolean=True, shape="boolean")],
    "query_content_type_select": [Call("POST", (DATA0,), b"SELECT (1 AS ?value) {}", QUERY, shape="tabular")],
    "query_content_type_ask": [Call("POST", (DATA0,), b"ASK {}", QUERY, shape="boolean")],
    "query_content_type_describe": [Call("POST", (DATA0,), b"DESCRIBE <http://example.org/>", QUERY, shape="RDF")],
    "query_content_type_construct": [Call("POST", (DATA0,), b"CONSTRUCT { <s> <p> 1 } WHERE {}", QUERY, shape="RDF")],
    "update_dataset_default_graph": [
        Call("POST", (("using-graph-uri", f"{D}data1.rdf"),), _q(
            f"{DOC_TYPES}CLEAR ALL ;\nINSERT DATA {{ GRAPH <{D}data1.rdf> {{ <{D}data1.rdf> a foaf:Document }} }} ;\n"
            f"INSERT {{ GRAPH <{G_DEFAULT}> {{ ?s a dc:BibliographicResource }} }}\nWHERE {{ ?s a foaf:Document }}"
        ), UPDATE, update=True),
        ask(f"ASK {{ GRAPH <{G_DEFAULT}> {{ <{D}data1.rdf> a {BIB} }} }}"),
    ],
    "update_dataset_default_graphs": [
        Call("POST", (("using-graph-uri", f"{D}data1.rdf"), ("using-graph-uri", f"{D}data2.rdf")), _q(
            f"{DOC_TYPES}DROP ALL ;\n{THREE_DOCS} ;\n"
            f"INSERT {{ GRAPH <{G_GRAPHS}> {{ ?s a dc:BibliographicResource }} }}\nWHERE {{ ?s a foaf:Document }}"
        ), UPDATE, update=True),
        _written(G_GRAPHS, f"<{D}data1.rdf> a {BIB} . <{D}data2.rdf> a {BIB} .", f"<{D}data3.rdf> a {BIB} ."),
    ],
    "update_dataset_named_graphs": [
        Call("POST", (("using-named-graph-uri", f"{D}data1.rdf"), ("using-named-graph-uri", f"{D}data2.rdf")), _q(
            f"{DOC_TYPES}DROP ALL ;\n{THREE_DOCS} ;\n"
            f"INSERT {{ GRAPH <{G_NAMED}> {{ ?s a dc:BibliographicResource }} }}\nWHERE {{ GRAPH ?g {{ ?s a foaf:Document }} }}"
        ), UPDATE, update=True),
        _written(G_NAMED, f"<{D}data1.rdf> a {BIB} . <{D}data2.rdf> a {BIB} .", f"<{D}data3.rdf> a {BIB} ."),
    ],
    "update_dataset_full": [
        Call("POST", (("using-graph-uri", f"{D}data1.rdf"), ("using-named-graph-uri", f"{D}data2.rdf")), _q(
            f"{DOC_TYPES}DROP ALL ;\n{THREE_DOCS} ;\n"
            f"INSERT {{ GRAPH <{G_FULL}> {{ ?s <http://example.org/in> ?in }} }}\n"
            "WHERE { { GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) } UNION { ?s a foaf:Document . BIND(\"default\" AS ?in) } }"
        ), UPDATE, update=True),
        _written(
            G_FULL, f'<{D}data1.rdf> <http://example.org/in> "default" . <{D}data2.rdf> <http://example.org/in> <{D}data2.rdf> .',
            f"<{D}data3.rdf> ?p ?o",
        ),
    ],
    "update_post_form": [Call("POST", (), b"update=CLEAR+ALL", FORM, update=True)],
    "update_post_direct": [Call("POST", (), b"CLEAR ALL", UPDATE, update=True)],
    # A relative IRI in an update resolves against a base the service chooses.
    "update_base_uri": [
        Call("POST", (), _q(
            "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ;\n"
            "INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }"
        ), UPDATE, update=True),
        ask('ASK { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> ?o '
            'FILTER (isIRI(?o) && STR(?o) != "test") } }'),
    ],
    "query_post_direct": [ask("ASK {}")],
    "bad_query_method": [Call("PUT", (("query", "ASK {}"), DATA0), content_type=FORM, status=4)],
    "bad_multiple_queries": [Call("GET", (("query", "ASK {}"), ("query", "SELECT * {}")), status=4)],
    "bad_query_wrong_media_type": [Call("POST", (), b"ASK {}", "text/plain", status=4)],
    "bad_query_missing_form_type": [Call("POST", (), b"query=ASK%20%7B%7D", status=4)],
    "bad_query_missing_direct_type": [Call("POST", (), b"ASK {}", status=4)],
    "bad_query_non_utf8": [Call("POST", (), "ASK {}".encode("utf-16"), f"{QUERY}; charset=UTF-16", status=4)],
    "bad_query_syntax": [Call("GET", (("query", "ASK {"),), status=4)],
    "bad_update_get": [Call("GET", (("update", "CLEAR ALL"),), status=4, update=True)],
    "bad_multiple_updates": [Call("POST", (), b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", FORM, status=4, update=True)],
    "bad_update_wrong_media_type": [Call("POST", (), b"CLEAR NAMED", "text/plain", status=4, update=True)],
    "bad_update_missing_form_type": [Call("POST", (), b"update=CLEAR%20NAMED", status=4, update=True)],
    "bad_update_non_utf8": [Call("POST", (), "CLEAR NAMED".encode("utf-16"), f"{UPDATE}; charset=UTF-16", status=4, update=True)],
    "bad_update_syntax": [Call("POST", (), b"update=CLEAR%20XYZ", FORM, status=4, update=True)],
    "bad_update_dataset_conflict": [Call("POST", (("using-named-graph-uri", "http://example/people"),), _q(
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
        "DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\nWHERE { ?person foaf:givenName 'Bill' }"
    ), UPDATE, status=4, update=True)],
}
# Where the peer, `oxigraph serve` (0.5), departs from the manifest.
PEER_FAILS = {
    "query_content_type_describe": "answers Accept */* in N-Quads, not one of RDF/XML, Turtle, N-Triples, RDFa",
    "query_content_type_construct": "answers Accept */* in N-Quads, not one of RDF/XML, Turtle, N-Triples, RDFa",
    "bad_update_get": "GET /update?update=... answers 200 with its service description",
}
WRITES = {name for name, calls in CASES.items() if any(c.update and c.status == 2 for c in calls)}


def load_graphs(numbers) -> str:
    """An update putting data<n>.nt in graph <…/data<n>.rdf>, after emptying the store."""
    parts = [f"GRAPH <{D}data{n}.rdf> {{ {(SUITE / f'data{n}.nt').read_text(encoding='utf-8')} }}" for n in numbers]
    return "DROP ALL ; INSERT DATA { " + " ".join(parts) + " }"


@dataclass
class Target:
    name: str
    query_url: str
    update_url: str
    writable: bool
    headers: dict


@pytest.fixture(scope="module")
def kg_read_only(tmp_path_factory):
    url = f"oxigraph:{tmp_path_factory.mktemp('protocol-ro')}/store"
    with KnowledgeGraph.open(url) as graph:
        graph.store.update(load_graphs((1, 2, 3)))
    running = Server(url)
    yield Target("kg", running.url + "/sparql", running.url + "/sparql", False, {})
    running.stop()


@pytest.fixture(scope="module")
def kg_writable(tmp_path_factory):
    url = f"oxigraph:{tmp_path_factory.mktemp('protocol-rw')}/store"
    with KnowledgeGraph.open(url):
        pass
    running = Server(url, "--allow-update", env={"KG_SERVE_TOKEN": TOKEN})
    yield Target("kg --allow-update", running.url + "/sparql", running.url + "/sparql", True, {"Authorization": f"Bearer {TOKEN}"})
    running.stop()


@pytest.fixture(params=["kg", "kg-writable", "oxigraph"])
def target(request):
    if request.param == "kg":
        return request.getfixturevalue("kg_read_only")
    if request.param == "kg-writable":
        return request.getfixturevalue("kg_writable")
    base = request.getfixturevalue("oxigraph_server")
    return Target("oxigraph serve", base + "/query", base + "/update", True, {})


def check(response: httpx.Response, call: Call) -> None:
    said = f"{response.status_code} {response.headers.get('content-type')}: {response.text[:300]}"
    if call.status == 4:
        assert 400 <= response.status_code < 500, said
        return
    assert 200 <= response.status_code < 400, said
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if call.shape == "boolean":
        assert media in ("application/sparql-results+json", "application/json", "application/sparql-results+xml", "application/xml"), said
        if "json" in media:
            value = json.loads(response.text)["boolean"]
        else:
            found = re.search(r"<boolean>\s*(true|false)\s*</boolean>", response.text)
            assert found, said
            value = found.group(1) == "true"
        if call.boolean is not None:
            assert value is call.boolean, said
    elif call.shape == "tabular":
        assert media in (
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
        ), said
    elif call.shape == "RDF":
        formats = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}
        assert media in formats, said
        Graph().parse(data=response.text, format=formats[media])


@pytest.mark.parametrize("name", list(CASES))
def test_protocol(target: Target, name: str, request):
    if name in WRITES and not target.writable:
        pytest.skip("writes: the read-only endpoint answers 403")
    if target.name == "oxigraph serve" and name in PEER_FAILS:
        request.applymarker(pytest.mark.xfail(reason=PEER_FAILS[name], strict=True))
    with httpx.Client(timeout=30, headers=target.headers) as client:
        if target.writable and name in GRAPH_DATA:
            client.post(target.update_url, content=load_graphs(GRAPH_DATA[name]), headers={"Content-Type": UPDATE}).raise_for_status()
        for call in CASES[name]:
            headers = {} if call.content_type is None else {"Content-Type": call.content_type}
            # httpx would add a form type to a body given as data; content= sends none.
            response = client.request(
                call.method, target.update_url if call.update else target.query_url,
                params=list(call.params), content=call.body, headers=headers,
            )
            check(response, call)


def test_table_covers_the_manifest():
    manifest = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    names = {str(t).removeprefix(MANIFEST) for t in manifest.subjects() if str(t).startswith(MANIFEST)}
    assert names == set(CASES)
