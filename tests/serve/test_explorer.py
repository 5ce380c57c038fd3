"""The explorer pages over a live server: content, escaping, and bad requests."""

from __future__ import annotations

import re

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
    assert '<h2 id="rel-1">is head of state of <span class="meta">(1)</span></h2>' in page and ">South Korea</a>" in page
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
        by_name = httpx.get(running.url + "/entity/<img src=x onerror=alert(1)>")
        assert by_name.status_code == 200 and "<img" not in by_name.text
        assert '<h1 id="entity-label">&lt;img src=x onerror=alert(1)&gt;</h1>' in by_name.text
        unknown = httpx.get(running.url + "/entity/<script>alert(5)</script>")
        assert unknown.status_code == 404 and "<script>alert(5)" not in unknown.text
        assert "&lt;script&gt;alert(5)&lt;/script&gt;" in unknown.text
        found = httpx.get(running.url + "/viz/neighbours", params={"iri": "https://w3id.org/kg/id/fund"})
        assert found.headers["content-type"] == "application/json" and "<img" not in found.text
        assert "\\u003cimg src=x onerror=alert(1)\\u003e" in found.text and "&lt;" not in found.text
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


def _main(page: str) -> str:
    return page[page.index("<main>"):page.index("</main>")]


@pytest.mark.parametrize("name", ["Lee Jae-myung", "president lee", "LEE JAE-MYUNG", "lee-jae-myung", "id:lee-jae-myung",
                                  "https://w3id.org/kg/id/lee-jae-myung"])
def test_entity_by_name_resolves_as_the_cli_does(server, name):
    # A label, an alias ignoring case, kg's own IRI segment, prefix:name, an IRI: one entity.
    response = httpx.get(server.url + "/entity/" + name)
    assert response.status_code == 200
    assert '<h1 id="entity-label">Lee Jae-myung</h1>' in response.text


def test_unknown_name_is_a_404_with_the_closest_names_as_links(server):
    response = httpx.get(server.url + "/entity/Agibott")
    assert response.status_code == 404
    main = _main(response.text)
    assert "no entity named &#39;Agibott&#39;; did you mean &#39;AgiBot&#39;?" in main
    assert '<ul id="suggested">\n  <li><a href="/entity/AgiBot">AgiBot</a></li>\n</ul>' in main
    assert httpx.get(server.url + "/entity/LG").text.count('<a href="/entity/LG%20Electronics">LG Electronics</a>') == 1
    junk = httpx.get(server.url + "/entity/????")
    assert junk.status_code == 404 and "is not a name" in junk.text
    assert httpx.get(server.url + "/entity/", params={}).status_code == 404


def test_facts_are_grouped_counted_strongest_first_and_worded(server):
    main = _main(httpx.get(server.url + "/entity/China").text)
    headings = re.findall(r'<h2 id="rel-(\d+)">(.*?) <span class="meta">\((\d+)\)</span></h2>', main)
    # Trade (strength 2) before competition (1) though competition has more facts.
    assert headings == [
        ("0", "… is a policy of China", "2"), ("1", "exports to", "1"), ("2", "imports from", "1"),
        ("3", "trades with", "1"), ("4", "… trades with China", "1"), ("5", "competes with", "4"),
        ("6", "… is headquartered in China", "1"), ("7", "… is located in China", "1"),
    ]
    assert '<p id="relations">12 facts:' in main
    assert "implied: True" not in main and "True" not in main
    assert "<span class=\"meta\"> · implied by the text, not stated</span>" in main
    assert "amount: 1,030,000,000,000 CNY" in main and "growth percent: 1.70%" in main
    assert 'id="pager-top"' not in main  # one page only


