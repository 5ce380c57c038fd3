"""The page as written: self-contained, escaped, styled from the ontology, tooltips with
qualifiers and sources. (What a browser makes of it is in tests/browser.)"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

from kg.ontology import load_ontology
from kg.viz import choose_view, page_data, render_html, whole_view


class Tags(HTMLParser):
    """Collects each start tag with its attributes, and the text of every script."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.scripts = []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def payload(html: str) -> dict:
    tags = parse(html)
    (data,) = [text for attrs, text in tags.scripts if attrs.get("type") == "application/json"]
    return json.loads(data)


def test_page_is_self_contained(seed_graph):
    html = seed_graph.viz()
    tags = parse(html)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "srcset", "data", "action"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    assert not [t for t, a in tags.tags if t in ("link", "img", "iframe") or (t == "script" and "src" in a)]
    assert [t for t, _ in tags.tags].count("script") == 3  # data, vis-network, kg's own
    assert "vis.Network" in html


def test_security_policy_allows_only_the_pages_own_scripts(seed_graph):
    html = seed_graph.viz()
    tags = parse(html)
    (policy,) = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    runnable = [text for attrs, text in tags.scripts if "type" not in attrs]
    assert {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in runnable} == allowed


def test_hostile_names_never_become_markup(hostile_graph):
    html = hostile_graph.viz()
    for fragment in ("<img", "<svg", "<b ", "window.__pwned = 2</script>", "onerror=alert(1)>"):
        assert fragment not in html
    assert html.count("</script>") == 3
    data = payload(html)
    (evil,) = [n for n in data["nodes"] if n["kg"]["iri"].endswith("/evil")]
    assert evil["label"] == "<img src=x onerror=alert(1)>"
    assert evil["kg"]["aliases"] == ['"><svg onload=alert(3)>']
    (edge,) = data["edges"]
    assert edge["kg"]["source"]["title"] == "</script><script>window.__pwned = 2</script>"
    assert ["role", "<b onmouseover=alert(4)>owner</b>"] in edge["kg"]["qualifiers"]


def test_title_and_notice_are_escaped(hostile_graph):
    html = hostile_graph.viz(focus="<img src=x onerror=alert(1)>")
    assert "<title>&lt;img src=x onerror=alert(1)&gt; and what lies within 1 link</title>" in html


def test_colours_shapes_and_legend_come_from_the_ontology(seed_graph):
    ontology = seed_graph.ontology
    data = payload(seed_graph.viz())
    for node in data["nodes"]:
        cls = seed_graph.projection().nodes[node["id"]]["cls"]
        assert (node["color"], node["shape"]) == (ontology.cls(cls).colour, ontology.cls(cls).shape)
    legend = {item["label"]: (item["colour"], item["shape"]) for item in data["legend"]}
    assert legend["investment firm"] == (ontology.cls("InvestmentFirm").colour, "diamond")
    assert len(legend) == len({seed_graph.projection().nodes[n]["cls"] for n in seed_graph.projection()})


def test_a_class_without_a_colour_takes_its_parents(tmp_path):
    from rdflib import Graph, Literal
    from rdflib.namespace import OWL, RDF, RDFS

    from kg.namespaces import KG
    from kg.resources import resource_dir

    data = Graph().parse(resource_dir("ontology") / "kg.ttl")
    data.add((KG.Startup, RDF.type, OWL.Class))
    data.add((KG.Startup, RDFS.label, Literal("startup", lang="en")))
    data.add((KG.Startup, RDFS.subClassOf, KG.Company))
    path = tmp_path / "kg.ttl"
    data.serialize(path, format="turtle")
    ontology = load_ontology(path)
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("https://w3id.org/kg/id/s", label="S", cls="Startup")
    (node,) = page_data(whole_view(g), ontology)["nodes"]
    assert (node["color"], node["shape"]) == (ontology.cls("Company").colour, ontology.cls("Company").shape)


def test_edges_carry_labels_qualifiers_and_sources(seed_graph):
    data = payload(seed_graph.viz())
    names = {n["id"]: n["label"] for n in data["nodes"]}
    stake = [e for e in data["edges"] if (names[e["from"]], e["kg"]["relation"], names[e["to"]]) == ("LG Electronics", "holdsStakeIn", "AgiBot")]
    (edge,) = stake
    assert edge["label"] == seed_graph.ontology.relation("holdsStakeIn").label
    assert ["role", "strategic shareholder"] in edge["kg"]["qualifiers"]
    assert edge["kg"]["source"]["title"] and edge["kg"]["source"]["issued"]


