"""The SPARQL 1.1 Protocol as an ordinary HTTP client (httpx) meets it on a live server."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from rdflib import Graph
from serve_support import TOKEN, Server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
HOLDERS = "SELECT ?holder WHERE { ?holder kg:holdsStakeIn id:agibot } ORDER BY ?holder"
ID = "https://w3id.org/kg/id/"


def count(server) -> int:
    answer = httpx.get(server.url + "/sparql", params={"query": COUNT}).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def holders(answer: dict) -> list[str]:
    return [b["holder"]["value"] for b in answer["results"]["bindings"]]


def test_get_post_form_and_direct_post_agree(server):
    by_get = httpx.get(server.url + "/sparql", params={"query": HOLDERS})
    by_form = httpx.post(server.url + "/sparql", data={"query": HOLDERS})
    direct = httpx.post(server.url + "/sparql", content=HOLDERS, headers={"Content-Type": "application/sparql-query"})
    for response in (by_get, by_form, direct):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        assert holders(response.json()) == [ID + "lg-electronics", ID + "mirae-asset-management"]


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
])
def test_select_by_content_negotiation(server, accept, media):
    response = httpx.get(server.url + "/sparql", params={"query": HOLDERS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    if media == "text/csv":
        assert list(csv.reader(io.StringIO(response.text)))[1:] == [[ID + "lg-electronics"], [ID + "mirae-asset-management"]]
    if media.endswith("xml"):
        assert f"<uri>{ID}lg-electronics</uri>" in response.text


@pytest.mark.parametrize("accept, rdf_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
])
def test_construct_by_content_negotiation(server, accept, rdf_format):
    query = "CONSTRUCT { ?h kg:holdsStakeIn id:agibot } WHERE { ?h kg:holdsStakeIn id:agibot }"
    response = httpx.get(server.url + "/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert len(Graph().parse(data=response.text, format=rdf_format)) == 2


def test_ask(server):
    response = httpx.get(server.url + "/sparql", params={"query": "ASK { id:lg-electronics kg:holdsStakeIn id:agibot }"})
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"params": {"query": "SELEC ?x WHERE {"}}, 400, "SPARQL syntax error"),
    ({"params": {}}, 400, "no query"),
    ({"params": {"query": HOLDERS}, "headers": {"Accept": "text/html"}}, 406, "cannot answer in text/html"),
    ({"params": {"query": HOLDERS, "default-graph-uri": "http://x"}}, 400, "dataset parameters"),
    ({"params": {"query": "SELECT * WHERE { ?s ?p ?o }"}}, 400, "more than 500 rows"),
    ({"params": {"update": "DROP ALL"}}, 400, "updates are sent by POST"),
    ({"params": {"query": "PREFIX x: <http://x/> DROP ALL"}}, 400, "this is an update"),
])
def test_bad_queries(server, request_kwargs, status, message):
    response = httpx.get(server.url + "/sparql", **request_kwargs)
    assert response.status_code == status and message in response.text
    assert response.headers["content-type"].startswith("text/plain") and len(response.text) < 400


def test_bad_posts_change_nothing(server):
    before = count(server)
    cases = [
        ({"data": {"update": "DROP ALL"}}, 403, "updates are disabled"),
        ({"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403, "updates are disabled"),
        ({"content": "x" * (1024 * 1024 + 1), "headers": {"Content-Type": "application/sparql-query"}}, 413, "larger than"),
        ({"content": HOLDERS, "headers": {"Content-Type": "text/plain"}}, 415, "application/sparql-query"),
        ({"content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}}, 400, "not UTF-8"),
    ]
    for kwargs, status, message in cases:
        response = httpx.post(server.url + "/sparql", **kwargs)
        assert response.status_code == status and message in response.text
    assert httpx.put(server.url + "/sparql", content="x").status_code == 405
    assert count(server) == before
    # The server is still up and answering.
    assert httpx.get(server.url + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_no_cors_unless_asked(server, writable_server):
    plain = httpx.get(server.url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://analyst.example"})
    assert "access-control-allow-origin" not in plain.headers
    allowed = httpx.get(writable_server.url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://analyst.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://analyst.example"


def test_updates_need_the_token(writable_server):
    update = 'INSERT DATA { GRAPH <https://w3id.org/kg/source/note> { id:x rdfs:label "X" } }'
    no_auth = httpx.post(writable_server.url + "/sparql", data={"update": update})
    assert no_auth.status_code == 401 and no_auth.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.post(writable_server.url + "/sparql", data={"update": update}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    before = count(writable_server)
    ok = httpx.post(writable_server.url + "/sparql", content=update,
                    headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 204
    assert count(writable_server) == before + 1
    broken = httpx.post(writable_server.url + "/sparql", data={"update": "INSERT DATA {"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert broken.status_code == 400 and count(writable_server) == before + 1


def test_a_query_past_the_timeout_gets_503(seed_store):
    slow = Server(seed_store, "--timeout", "0.5")
    try:
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        response = httpx.get(slow.url + "/sparql", params={"query": query}, timeout=30)
        assert response.status_code == 503 and "timed out after 0.5 s" in response.text
        assert httpx.get(slow.url + "/sparql", params={"query": "ASK {}"}, timeout=10).status_code == 200
    finally:
        slow.stop()


def test_update_token_is_required_to_start(seed_store, tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "kg", "--store", seed_store, "serve", "--allow-update"],
                            check=False, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kg: error: --allow-update needs a token")


def test_relative_iris_resolve_against_the_endpoint(server, writable_server):
    """The SPARQL protocol's base IRI is the endpoint's URL, for queries and updates alike."""
    answer = httpx.get(server.url + "/sparql", params={"query": "SELECT ?x WHERE { BIND(<item/1> AS ?x) }"}).json()
    assert answer["results"]["bindings"][0]["x"]["value"] == server.url + "/item/1"
    update = "INSERT DATA { GRAPH <https://w3id.org/kg/source/note> { <thing> rdfs:label \"Thing\" } }"
    ok = httpx.post(writable_server.url + "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 204
    found = httpx.get(writable_server.url + "/sparql", params={"query": 'SELECT ?s WHERE { ?s rdfs:label "Thing" }'}).json()
    assert [b["s"]["value"] for b in found["results"]["bindings"]] == [writable_server.url + "/thing"]
