"""Graph exports read back by NetworkX: counts, labels, classes, qualifiers, parallel edges;
names that are markup survive as data; the files are well-formed for other tools."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.analysis.exports import GRAPH_EXPORTS, export_graph, scalar_copy
from kg.analysis.metrics import AnalysisError

EVIL = "<img src=x onerror=alert(1)> & Co"
ID = "https://w3id.org/kg/id/"


def _projection() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(sources={"src:1": {"title": "A </script> title & more", "issued": "2025"}})
    g.add_node(ID + "fund", label=EVIL, cls="InvestmentFirm")
    g.add_node(ID + "acme", label="Acme\x0b Robotics", cls="Company")
    g.add_node(ID + "x", label="Xland", cls="Country")
    g.add_edge(ID + "fund", ID + "acme", key="st:1", relation="investsIn", label="invests in", strength=3,
               statement="st:1", source="src:1", amount=5e6, currency="USD", date="2021", round="seed", role=None)
    g.add_edge(ID + "fund", ID + "acme", key="st:2", relation="investsIn", label="invests in", strength=3,
               statement="st:2", source=None, amount=20_000_000, currency="USD", date="2023", start="2023-01")
    g.add_edge(ID + "fund", ID + "acme", key="st:3", relation="holdsStakeIn", label="holds a stake in", strength=4,
               statement="st:3", source="src:1", stakePercent=12.5, implied=True, evidenceStart=float("nan"))
    g.add_edge(ID + "acme", ID + "x", key="headquarteredIn", relation="headquarteredIn",
               label="is headquartered in", strength=1, statement=None, source=None)
    g.add_edge(ID + "fund", ID + "x", key="headquarteredIn", relation="headquarteredIn",
               label="is headquartered in", strength=1, statement=None, source=None)
    return g


def _export(fmt: str, g: nx.MultiDiGraph | None = None) -> bytes:
    out = io.BytesIO()
    export_graph(_projection() if g is None else g, fmt, out)
    return out.getvalue()


def _read(fmt: str, data: bytes) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data))
    return nx.cytoscape_graph(json.loads(data))


@pytest.mark.parametrize("fmt", sorted(GRAPH_EXPORTS))
def test_round_trip(fmt):
    back = _read(fmt, _export(fmt))
    assert back.is_multigraph() and back.is_directed()
    assert back.number_of_nodes() == 3
    assert back.number_of_edges() == 5
    assert back.number_of_edges(ID + "fund", ID + "acme") == 3  # parallel statements survive
    nodes = dict(back.nodes(data=True))
    assert nodes[ID + "fund"]["label"] == EVIL
    assert nodes[ID + "acme"]["label"] == "Acme Robotics"  # the control character is gone
    assert {d["cls"] for d in nodes.values()} == {"InvestmentFirm", "Company", "Country"}
    edges = {d["statement"]: d for _, _, d in back.edges(data=True) if "statement" in d}
    assert sorted(edges) == ["st:1", "st:2", "st:3"]
    assert [edges[s]["amount"] for s in ("st:1", "st:2")] == [5e6, 2e7]
    assert all(isinstance(edges[s]["amount"], float) for s in ("st:1", "st:2"))  # one type per name
    assert edges["st:3"]["stakePercent"] == 12.5 and edges["st:3"]["implied"] is True
    assert "evidenceStart" not in edges["st:3"] and "role" not in edges["st:1"]
    assert edges["st:1"]["source_iri"] == "src:1" and edges["st:1"]["source_title"] == "A </script> title & more"
    assert "source_iri" not in edges["st:2"] and edges["st:2"]["period_start"] == "2023-01"
    assert edges["st:3"]["label"] == "holds a stake in" and edges["st:3"]["weight"] == 4.0
    if fmt == "cytoscape":
        assert nodes[ID + "fund"]["name"] == EVIL
    located = [d for _, _, d in back.edges(data=True) if d["relation"] == "headquarteredIn"]
    assert len(located) == 2 and all(d["strength"] == 1 for d in located)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_is_well_formed_and_escapes_markup(fmt):
    data = _export(fmt)
    text = data.decode("utf-8")
    assert "<img" not in text and "</script>" not in text
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; Co" in text
    root = ET.fromstring(data)  # well-formed
    if fmt == "graphml":
        keys = root.findall("{*}key")
        assert len({k.get("id") for k in keys}) == len(keys)
        names = [(k.get("for"), k.get("attr.name")) for k in keys]
        assert len(set(names)) == len(names)  # one key (so one type) per attribute name
        edge_ids = [e.get("id") for e in root.findall(".//{*}edge")]
        assert len(set(edge_ids)) == len(edge_ids) == 5
    else:
        titles = [(a.get("title"), c.get("class")) for c in root.findall(".//{*}attributes") for a in c.findall("{*}attribute")]
        assert ("amount", "edge") in titles and ("cls", "node") in titles
        assert len(set(titles)) == len(titles)
        assert root.find(".//{*}graph").get("mode") == "static"


def test_cytoscape_json_escapes_markup_and_names_nodes():
    data = _export("cytoscape")
    assert b"<" not in data and b">" not in data and b"&" not in data
    document = json.loads(data)
    names = {e["data"]["id"]: e["data"]["name"] for e in document["elements"]["nodes"]}
    assert names[ID + "fund"] == EVIL and names[ID + "x"] == "Xland"
    edge = next(e["data"] for e in document["elements"]["edges"] if e["data"].get("statement") == "st:1")
    assert (edge["source"], edge["target"], edge["source_iri"]) == (ID + "fund", ID + "acme", "src:1")


def test_scalar_copy_unifies_types_and_keys():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="k", relation="r", amount=1, note="x")
    g.add_edge("a", "b", key="k2", relation="r", amount=2.5, note=3)
    g.add_edge("b", "c", key="k", relation="r", amount=None, note=["not", "scalar"])
    copy = scalar_copy(g)
    assert sorted(copy.edges(keys=True, data=True)) == [
        ("a", "b", "k", {"relation": "r", "amount": 1.0, "note": "x"}),
        ("a", "b", "k2", {"relation": "r", "amount": 2.5, "note": "3"}),
        ("b", "c", "k~1", {"relation": "r"}),
    ]


def test_empty_graph_and_unknown_format():
    for fmt in GRAPH_EXPORTS:
        assert _read(fmt, _export(fmt, nx.MultiDiGraph())).number_of_nodes() == 0
    with pytest.raises(AnalysisError, match="unknown graph format"):
        export_graph(_projection(), "dot", io.BytesIO())