def test_tooltip_qualifiers_read_as_the_ontology_says():
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("https://w3id.org/kg/id/a", label="A", cls="Company")
    g.add_node("https://w3id.org/kg/id/b", label="B", cls="Company")
    qualifiers = {"amount": 2.5e6, "currency": "EUR", "stakePercent": 12.5, "implied": True, "confidence": 0.7}
    g.add_edge("https://w3id.org/kg/id/a", "https://w3id.org/kg/id/b", key="s1", relation="holdsStakeIn", **qualifiers)
    g.add_edge("https://w3id.org/kg/id/a", "https://w3id.org/kg/id/b", key="s2", relation="holdsStakeIn", amount=0.5, currency="EUR")
    (edge,) = page_data(whole_view(g), load_ontology())["edges"]
    assert [f["qualifiers"] for f in edge["kg"]["facts"]] == [
        [["stake percent", "12.50%"], ["amount", "2,500,000 EUR"], ["implied by the text, not stated", None]],
        [["amount", "0.50 EUR"]],
    ]
    assert edge["kg"]["totals"] == [["EUR", "2,500,000.50"]]


def test_parallel_facts_become_one_edge_and_the_rest_are_drawn_apart(seed_graph):
    data = payload(seed_graph.viz())
    names = {n["id"]: n["label"] for n in data["nodes"]}
    between = [e for e in data["edges"] if {names[e["from"]], names[e["to"]]} == {"China", "South Korea"}]
    drawn = sorted((names[e["from"]], e["label"], e["kg"]["count"]) for e in between)
    assert drawn == [
        ("China", "competes with ×4", 4), ("China", "exports to", 1), ("China", "imports from", 1),
        ("China", "trades with", 1), ("South Korea", "trades with", 1),
    ]
    (compete,) = [e for e in between if e["kg"]["relation"] == "competesWith"]
    sectors = sorted(dict(f["qualifiers"])["sector"] for f in compete["kg"]["facts"])
    assert sectors == ["autonomous-driving", "electric-vehicles", "robotics", "semiconductors"]
    shapes = {(e["smooth"]["type"] if e["from"] < e["to"] else {"curvedCW": "curvedCCW", "curvedCCW": "curvedCW"}[e["smooth"]["type"]], e["smooth"]["roundness"]) for e in between}
    assert len(shapes) == len(between)  # no two drawn on top of each other


def test_positions_are_computed_and_physics_is_off(seed_graph):
    data = payload(seed_graph.viz())
    assert data["options"]["physics"]["enabled"] is False
    spots = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(spots) == len(data["nodes"])  # no two nodes on one spot
    assert payload(seed_graph.viz()) == data  # the same picture twice


def test_sizes_follow_the_chosen_measure(seed_graph):
    by_degree = {n["label"]: n["value"] for n in payload(seed_graph.viz())["nodes"]}
    assert max(by_degree, key=by_degree.get) == "China"
    by_rank = {n["label"]: n["value"] for n in payload(seed_graph.viz(size_by="pagerank"))["nodes"]}
    assert 0 < sum(by_rank.values()) <= 1.0 + 1e-9


def test_a_reduced_view_says_so_on_the_page(make_investor_graph):
    from kg.viz import reduce_view

    view = reduce_view(whole_view(make_investor_graph(10_000)), max_nodes=1500)
    html = render_html(view, load_ontology())
    data = payload(html)
    assert len(data["nodes"]) == 1500
    assert f'<div id="kg-notice" role="note">{view.notice}</div>' in html


def test_focus_page_marks_the_focus(seed_graph):
    view, _ = choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot")
    data = page_data(view, seed_graph.ontology)
    assert [n["label"] for n in data["nodes"] if n["kg"]["highlight"]] == ["AgiBot"]


def test_neighbour_records_are_bounded_and_keep_names_as_data(hostile_graph, seed_graph):
    from kg.viz import neighbour_records

    projection = hostile_graph.projection()
    evil = "https://w3id.org/kg/id/evil"
    (other,) = set(projection.successors(evil)) | set(projection.predecessors(evil))
    found = neighbour_records(projection, other, hostile_graph.ontology)
    assert [n["label"] for n in found["nodes"]] == ["<img src=x onerror=alert(1)>"]
    assert found["more"] == 0 and len(found["edges"]) == 1
    china = seed_graph.projection()
    hub = seed_graph.resolve("China")
    limited = neighbour_records(china, hub, seed_graph.ontology, limit=3)
    neighbours = set(china.successors(hub)) | set(china.predecessors(hub))
    assert len(limited["nodes"]) == 3 and limited["more"] == len(neighbours) - 3
    assert {e["to"] if e["from"] == hub else e["from"] for e in limited["edges"]} == {n["id"] for n in limited["nodes"]}
