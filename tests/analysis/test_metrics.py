"""Centrality and communities through igraph equal NetworkX's on graphs both can run."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.analysis.metrics import AnalysisError, centrality, communities, to_igraph

NX_RESCALES_SAMPLES_BY_SOURCE = tuple(int(p) for p in nx.__version__.split(".")[:2]) >= (3, 6)


def _random_projection(seed: int, n: int = 60, m: int = 150) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", label=f"n{i:03d}", cls="Company" if i % 3 else "InvestmentFirm")
    for _ in range(m):
        u, v = rng.randrange(n), rng.randrange(n)
        g.add_edge(f"n{u}", f"n{v}", relation="investsIn")  # parallel edges and self-loops included
    return g


def _simple(g: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph(g.to_undirected())
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    return simple


@pytest.mark.parametrize("seed", range(3))
def test_measures_equal_networkx(seed):
    g = _random_projection(seed)
    simple = _simple(g)
    assert list(simple) == list(g)  # same node order, so the same sampled sources
    expected = {
        "degree": nx.degree_centrality(simple),
        "pagerank": nx.pagerank(simple, alpha=0.85, tol=1e-12),
        "betweenness": nx.betweenness_centrality(simple),
    }
    for measure, reference in expected.items():
        ours = dict(centrality(g, measure=measure))
        assert ours.keys() == reference.keys()
        for node, value in reference.items():
            assert ours[node] == pytest.approx(value, abs=1e-9), (measure, node)


@pytest.mark.skipif(not NX_RESCALES_SAMPLES_BY_SOURCE, reason="NetworkX before 3.6 rescaled samples differently")
@pytest.mark.parametrize(("seed", "k"), [(0, 2), (1, 10), (2, 59)])
def test_sampled_betweenness_equals_networkx_with_the_same_seed(seed, k):
    g = _random_projection(seed, n=60, m=140)
    reference = nx.betweenness_centrality(_simple(g), k=k, seed=seed)
    ours = dict(centrality(g, measure="betweenness", k=k, seed=seed))
    assert ours == {node: pytest.approx(value, abs=1e-12) for node, value in reference.items()}


def test_sampled_betweenness_edge_cases():
    g = _random_projection(4)
    exact = dict(centrality(g, measure="betweenness"))
    assert dict(centrality(g, measure="betweenness", k=60)) == exact  # k = n is exact
    assert dict(centrality(g, measure="betweenness", k=600)) == exact
    with pytest.raises(AnalysisError, match="at least 2"):
        centrality(g, measure="betweenness", k=1)
    tiny = nx.MultiDiGraph([("a", "b")])
    assert centrality(tiny, measure="betweenness") == [("a", 0.0), ("b", 0.0)]
    assert centrality(nx.MultiDiGraph(), measure="pagerank") == []
    assert centrality(nx.MultiDiGraph([("a", "a")]), measure="degree") == [("a", 1.0)]


def test_class_filter_ties_and_limit():
    g = _random_projection(1)
    everything = dict(centrality(g, measure="pagerank"))
    firms = centrality(g, measure="pagerank", classes=["InvestmentFirm"], limit=5)
    assert len(firms) == 5
    assert all(g.nodes[n]["cls"] == "InvestmentFirm" and everything[n] == s for n, s in firms)
    best = sorted((n for n in g if g.nodes[n]["cls"] == "InvestmentFirm"), key=lambda n: -everything[n])[:5]
    assert [n for n, _ in firms] == best
    star = nx.MultiDiGraph([("hub", "b"), ("hub", "a"), ("hub", "c")])
    for n in star:
        star.nodes[n]["label"] = n.upper()
    assert centrality(star) == [("hub", 1.0), ("a", 1 / 3), ("b", 1 / 3), ("c", 1 / 3)]
    with pytest.raises(AnalysisError, match="unknown measure"):
        centrality(g, measure="fame")


def test_to_igraph_is_the_simple_undirected_graph():
    g = _random_projection(2)
    ig, nodes = to_igraph(g)
    simple = _simple(g)
    assert nodes == list(g)
    assert {frozenset((nodes[a], nodes[b])) for a, b in ig.get_edgelist()} == {frozenset(e) for e in simple.edges}


def _planted(groups: int = 3, size: int = 6) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for group in range(groups):
        members = [f"g{group}-{i}" for i in range(size)]
        for a in members:
            for b in members:
                if a < b:
                    g.add_edge(a, b, relation="partnersWith")
    for group in range(groups - 1):
        g.add_edge(f"g{group}-0", f"g{group + 1}-1", relation="partnersWith")
    return g


@pytest.mark.parametrize("method", ["leiden", "louvain"])
def test_communities_find_planted_groups_like_networkx(method):
    g = _planted()
    found = communities(g, seed=3, method=method)
    planted = [{f"g{k}-{i}" for i in range(6)} for k in range(3)]
    assert found == planted
    reference = nx.community.louvain_communities(_simple(g), seed=3)
    assert sorted(map(sorted, reference)) == sorted(map(sorted, found))
    assert communities(g, seed=3, method=method) == found


@pytest.mark.parametrize("seed", range(3))
def test_communities_partition_as_well_as_networkx_louvain(seed):
    g = _random_projection(seed, n=120, m=260)
    g.add_node("alone", label="alone", cls="Company")
    simple = _simple(g)
    found = communities(g, seed=seed)
    assert sorted(n for c in found for n in c) == sorted(g)  # a partition of every node
    assert {"alone"} in found
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)
    ours = nx.community.modularity(simple, found)
    reference = nx.community.modularity(simple, nx.community.louvain_communities(simple, seed=seed))
    assert ours >= reference - 0.02


def test_community_errors_and_empty_graph():
    assert communities(nx.MultiDiGraph()) == []
    with pytest.raises(AnalysisError, match="unknown community method"):
        communities(_planted(), method="girvan-newman")
