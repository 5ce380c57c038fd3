"""Graph exports read back by NetworkX: counts, labels, qualifiers, parallel edges, and
names that are markup survive as data."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from kg.analysis.exports import GRAPH_EXPORTS, export_graph

EVIL = "<img src=x onerror=alert(1)> & Co"


def _projection() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(sources={"src:1": {"title": "A </script> title", "issued": "2025"}})
    g.add_node("fund", label=EVIL, cls="InvestmentFirm")
    g.add_node("acme", label="Acme", cls="Company")
    g.add_node("x", label="Xland", cls="Country")
    g.add_edge("fund", "acme", key="s1", relation="investsIn", label="invests in", strength=3,
               statement="s1", source="src:1", amount=5e6, currency="USD", date="2021", round="seed")
    g.add_edge("fund", "acme", key="s2", relation="investsIn", label="invests in", strength=3,
               statement="s2", source=None, amount=2e7, currency="USD", date="2023")
    g.add_edge("acme", "x", key="headquarteredIn", relation="headquarteredIn", label="is headquartered in",
               strength=1, statement=None, source=None)
    return g


def _read(fmt: str, data: bytes) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data))
    return nx.cytoscape_graph(json.loads(data))


@pytest.mark.parametrize("fmt", sorted(GRAPH_EXPORTS))
def test_round_trip(fmt):
    out = io.BytesIO()
    export_graph(_projection(), fmt, out)
    back = _read(fmt, out.getvalue())
    assert back.number_of_nodes() == 3
    assert back.number_of_edges() == 3
    labels = {n: d.get("label") for n, d in back.nodes(data=True)}
    assert EVIL in labels.values()
    assert {d.get("cls") for _, d in back.nodes(data=True)} == {"InvestmentFirm", "Company", "Country"}
    deals = [d for _, _, d in back.edges(data=True) if d.get("relation") == "investsIn"]
    assert sorted(float(d["amount"]) for d in deals) == [5e6, 2e7]
    assert {d.get("source_title") for d in deals} == {"A </script> title", None}


def test_xml_formats_escape_markup():
    for fmt in ("graphml", "gexf"):
        out = io.BytesIO()
        export_graph(_projection(), fmt, out)
        text = out.getvalue().decode("utf-8")
        assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt; &amp; Co" in text


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown graph format"):
        export_graph(_projection(), "dot", io.BytesIO())
