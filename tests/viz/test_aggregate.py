"""Aggregation before drawing: parallel facts become one edge with exact counts and totals,
and a crowded hub's leaves one group node per class."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.ontology import load_ontology
from kg.viz import page_data, whole_view
from kg.viz.aggregate import bundle_edges, fact_period, group_leaves


def trade_graph() -> nx.MultiDiGraph:
    """Two countries, five export facts (two currencies, months and a year), one import."""
    g = nx.MultiDiGraph()
    g.add_node("cn", label="China", cls="Country")
    g.add_node("kr", label="South Korea", cls="Country")
    exports = [
        ("x1", 100.0, "USD", "2024-01"),
        ("x2", 250.5, "USD", "2024-02"),
        ("x3", 1000.0, "CNY", "2024-03"),
        ("x4", 49.5, "USD", "2023"),
        ("x5", None, None, "2025-06-30"),
    ]
    for key, amount, currency, date in exports:
        attrs = {"relation": "exportsTo", "label": "exports to", "date": date, "source": f"https://example.org/s/{key}"}
        if amount is not None:
            attrs.update(amount=amount, currency=currency)
        g.add_edge("cn", "kr", key=key, **attrs)
    g.add_edge("kr", "cn", key="m1", relation="importsFrom", label="imports from", amount=7.0, currency="EUR", start="2022", end="2022-06")
    g.graph["sources"] = {}
    return g


def test_bundles_count_and_total_exactly():
    bundles = {(b.source, b.relation, b.target): b for b in bundle_edges(trade_graph(), ontology=load_ontology())}
    assert sorted(bundles) == [("cn", "exportsTo", "kr"), ("kr", "importsFrom", "cn")]
    exports = bundles[("cn", "exportsTo", "kr")]
    assert exports.count == 5
    assert exports.totals(load_ontology()) == {"CNY": 1000.0, "USD": 400.0}
    assert exports.span(load_ontology()) == ("2023-01-01", "2025-06-30")
    assert exports.keys == ["x4", "x1", "x2", "x3", "x5"]  # by date
    imports = bundles[("kr", "importsFrom", "cn")]
    assert (imports.count, imports.totals(load_ontology()), imports.span(load_ontology())) == (1, {"EUR": 7.0}, ("2022-01-01", "2022-06-31"))


def test_page_data_draws_one_edge_per_relation_with_its_facts():
    data = page_data(whole_view(trade_graph()), load_ontology())
    assert len(data["edges"]) == 2
    (exports,) = [e for e in data["edges"] if e["kg"]["relation"] == "exportsTo"]
    assert exports["label"] == "exports to ×5"
    assert exports["kg"]["count"] == 5
    assert exports["kg"]["totals"] == [["CNY", "1,000"], ["USD", "400"]]
    assert exports["kg"]["span"] == ["2023-01-01", "2025-06-30"]
    assert [f["period"] for f in exports["kg"]["facts"]][:2] == [["2023-01-01", "2023-12-31"], ["2024-01-01", "2024-01-31"]]
    assert [f["source"]["iri"] for f in exports["kg"]["facts"]] == [f"https://example.org/s/x{i}" for i in (4, 1, 2, 3, 5)]
    assert data["relations"] == [
        {"name": "exportsTo", "label": "exports to", "count": 5},
        {"name": "importsFrom", "label": "imports from", "count": 1},
    ]
    assert len(data["sources"]) == 5


@pytest.mark.parametrize("attrs, expected", [
    ({"date": "2025"}, ("2025-01-01", "2025-12-31")),
    ({"date": "2025-02"}, ("2025-02-01", "2025-02-31")),
    ({"date": "2025-02-14T10:00"}, ("2025-02-14", "2025-02-14")),
    ({"start": "2019"}, ("2019-01-01", "2019-12-31")),
    ({"end": "2019-05"}, ("2019-05-01", "2019-05-31")),
    ({}, None),
])
def test_fact_periods(attrs, expected):
    assert fact_period(attrs, load_ontology()) == expected


def star(leaves: int, *, cls: str = "Company") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("hub", label="Sequoia Capital", cls="InvestmentFirm")
    for i in range(leaves):
        g.add_node(f"f{i:03}", label=f"Firm {i:03}", cls=cls)
        g.add_edge("hub", f"f{i:03}", key=f"k{i}", relation="investsIn", label="invests in", amount=1.0, currency="USD")
    g.graph["sources"] = {}
    return g


def test_300_leaves_become_one_group_node_that_holds_them():
    graph = star(300)
    (group,) = group_leaves(graph, dict(graph.degree))
    assert (group.hub, group.cls, len(group.members)) == ("hub", "Company", 295)
    data = page_data(whole_view(graph), load_ontology())
    groups = [n for n in data["nodes"] if "group" in n["kg"]]
    assert len(groups) == 1 and len(data["nodes"]) == 1 + 5 + 1
    (node,) = groups
    assert node["label"] == "+ 295 companies" and node["value"] == 295
    assert len(node["kg"]["group"]["members"]) == 295 and len(node["kg"]["group"]["edges"]) == 295
    (summary,) = [e for e in data["edges"] if e["to"] == node["id"]]
    assert summary["label"] == "invests in ×295" and summary["kg"]["totals"] == [["USD", "295"]]
    assert sum(e["kg"]["count"] for e in data["edges"]) == 300


def test_small_stars_and_kept_nodes_are_not_grouped():
    assert group_leaves(star(30), {}) == []
    assert len(group_leaves(star(31), {})[0].members) == 26
    graph = star(40)
    keep = {f"f{i:03}" for i in range(40)}
    assert group_leaves(graph, {}, keep=keep) == []


def test_the_most_important_leaves_stay_drawn():
    graph = star(40)
    importance = {"f039": 9.0, "f020": 8.0}
    (group,) = group_leaves(graph, importance)
    kept = sorted(set(graph) - set(group.members) - {"hub"})
    assert kept == ["f000", "f001", "f002", "f020", "f039"]


def test_totals_and_periods_follow_the_ontology(tmp_path):
    from rdflib import Graph, Literal

    from kg.namespaces import KG
    from kg.resources import resource_dir

    data = Graph().parse(resource_dir("ontology") / "kg.ttl")
    data.add((KG.amountUSD, KG.summed, Literal(True)))  # a fixed unit: summed under USD
    data.remove((KG.start, KG.periodEnd, None))  # start and end become dates of their own
    path = tmp_path / "kg.ttl"
    data.serialize(path, format="turtle")
    ontology = load_ontology(path)
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="k1", relation="investsIn", amount=2.0, currency="EUR", amountUSD=2.2)
    g.add_edge("a", "b", key="k2", relation="investsIn", amountUSD=1.0, start="2020", end="2021")
    (bundle,) = bundle_edges(g, ontology=ontology)
    assert bundle.totals(ontology) == {"EUR": 2.0, "USD": 3.2}
    assert bundle.totals(load_ontology()) == {"EUR": 2.0}
    # Without the period, the first date qualifier in kg:order (start) stands alone.
    assert fact_period({"start": "2020", "end": "2021"}, ontology) == ("2020-01-01", "2020-12-31")
    assert fact_period({"start": "2020", "end": "2021"}, load_ontology()) == ("2020-01-01", "2021-12-31")
