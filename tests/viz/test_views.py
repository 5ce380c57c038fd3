"""Which entities and links each view keeps, on the seed graph and generated big graphs."""

from __future__ import annotations

import pytest

from kg.entity_lookup import EntityNotFound
from kg.errors import AnalysisError, OntologyError
from kg.viz import choose_view, reduce_view, whole_view


def labels(view):
    return sorted(view.graph.nodes[n]["label"] for n in view.graph)


def named_edges(view, edges):
    g = view.graph
    return sorted((g.nodes[u]["label"], g.edges[u, v, k]["relation"], g.nodes[v]["label"]) for u, v, k in edges)


def test_whole_view_is_the_projection(seed_graph):
    view, projection = choose_view(seed_graph.store, seed_graph.ontology)
    assert view.graph is projection
    assert (view.graph.number_of_nodes(), view.graph.number_of_edges()) == (21, 28)
    assert view.notice is None


def test_focus_keeps_exactly_the_neighbourhood(seed_graph):
    view, _ = choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot", hops=1)
    assert labels(view) == [
        "AgiBot", "China", "China–South Korea Innovation and Entrepreneurship Forum",
        "LG Electronics", "Mirae Asset Management", "robotics",
    ]
    assert view.graph.number_of_edges() == 5
    assert [view.graph.nodes[n]["label"] for n in view.highlight_nodes] == ["AgiBot"]
    two, _ = choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot", hops=2)
    assert set(view.graph) < set(two.graph) and len(two.graph) == 12


def test_focus_by_alias_and_unknown_names(seed_graph):
    by_alias, _ = choose_view(seed_graph.store, seed_graph.ontology, focus="President Lee")
    assert [by_alias.graph.nodes[n]["label"] for n in by_alias.highlight_nodes] == ["Lee Jae-myung"]
    with pytest.raises(EntityNotFound):
        choose_view(seed_graph.store, seed_graph.ontology, focus="Nobody Ltd")


def test_links_view_highlights_the_path_edges(seed_graph):
    view, _ = choose_view(seed_graph.store, seed_graph.ontology, links=("Mirae Asset Management", "Lee Jae-myung"), max_hops=3)
    assert named_edges(view, view.highlight_edges) == [
        ("AgiBot", "participatesIn", "China–South Korea Innovation and Entrepreneurship Forum"),
        ("Lee Jae-myung", "headOfStateOf", "South Korea"),
        ("Lee Jae-myung", "participatesIn", "China–South Korea Innovation and Entrepreneurship Forum"),
        ("Mirae Asset Management", "headquarteredIn", "South Korea"),
        ("Mirae Asset Management", "holdsStakeIn", "AgiBot"),
    ]
    # Only path edges are drawn, so every edge of the view is highlighted.
    assert set(view.graph.edges(keys=True)) == view.highlight_edges
    assert sorted(view.graph.nodes[n]["label"] for n in view.highlight_nodes) == ["Lee Jae-myung", "Mirae Asset Management"]


def test_links_view_without_a_path_says_so(seed_graph):
    view, _ = choose_view(seed_graph.store, seed_graph.ontology, links=("ASEAN", "AgiBot"))
    assert view.notice == "No path joins them within the hop limit."
    assert len(view.graph) == 2 and view.graph.number_of_edges() == 0


def test_class_and_relation_filters(seed_graph):
    orgs, _ = choose_view(seed_graph.store, seed_graph.ontology, classes=["Organization"])
    assert labels(orgs) == [
        "ASEAN", "AgiBot", "LG Electronics", "Mirae Asset Management", "South Korean think tanks",
        "research institute specializing in South Korean policies",
    ]
    stakes, _ = choose_view(seed_graph.store, seed_graph.ontology, relations=["holds_stake_in"])
    assert labels(stakes) == ["AgiBot", "LG Electronics", "Mirae Asset Management"]
    assert stakes.graph.number_of_edges() == 2
    with pytest.raises(OntologyError):
        choose_view(seed_graph.store, seed_graph.ontology, classes=["Spaceship"])


def test_query_views(seed_graph):
    construct, _ = choose_view(seed_graph.store, seed_graph.ontology, query="CONSTRUCT { ?i kg:holdsStakeIn ?f } WHERE { ?i kg:holdsStakeIn ?f }")
    assert labels(construct) == ["AgiBot", "LG Electronics", "Mirae Asset Management"]
    assert {d["relation"] for *_, d in construct.graph.edges(data=True)} == {"holdsStakeIn"}
    pairs, _ = choose_view(seed_graph.store, seed_graph.ontology, query="SELECT ?p ?e WHERE { ?p kg:participatesIn ?e }")
    assert "Lee Jae-myung" in labels(pairs) and pairs.extra_edges == ()
    # Pairs with no edge between them are drawn as plain lines.
    unlinked, _ = choose_view(seed_graph.store, seed_graph.ontology, query="SELECT ?a ?b WHERE { ?a rdfs:label 'ASEAN' . ?b rdfs:label 'AgiBot' }")
    assert len(unlinked.extra_edges) == 1