def _deal_store(directory) -> str:
    lines = [
        "@prefix kg: <https://w3id.org/kg/ontology#> .", "@prefix id: <https://w3id.org/kg/id/> .",
        "@prefix src: <https://w3id.org/kg/source/> .", "@prefix stmt: <https://w3id.org/kg/stmt/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "src:deals {", '  src:deals a kg:Source ; dcterms:title "Deal list" .',
        '  id:big-fund a kg:InvestmentFirm ; rdfs:label "Big Fund" .',
    ]
    # Listed backwards, so the page's order is its own doing.
    for i in reversed(range(120)):
        lines.append(f'  id:c-{i:03d} a kg:Company ; rdfs:label "Company {i:03d}" . id:big-fund kg:investsIn id:c-{i:03d} .')
        lines.append(f"  stmt:d-{i} a kg:Investment ; kg:subject id:big-fund ; kg:relation kg:investsIn ; "
                     f'kg:object id:c-{i:03d} ; kg:amount {i + 1}000000 ; kg:currency "USD" ; kg:date "20{10 + i % 10}" ; '
                     "prov:wasDerivedFrom src:deals .")
    lines += [f"  id:big-fund kg:holdsStakeIn id:c-{i:03d} ." for i in range(3)]
    # Two entities of one name: /entity/Twin Co cannot choose.
    lines += ['  id:twin-a a kg:Company ; rdfs:label "Twin Co" .', '  id:twin-b a kg:Company ; rdfs:label "Twin Co" .', "}"]
    (directory / "deals.trig").write_text("\n".join(lines), encoding="utf-8")
    url = f"oxigraph:{directory / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.load([directory / "deals.trig"])
    return url


@pytest.fixture(scope="module")
def deal_server(tmp_path_factory):
    running = Server(_deal_store(tmp_path_factory.mktemp("deals")))
    yield running
    running.stop()


def test_many_facts_are_paged_fifty_at_a_time(deal_server):
    first = _main(httpx.get(deal_server.url + "/entity/Big Fund").text)
    # Ownership (strength 4) before investment (3), each relation with its count and page.
    assert re.findall(r'<a href="[^"]*#rel-\d">([^<]*)</a> \((\d+)\)', first) == [("holds a stake in", "3"), ("invests in", "120")]
    assert "facts 1–50 of 123 · page 1 of 3" in first and "previous" not in first.split("</p>")[2]
    assert '<a href="/entity?iri=https%3A//w3id.org/kg/id/big-fund&amp;page=2">next →</a>' in first
    labels = re.findall(r'<li><a href="[^"]*">(Company \d+)</a>', first)
    assert len(labels) == 50 and labels[:4] == ["Company 000", "Company 001", "Company 002", "Company 000"]
    assert labels[3:] == [f"Company {i:03d}" for i in range(47)]  # sorted by name inside the group
    assert "amount: 1,000,000 USD" in first and "date: 2010" in first
    last = httpx.get(deal_server.url + "/entity", params={"iri": "https://w3id.org/kg/id/big-fund", "page": "3"})
    main = _main(last.text)
    assert last.status_code == 200 and "facts 101–123 of 123 · page 3 of 3" in main and "next" not in main
    assert '<h2 id="rel-1">invests in <span class="meta">(120, continued)</span></h2>' in main
    assert re.findall(r'<li><a href="[^"]*">(Company \d+)</a>', main) == [f"Company {i:03d}" for i in range(97, 120)]
    assert '<a href="/entity?iri=https%3A//w3id.org/kg/id/big-fund&amp;page=2">← previous</a>' in main
    for page, status in (("4", 404), ("0", 400), ("x", 400), ("-1", 400)):
        response = httpx.get(deal_server.url + "/entity", params={"iri": "https://w3id.org/kg/id/big-fund", "page": page})
        assert response.status_code == status and "Traceback" not in response.text


def test_neighbours_endpoint_returns_the_records_of_a_double_click(server):
    found = httpx.get(server.url + "/viz/neighbours", params={"iri": AGIBOT})
    assert found.status_code == 200 and found.headers["content-type"] == "application/json"
    records = found.json()
    assert sorted(n["label"] for n in records["nodes"]) == [
        "China", "China–South Korea Innovation and Entrepreneurship Forum", "LG Electronics",
        "Mirae Asset Management", "robotics",
    ]
    assert len(records["edges"]) == 5 and records["more"] == 0
    assert all(AGIBOT in (e["from"], e["to"]) for e in records["edges"])
    # What the page already draws is left out.
    fewer = httpx.get(server.url + "/viz/neighbours", params={"iri": AGIBOT, "shown": "https://w3id.org/kg/id/china"}).json()
    assert "China" not in [n["label"] for n in fewer["nodes"]] and len(fewer["nodes"]) == 4
    for params, status in (({"iri": "https://w3id.org/kg/id/nobody"}, 404), ({}, 400), ({"iri": "not an iri"}, 404)):
        response = httpx.get(server.url + "/viz/neighbours", params=params)
        assert response.status_code == status and "error" in response.json()


def test_the_explorer_picture_expands_from_its_own_origin(server):
    import html

    picture = httpx.get(server.url + "/picture", params={"focus": AGIBOT})
    policy = picture.headers["content-security-policy"]
    assert "connect-src 'self'" in policy and "frame-ancestors 'self'" in policy
    data = html.unescape(picture.text)
    assert '"expandUrl":"/viz/neighbours?iri="' in data or '"expandUrl": "/viz/neighbours?iri="' in data


def test_query_answers_are_paged_a_hundred_rows_at_a_time(server):
    from urllib.parse import urlencode

    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 250"
    first = httpx.get(server.url + "/query", params={"query": query})
    assert first.status_code == 200
    main = _main(first.text)
    assert main.count("<tr>") == 101  # the header and 100 rows
    assert "rows 1–100 of 250 · page 1 of 3" in main and '<p class="meta" id="row-count">250 rows</p>' in main
    assert f'<a href="/query?{urlencode({"query": query, "page": 2}).replace("&", "&amp;")}">next →</a>' in main
    last = _main(httpx.get(server.url + "/query", params={"query": query, "page": "3"}).text)
    assert last.count("<tr>") == 51 and "rows 201–250 of 250 · page 3 of 3" in last and "next →" not in last
    # Page 2 starts where page 1 ended.
    rows = [re.findall(r"<tr>.*?</tr>", _main(httpx.get(server.url + "/query", params={"query": query, "page": n}).text))[1:]
            for n in (1, 2)]
    assert len(set(rows[0]) | set(rows[1])) == 200
    past = httpx.get(server.url + "/query", params={"query": query, "page": "4"})
    assert past.status_code == 404 and "no page 4: the answer has 250 rows, 3 pages" in past.text
    assert httpx.get(server.url + "/query", params={"query": query, "page": "two"}).status_code == 400
    empty = _main(httpx.get(server.url + "/query", params={"query": "SELECT ?x WHERE { ?x a kg:Nothing }"}).text)
    assert '<p class="meta" id="row-count">0 rows</p>' in empty and "pager" not in empty


def test_a_name_of_several_entities_lists_them(deal_server):
    response = httpx.get(deal_server.url + "/entity/Twin Co")
    assert response.status_code == 300
    main = _main(response.text)
    assert "&#39;Twin Co&#39; names 2 entities" in main
    assert re.findall(r'<li><a href="(/entity\?iri=[^"]*)">Twin Co</a>', main) == [
        "/entity?iri=https%3A//w3id.org/kg/id/twin-a", "/entity?iri=https%3A//w3id.org/kg/id/twin-b",
    ]
    assert httpx.get(deal_server.url + "/entity/twin-a").status_code == 200  # kg's own segment picks one
