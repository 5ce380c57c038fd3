"""The explorer pages over a live server: content, escaping, and bad requests."""

from __future__ import annotations

import httpx
import pytest
from serve_support import Server

from kg.graph import KnowledgeGraph

AGIBOT = "https://w3id.org/kg/id/agibot"


def test_search_lists_matches_by_label_and_alias(server):
    page = httpx.get(server.url + "/", params={"q": "LG"})
    assert page.status_code == 200
    assert '<a href="/entity?iri=https%3A//w3id.org/kg/id/lg-electronics">LG Electronics</a>' in page.text
    by_alias = httpx.get(server.url + "/", params={"q": "president lee"}).text
    assert ">Lee Jae-myung</a>" in by_alias
    suggestions = httpx.get(server.url + "/api/suggest", params={"q": "mirae"}).json()
    assert suggestions == [{"iri": "https://w3id.org/kg/id/mirae-asset-management", "label": "Mirae Asset Management"}]


def test_entity_page_shows_class_aliases_facts_sources_and_picture(server):
    page = httpx.get(server.url + "/entity", params={"iri": "https://w3id.org/kg/id/lee-jae-myung"}).text
    assert '<h1 id="entity-label">Lee Jae-myung</h1>' in page
    assert '<span id="entity-class">person</span>' in page
    assert '<span id="aliases">President Lee; South Korean President Lee Jae-myung</span>' in page
    assert "<h2>is head of state of</h2>" in page and ">South Korea</a>" in page
    assert "role: President" in page
    assert 'src="/picture?focus=https%3A//w3id.org/kg/id/lee-jae-myung"' in page
    china = httpx.get(server.url + "/entity/china").text
    assert '<a href="http://www.wikidata.org/entity/Q148" rel="noopener">Wikidata</a>' in china
    picture = httpx.get(server.url + "/picture", params={"focus": "https://w3id.org/kg/id/lee-jae-myung"})
    assert picture.status_code == 200 and "vis.Network" in picture.text


def test_links_page_tells_the_paths(server):
    page = httpx.get(server.url + "/links", params={"from": "Mirae Asset Management", "to": "Lee Jae-myung"}).text
    assert "<li>[2 hops] Mirae Asset Management is headquartered in South Korea, which Lee Jae-myung is head of state of (President).</li>" in page
    unknown = httpx.get(server.url + "/links", params={"from": "Nobody Ltd", "to": "Lee Jae-myung"})
    assert unknown.status_code == 404 and "no entity named &#39;Nobody Ltd&#39;" in unknown.text


def test_query_page_runs_examples(server):
    from markupsafe import escape

    from kg.examples import example_queries

    (example,) = [e for e in example_queries() if e.name == "01-korean-investors-in-chinese-firms"]
    page = httpx.get(server.url + "/query", params={"example": example.name, "query": ""}).text
    assert f'spellcheck="false">{escape(example.text)}</textarea>' in page
    ran = httpx.get(server.url + "/query", params={"query": "SELECT ?firm WHERE { id:lg-electronics kg:holdsStakeIn ?firm }"}).text
    assert '<a href="/entity?iri=https%3A//w3id.org/kg/id/agibot">id:agibot</a>' in ran
    broken = httpx.get(server.url + "/query", params={"query": "SELECT ?x WHERE {"}).text
    assert '<p class="error" id="error">SPARQL syntax error' in broken


@pytest.mark.parametrize("path, status", [
    ("/entity?iri=https%3A//w3id.org/kg/id/nobody", 404),
    ("/entity", 400),
    ("/../../etc/passwd", 404),
    ("/static/..%2f..%2f..%2fetc%2fpasswd", 404),
    ("/entity/..%2f..%2fkg-store", 404),
    ("/picture", 400),
])
def test_bad_paths(server, path, status):
    response = httpx.get(server.url + path)
    assert response.status_code == status
    assert "root:" not in response.text and "Traceback" not in response.text


def test_pages_carry_a_policy_without_outside_sources(server):
    response = httpx.get(server.url + "/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "http" not in policy


def test_hostile_names_are_escaped(tmp_path):
    from pathlib import Path

    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.load([Path(__file__).resolve().parents[1] / "fixtures" / "hostile.trig"])
    running = Server(url)
    try:
        page = httpx.get(running.url + "/", params={"q": "img"}).text
        assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
        entity = httpx.get(running.url + "/entity", params={"iri": "https://w3id.org/kg/id/fund"}).text
        assert "</script><script>window.__pwned" not in entity
        assert "&lt;/script&gt;&lt;script&gt;window.__pwned = 2&lt;/script&gt;" in entity
        assert "<b onmouseover" not in entity
    finally:
        running.stop()


@pytest.mark.parametrize("path", ["/", "/entity/china", "/links", "/query", "/nowhere", "/sparql?query=ASK%7B%7D"])
def test_every_response_forbids_sniffing_and_framing(server, path):
    response = httpx.get(server.url + path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_the_picture_sends_its_policy_as_a_header_and_may_be_framed_by_the_explorer_only(server):
    import html
    import re

    picture = httpx.get(server.url + "/picture", params={"focus": "https://w3id.org/kg/id/lee-jae-myung"})
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', picture.text).group(1)
    meta = html.unescape(meta)  # the tag's attribute is HTML-escaped; a header is not
    assert picture.headers["content-security-policy"] == f"{meta}; frame-ancestors 'self'"
    assert "script-src 'sha256-" in meta and picture.headers["x-content-type-options"] == "nosniff"
