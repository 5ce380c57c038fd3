"""The SPARQL 1.1 Protocol as an ordinary HTTP client (httpx) meets it on a live server."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from kg_runner import run_main
from rdflib import Graph
from serve_support import TOKEN, Server

import kg.serve

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
HOLDERS = "SELECT ?holder WHERE { ?holder kg:holdsStakeIn id:agibot } ORDER BY ?holder"
ID = "https://w3id.org/kg/id/"
ARTICLE = "https://w3id.org/kg/source/article-915b299cea7c4f91"  # the seed's one article
ONTOLOGY = "https://w3id.org/kg/ontology"


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
    ("application/rdf+xml", "xml"), ("application/n-quads", "nquads"), ("application/trig", "trig"), ("text/n3", "n3"),
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
    ({"params": {"default-graph-uri": ARTICLE}}, 400, "no query"),
    ({"params": {"query": HOLDERS}, "headers": {"Accept": "text/html"}}, 406, "cannot answer in text/html"),
    ({"params": {"query": HOLDERS, "default-graph-uri": "not an IRI"}}, 400, "dataset parameter: not a valid absolute IRI"),
    ({"params": {"query": HOLDERS, "using-graph-uri": ARTICLE}}, 400, "go with an update"),
    ({"params": [("query", HOLDERS), ("query", "ASK {}")]}, 400, "one operation a request"),
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


def test_update_token_is_required_to_start(seed_store, monkeypatch):
    # In this process: were the refusal gone, the server's loop fails the test, not hangs it.
    monkeypatch.setattr(kg.serve, "run_server", lambda app, **where: pytest.fail(f"kg serve started serving on {where}"))
    result = run_main("serve", "--allow-update", store=seed_store, env={"KG_SERVE_TOKEN": None})
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


def test_the_dataset_of_the_request_replaces_the_union(server):
    def run(*params, query=HOLDERS):
        response = httpx.get(server.url + "/sparql", params=[("query", query), *params])
        assert response.status_code == 200, response.text
        return response.json()

    both = [ID + "lg-electronics", ID + "mirae-asset-management"]
    assert holders(run(("default-graph-uri", ARTICLE))) == both
    assert holders(run(("default-graph-uri", ONTOLOGY))) == []
    # Named graphs alone leave the default graph empty; a FROM of the query gives way.
    assert holders(run(("named-graph-uri", ARTICLE))) == []
    assert holders(run(("default-graph-uri", ARTICLE), query=HOLDERS.replace("WHERE", f"FROM <{ONTOLOGY}> WHERE"))) == both
    graphs = run(("named-graph-uri", ONTOLOGY), query="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert [b["g"]["value"] for b in graphs["results"]["bindings"]] == [ONTOLOGY]
    # In a form body too, with the query.
    by_form = httpx.post(server.url + "/sparql", data={"query": HOLDERS, "default-graph-uri": ONTOLOGY})
    assert holders(by_form.json()) == []


def test_ask_in_csv_and_tsv(server):
    for accept in ("text/csv", "text/tab-separated-values"):
        response = httpx.get(server.url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
        assert response.text.strip() == "true"


def test_service_description_without_a_query(server, writable_server):
    from rdflib import Namespace, URIRef

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    for running, languages in ((server, {sd.SPARQL11Query}), (writable_server, {sd.SPARQL11Query, sd.SPARQL11Update})):
        response = httpx.get(running.url + "/sparql", headers={"Accept": "text/turtle"})
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
        described = Graph().parse(data=response.text, format="turtle")
        service = described.value(predicate=sd.endpoint, object=URIRef(running.url + "/sparql"))
        assert service is not None
        assert set(described.objects(service, sd.supportedLanguage)) == languages
        assert URIRef("http://www.w3.org/ns/formats/RDF_XML") in set(described.objects(service, sd.resultFormat))
    as_xml = httpx.get(server.url + "/sparql", headers={"Accept": "application/rdf+xml"})
    assert as_xml.headers["content-type"].startswith("application/rdf+xml") and len(Graph().parse(data=as_xml.text, format="xml")) > 5


def test_updates_take_using_graph_uri(writable_server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    marked = "https://w3id.org/kg/source/marked"
    update = f"INSERT {{ GRAPH <{marked}> {{ ?h rdfs:comment \"holder\" }} }} WHERE {{ ?h kg:holdsStakeIn id:agibot }}"
    # The ontology graph holds no stakes: nothing is inserted.
    response = httpx.post(writable_server.url + "/sparql", params={"using-graph-uri": ONTOLOGY}, data={"update": update}, headers=auth)
    assert response.status_code == 204
    asked = f"SELECT ?holder WHERE {{ GRAPH <{marked}> {{ ?holder rdfs:comment ?c }} }} ORDER BY ?holder"
    assert holders(httpx.get(writable_server.url + "/sparql", params={"query": asked}).json()) == []
    response = httpx.post(writable_server.url + "/sparql", params={"using-graph-uri": ARTICLE}, data={"update": update}, headers=auth)
    assert response.status_code == 204
    assert holders(httpx.get(writable_server.url + "/sparql", params={"query": asked}).json()) == [
        ID + "lg-electronics", ID + "mirae-asset-management",
    ]
    before = count(writable_server)
    for params, text, message in [
        ({"using-graph-uri": ARTICLE}, f"WITH <{ARTICLE}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", "its own WITH"),
        ({"using-named-graph-uri": ARTICLE}, f"DELETE {{ ?s ?p ?o }} USING <{ARTICLE}> WHERE {{ ?s ?p ?o }}", "its own USING"),
        ({"using-graph-uri": ARTICLE}, "DELETE WHERE { ?s ?p ?o }", "DELETE WHERE takes no"),
        ({"default-graph-uri": ARTICLE}, "DELETE WHERE { ?s ?p ?o }", "names its dataset by using-graph-uri"),
    ]:
        response = httpx.post(writable_server.url + "/sparql", params=params, data={"update": text}, headers=auth)
        assert response.status_code == 400 and message in response.text, response.text
    both = httpx.post(writable_server.url + "/sparql", data={"update": "DROP ALL", "query": "ASK {}"}, headers=auth)
    assert both.status_code == 400 and "not both" in both.text
    assert count(writable_server) == before


def test_updates_see_the_union_default_graph(writable_seed_store):
    running = Server(writable_seed_store, "--allow-update", env={"KG_SERVE_TOKEN": TOKEN})
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}

    def update(text: str) -> None:
        response = httpx.post(running.url + "/sparql", content=text, headers=auth)
        assert response.status_code == 204, response.text

    def ask(text: str) -> bool:
        return httpx.get(running.url + "/sparql", params={"query": f"ASK {{ {text} }}"}).json()["boolean"]

    try:
        before = count(running)
        # The WHERE of an update matches what a query sees; GRAPH ?g still reaches each graph.
        update("INSERT { GRAPH <https://w3id.org/kg/source/checked> { ?h a kg:Checked } } "
               "WHERE { ?h kg:holdsStakeIn id:agibot GRAPH ?g { ?h kg:holdsStakeIn id:agibot } }")
        assert count(running) == before + 2
        update("DELETE WHERE { ?h kg:holdsStakeIn id:agibot }")
        assert holders(httpx.get(running.url + "/sparql", params={"query": HOLDERS}).json()) == []
        assert count(running) == before
        assert ask("id:agibot rdfs:label ?l")
        update("DELETE { id:agibot rdfs:label ?l } WHERE { id:agibot rdfs:label ?l }")
        assert not ask("id:agibot rdfs:label ?l")
        assert ask("id:agibot a ?type")  # nothing else of it went
    finally:
        running.stop()


def test_a_rewritten_update_reports_errors_in_the_clients_text(writable_server):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    before = count(writable_server)
    for text, where in [
        ("DELETE WHERE { ?s a kg:Nothing } ;\nINSERT DATA { <http://a> <http://b> }", "line 2, column 37"),
        ("DELETE { ?s a kg:Nothing } WHERE { ?s a kg:Nothing", None),
        ("INSERT { ?s a kg:Nothing } WHERE", None),
    ]:
        response = httpx.post(writable_server.url + "/sparql", content=text, headers=auth)
        assert response.status_code == 400 and "SPARQL syntax error" in response.text, response.text
        if where:
            assert f"at {where}" in response.text, response.text
    assert count(writable_server) == before


@pytest.mark.parametrize("accept, rdf_format", [
    ("application/rdf+xml", "xml"), ("application/n-quads", "nquads"), ("application/trig", "trig"), ("text/n3", "n3"),
])
def test_other_stores_answer_in_the_same_formats(seed_graph, accept, rdf_format):
    # A store that is not embedded (here memory:) is served through rdflib's writers.
    from kg.serve.tasks import sparql_answer

    query = "CONSTRUCT { ?h kg:holdsStakeIn id:agibot } WHERE { ?h kg:holdsStakeIn id:agibot }"
    media, body = sparql_answer(seed_graph, query, accept, 100, 1_000_000)
    assert media == accept and len(Graph().parse(data=body.decode(), format=rdf_format)) == 2
    assert sparql_answer(seed_graph, "ASK {}", "text/csv", 100, 1_000) == ("text/csv", b"true")


def test_other_stores_refuse_a_dataset(seed_graph):
    from kg.errors import QueryError
    from kg.serve.tasks import sparql_answer

    with pytest.raises(QueryError, match="need an embedded store"):
        sparql_answer(seed_graph, "ASK {}", "*/*", 100, 1_000, None, ((ARTICLE,), ()))