@pytest.mark.parametrize("sparql, message", [
    ("ASK { ?s ?p ?o }", "not ASK"),
    ("SELECT ?l WHERE { ?s rdfs:label ?l }", "no pair of entities"),
])
def test_query_views_that_cannot_be_drawn(seed_graph, sparql, message):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match=message):
        choose_view(seed_graph.store, seed_graph.ontology, query=sparql)


def test_only_one_view_at_a_time(seed_graph):
    with pytest.raises(AnalysisError, match="choose one view"):
        choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot", links=("LG Electronics", "China"))


@pytest.mark.parametrize("size, limit", [(10_000, 1500), (3_000, 500)])
def test_reduction_keeps_the_best_connected(make_investor_graph, size, limit):
    graph = make_investor_graph(size)
    view = reduce_view(whole_view(graph), max_nodes=limit)
    kept = view.graph
    assert kept.number_of_nodes() == limit
    degree = dict(graph.degree)
    threshold = min(degree[n] for n in kept)
    assert all(degree[n] <= threshold for n in graph if n not in kept)
    left_nodes = size - limit
    left_edges = graph.number_of_edges() - kept.number_of_edges()
    assert view.notice == (
        f"Showing the {limit:,} best-connected of {size:,} entities; "
        f"{left_nodes:,} entities and {left_edges:,} links left out."
    )


def test_reduction_keeps_what_is_highlighted(make_investor_graph):
    from dataclasses import replace

    graph = make_investor_graph(2_000)
    quiet = min(graph, key=graph.degree)
    view = reduce_view(replace(whole_view(graph), highlight_nodes=frozenset([quiet])), max_nodes=100)
    assert quiet in view.graph and len(view.graph) == 100


def test_every_view_of_a_10k_node_graph_is_drawable(make_investor_graph):
    from kg.analysis import find_links
    from kg.ontology import load_ontology
    from kg.viz import focus_view, links_view, page_data, pairs_view

    graph = make_investor_graph(10_000)
    hub = max(graph, key=graph.degree)
    views = [
        whole_view(graph),
        focus_view(graph, hub, hops=2),
        links_view(graph, "n5", hub, find_links(graph, "n5", hub, limit=None)),
        pairs_view(graph, [(u, v, "investsIn") for u, v in list(graph.edges())[:3000]], title="pairs"),
    ]
    ontology = load_ontology()
    for view in views:
        reduced = reduce_view(view)
        data = page_data(reduced, ontology)
        assert 0 < len(data["nodes"]) <= 1500
        # Every fact is counted once by the edges drawn (bundles and group edges count many).
        assert sum(e["kg"]["count"] for e in data["edges"]) == reduced.graph.number_of_edges()
        assert sum(1 for e in data["edges"] if e.get("dashes")) == len(reduced.extra_edges)
        assert (reduced.notice is not None) == (view.graph.number_of_nodes() > 1500)
    assert views[1].highlight_nodes == {hub} and hub in reduce_view(views[1]).graph


def test_separate_leaves_no_two_boxes_overlapping():
    from kg.viz.layout import separate

    where = {f"n{i}": (float(i % 3), float(i // 3)) for i in range(9)}  # all on top of each other
    extents = {node: (30.0, 10.0) for node in where}
    moved = separate(where, extents)
    boxes = [(x - 30, y - 10, x + 30, y + 10) for x, y in moved.values()]
    overlapping = [
        (a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]
    assert overlapping == []
    assert separate({"a": (0.0, 0.0), "b": (500.0, 0.0)}, extents) == {"a": (0.0, 0.0), "b": (500.0, 0.0)}


@pytest.mark.parametrize("rounds", [1, 3, 10])
def test_separate_leaves_no_overlap_in_a_jammed_crowd_however_few_the_rounds(rounds):
    # 400 boxes of mixed sizes dropped into a square about as large as their boxes: the
    # rounds alone leave some jammed (pushed back by their other neighbours).
    import random

    from kg.viz.layout import separate

    draw = random.Random(7)
    where = {f"n{i}": (draw.uniform(0, 500), draw.uniform(0, 500)) for i in range(400)}
    extents = {node: (draw.uniform(8, 40), draw.uniform(8, 20)) for node in where}
    moved = separate(where, extents, rounds=rounds)
    assert sorted(moved) == sorted(where)
    boxes = sorted((x - extents[n][0], y - extents[n][1], x + extents[n][0], y + extents[n][1]) for n, (x, y) in moved.items())
    overlapping = [
        (a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]
    assert overlapping == []


def test_a_view_is_cut_from_the_projection_it_is_given(seed_graph):
    from kg.viz import view_for

    whole = seed_graph.projection()
    agibot = "https://w3id.org/kg/id/agibot"
    lg = "https://w3id.org/kg/id/lg-electronics"
    part = whole.subgraph([agibot, lg]).copy()
    view, graph = view_for(seed_graph.store, seed_graph.ontology, part, focus="AgiBot", hops=2)
    assert graph is part
    assert labels(view) == ["AgiBot", "LG Electronics"]
    only_stakes, _ = view_for(seed_graph.store, seed_graph.ontology, part, relations=["holds_stake_in"])
    assert named_edges(only_stakes, only_stakes.graph.edges(keys=True)) == [("LG Electronics", "holdsStakeIn", "AgiBot")]
