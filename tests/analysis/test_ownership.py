"""Effective ownership on hand-computed fixtures: chains, a cross-holding, unknown stakes."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis.ownership import owners


def _graph(edges) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for u, v, relation, percent in edges:
        for n in (u, v):
            g.add_node(n, label=n.upper())
        data = {"relation": relation}
        if percent is not None:
            data["stakePercent"] = percent
        g.add_edge(u, v, **data)
    return g


def by_owner(result) -> dict:
    return {r["owner"]: r for r in result["rows"]}


def test_three_levels_with_a_cross_holding():
    # A owns 60% of B, D owns 40% of B, B owns 50% of C, C owns 10% of B (the cycle), and
    # C owns 80% of F. By hand, with e(X) the integrated stake of X in F:
    #   e(C) = 0.8 + 0.1 e(B),  e(B) = 0.5 e(C)  =>  e(C) = 0.8 / 0.95 = 0.8421052631...
    #   e(B) = 0.4210526315...,  e(A) = 0.6 e(B) = 0.2526315789...,  e(D) = 0.4 e(B) = 0.1684210526...
    g = _graph([
        ("a", "b", "holdsStakeIn", 60.0), ("d", "b", "holdsStakeIn", 40.0),
        ("b", "c", "holdsStakeIn", 50.0), ("c", "b", "holdsStakeIn", 10.0),
        ("c", "f", "holdsStakeIn", 80.0),
    ])
    result = owners(g, "f")
    rows = by_owner(result)
    assert result["converged"] is True
    assert rows["c"]["percent"] == pytest.approx(80 / 0.95)
    assert rows["b"]["percent"] == pytest.approx(40 / 0.95)
    assert rows["a"]["percent"] == pytest.approx(24 / 0.95)
    assert rows["d"]["percent"] == pytest.approx(16 / 0.95)
    assert [r["owner"] for r in result["rows"]] == ["c", "b", "a", "d"]
    assert {n for n, r in rows.items() if r["ultimate"]} == {"a", "d"}
    assert result["cycles"] == [["b", "c"]]
    assert rows["b"]["in_cycle"] and not rows["a"]["in_cycle"]
    assert [r["depth"] for r in result["rows"]] == [1, 2, 3, 3]
    assert rows["a"]["chains"] == [["a", "b", "c", "f"]]


def test_subsidiary_and_acquisition_links():
    # P acquires S outright (no stake stated: 100%), S is a 70% subsidiary of... no: T is a
    # subsidiary of S with 70%, and T holds 20% of F. So S holds 14% of F, P 14% too.
    g = _graph([("p", "s", "acquires", None), ("t", "s", "subsidiaryOf", 70.0), ("t", "f", "holdsStakeIn", 20.0)])
    rows = by_owner(owners(g, "f"))
    assert rows["t"]["percent"] == pytest.approx(20.0)
    assert rows["s"]["percent"] == pytest.approx(14.0)
    assert rows["p"]["percent"] == pytest.approx(14.0)
    assert rows["p"]["ultimate"] and not rows["s"]["ultimate"]


def test_unknown_stakes_are_unknown_not_zero():
    # X holds an unknown stake in F; Y owns 50% of X (so Y's stake is unknown too);
    # Z holds 30% of F directly and an unknown stake in X: at least 30%.
    g = _graph([
        ("x", "f", "holdsStakeIn", None), ("y", "x", "holdsStakeIn", 50.0),
        ("z", "f", "holdsStakeIn", 30.0), ("z", "x", "holdsStakeIn", None),
    ])
    rows = by_owner(owners(g, "f"))
    assert rows["x"]["percent"] is None and rows["y"]["percent"] is None
    assert rows["z"]["percent"] == pytest.approx(30.0)
    assert rows["z"]["at_least"] is True
    assert rows["x"]["at_least"] is False
    assert [r["owner"] for r in owners(g, "f")["rows"]] == ["z", "x", "y"]


def test_a_cycle_owning_all_of_itself_is_reported_not_looped():
    g = _graph([("a", "b", "holdsStakeIn", 100.0), ("b", "a", "holdsStakeIn", 100.0), ("b", "f", "holdsStakeIn", 50.0)])
    result = owners(g, "f")
    assert result["converged"] is False
    assert result["cycles"] == [["a", "b"]]
    assert {r["owner"]: r["percent"] for r in result["rows"]} == {"a": None, "b": None}


def test_no_owners_and_depth_bound():
    g = _graph([("a", "b", "holdsStakeIn", 50.0), ("b", "f", "holdsStakeIn", 50.0)])
    assert owners(g, "a")["rows"] == []
    assert [r["owner"] for r in owners(g, "f", max_depth=1)["rows"]] == ["b"]
