"""Centrality and communities through igraph agree with NetworkX on graphs both can run."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.analysis.metrics import centrality, communities


def _random_projection(seed: int, n: int = 60, m: int = 150) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", label=f"n{i:03d}", cls="Company" if i % 3 else "InvestmentFirm")
    for _ in range(m):
        u, v = rng.randrange(n), rng.randrange(n)
        g.add_edge(f"n{u}", f"n{v}", relation="investsIn")
    return g


def _simple(g: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph(g.to_undirected())
    simple.remove_edges_from(nx.selfloop_edges(simple))
    return simple


@pytest.mark.parametrize("seed", range(3))
def test_measures_equal_networkx(seed):
    g = _random_projection(seed)
    simple = _simple(g)
    expected = {
        "degree": nx.degree_centrality(simple),
        "pagerank": nx.pagerank(simple, alpha=0.85),
        "betweenness": nx.betweenness_centrality(simple),
    }
    for measure, reference in expected.items():
        ours = dict(centrality(g, measure=measure))
        assert ours.keys() == reference.keys()
        # NetworkX iterates PageRank to a 1e-6 tolerance; igraph solves it exactly.
        tolerance = 1e-5 if measure == "pagerank" else 1e-9
        for node, value in reference.items():
            assert ours[node] == pytest.approx(value, abs=tolerance), (measure, node)


def test_sampled_betweenness_is_close_and_reproducible():
    g = _random_projection(7, n=120, m=400)
    exact = dict(centrality(g, measure="betweenness"))
    sampled = dict(centrality(g, measure="betweenness", k=60, seed=1))
    assert sampled == dict(centrality(g, measure="betweenness", k=60, seed=1))
    top_exact = max(exact, key=exact.get)
    assert sampled[top_exact] == pytest.approx(exact[top_exact], rel=0.5)
    assert sum(sampled.values()) == pytest.approx(sum(exact.values()), rel=0.3)


def test_class_filter_and_limit():
    g = _random_projection(1)
    firms = centrality(g, measure="degree", classes=["InvestmentFirm"], limit=5)
    assert len(firms) == 5
    assert all(g.nodes[n]["cls"] == "InvestmentFirm" for n, _ in firms)
    assert [s for _, s in firms] == sorted((s for _, s in firms), reverse=True)
    with pytest.raises(ValueError, match="unknown measure"):
        centrality(g, measure="fame")


def test_communities_cover_every_node_once_and_find_planted_groups():
    g = nx.MultiDiGraph()
    for group in range(3):
        members = [f"g{group}-{i}" for i in range(6)]
        for a in members:
            for b in members:
                if a < b:
                    g.add_edge(a, b, relation="partnersWith")
    g.add_edge("g0-0", "g1-0", relation="partnersWith")
    g.add_edge("g1-1", "g2-1", relation="partnersWith")
    found = communities(g, seed=3)
    assert sorted(len(c) for c in found) == [6, 6, 6]
    assert {frozenset(c) for c in found} == {frozenset(f"g{k}-{i}" for i in range(6)) for k in range(3)}
    assert communities(g, seed=3) == found
