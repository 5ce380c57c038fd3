"""Paths between entities: exact answers on a hand-written graph, properties on a random one."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.analysis.links import describe_path, find_links


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node, label, cls in [
        ("lg", "LG Electronics", "Company"),
        ("mirae", "Mirae Asset Management", "InvestmentFirm"),
        ("agibot", "AgiBot", "Company"),
        ("forum", "the forum", "Event"),
        ("lee", "Lee Jae-myung", "Person"),
        ("korea", "South Korea", "Country"),
        ("china", "China", "Country"),
    ]:
        g.add_node(node, label=label, cls=cls)

    def edge(u, v, key, relation, label, strength, **qualifiers):
        g.add_edge(u, v, key=key, relation=relation, label=label, strength=strength, **qualifiers)

    edge("lg", "agibot", "s1", "holdsStakeIn", "holds a stake in", 4, role="strategic shareholder")
    edge("mirae", "agibot", "s2", "holdsStakeIn", "holds a stake in", 4, role="strategic shareholder")
    edge("agibot", "forum", "s3", "participatesIn", "takes part in", 2)
    edge("lee", "forum", "s4", "participatesIn", "takes part in", 2, date="2026-01-07")
    edge("lee", "korea", "s5", "headOfStateOf", "is head of state of", 2, role="President")
    edge("lg", "korea", "s6", "headquarteredIn", "is headquartered in", 1)
    edge("mirae", "korea", "s7", "headquarteredIn", "is headquartered in", 1)
    edge("agibot", "china", "s8", "headquarteredIn", "is headquartered in", 1)
    edge("china", "korea", "s9", "tradesWith", "trades with", 2)
    return g


def test_paths_shortest_first_then_strongest():
    paths = find_links(_graph(), "lg", "mirae", max_hops=2)
    assert [p.nodes for p in paths] == [("lg", "agibot", "mirae"), ("lg", "korea", "mirae")]
    assert [p.strength for p in paths] == [8, 2]


def test_every_path_up_to_the_bound_exactly():
    paths = find_links(_graph(), "mirae", "lee", max_hops=4)
    # Two 4-hop paths: via LG (strengths 4+4+1+2 = 11) before via China (4+1+2+2 = 9).
    assert [(p.nodes, p.strength) for p in paths] == [
        (("mirae", "korea", "lee"), 3),
        (("mirae", "agibot", "forum", "lee"), 8),
        (("mirae", "agibot", "lg", "korea", "lee"), 11),
        (("mirae", "agibot", "china", "korea", "lee"), 9),
    ]


def test_sentence_tells_the_path_in_words():
    g = _graph()
    path = find_links(g, "lg", "lee", max_hops=3, relations=["holdsStakeIn", "participatesIn"])[0]
    assert describe_path(g, path) == (
        "LG Electronics holds a stake in AgiBot (strategic shareholder), which takes part in "
        "the forum, which Lee Jae-myung takes part in (2026-01-07)."
    )


def test_backward_first_step_uses_the_inverse_label():
    g = _graph()
    path = find_links(g, "agibot", "lg", max_hops=1)[0]
    assert describe_path(g, path, inverse_labels={"holdsStakeIn": "is partly owned by"}) == (
        "AgiBot is partly owned by LG Electronics (strategic shareholder)."
    )
    # By default the ontology's own inverse label ("has shareholder", kg:hasShareholder).
    assert describe_path(g, path) == "AgiBot has shareholder LG Electronics (strategic shareholder)."
    assert describe_path(g, path, inverse_labels={}) == (
        "AgiBot links to LG Electronics (LG Electronics holds a stake in AgiBot (strategic shareholder))."
    )


def test_sentence_notes_follow_the_ontology():
    g = _graph()
    g.add_edge("lg", "korea", key="s10", relation="investsIn", label="invests in", strength=3,
               amount=1.5e9, currency="KRW", roundSize=9e9, start="2024", end="2025-06", note="not in sentences")
    path = find_links(g, "lg", "korea", max_hops=1, relations=["investsIn"])[0]
    assert describe_path(g, path) == "LG Electronics invests in South Korea (1,500,000,000 KRW, 2024–2025-06)."


def test_relation_and_class_filters():
    g = _graph()
    only_stakes = find_links(g, "lg", "mirae", relations=["holdsStakeIn"])
    assert [p.nodes for p in only_stakes] == [("lg", "agibot", "mirae")]
    through_countries = find_links(g, "lg", "mirae", through=["Country"])
    assert [p.nodes for p in through_countries] == [("lg", "korea", "mirae")]
    assert find_links(g, "lg", "lee", relations=["tradesWith"]) == []


def test_unknown_or_same_endpoints_give_nothing():
    g = _graph()
    assert find_links(g, "lg", "nobody") == []
    assert find_links(g, "lg", "lg") == []


def test_limit_and_cap():
    g = _graph()
    assert len(find_links(g, "mirae", "lee", max_hops=5, limit=2)) == 2
    capped = find_links(g, "mirae", "lee", max_hops=5, limit=None, max_paths=3)
    assert [p.hops for p in capped] == sorted(p.hops for p in capped)
    assert capped[0].nodes == ("mirae", "korea", "lee")


@pytest.mark.parametrize("seed", range(5))
def test_same_paths_as_networkx_on_random_graphs(seed):
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for n in range(40):
        g.add_node(n, label=f"n{n:02d}", cls="Company")
    for k in range(90):
        u, v = rng.randrange(40), rng.randrange(40)
        if u != v:
            g.add_edge(u, v, key=f"e{k}", relation="investsIn", strength=rng.randint(1, 4))
    undirected = nx.Graph(g.to_undirected())
    for source, target in [(0, 1), (2, 3), (5, 30)]:
        expected = {tuple(p) for p in nx.all_simple_paths(undirected, source, target, cutoff=4)}
        found = find_links(g, source, target, max_hops=4, limit=None)
        assert {p.nodes for p in found} == expected
        assert [p.hops for p in found] == sorted(p.hops for p in found)
