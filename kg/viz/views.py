"""What a picture shows: a part of the projection, what to highlight, and what was left out.

Each function takes the projection (see :mod:`kg.analysis.project`) and returns a
:class:`View`; :func:`reduce_view` trims a view too large to draw usefully.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import networkx as nx

from kg.analysis.links import LinkPath
from kg.ids import local_name

__all__ = [
    "MAX_NODES",
    "View",
    "focus_view",
    "links_view",
    "pairs_view",
    "reduce_view",
    "whole_view",
]

#: Above this many nodes a picture is reduced: vis-network still draws more, but neither
#: the browser nor a reader can do anything with them.
MAX_NODES = 1500


@dataclass(frozen=True)
class View:
    """A subgraph of the projection to draw.

    ``highlight_nodes`` and ``highlight_edges`` (``(u, v, key)`` triples) are drawn
    emphasised; ``notice`` tells the reader what the view leaves out, if anything.
    """

    graph: nx.MultiDiGraph
    title: str
    highlight_nodes: frozenset[str] = frozenset()
    highlight_edges: frozenset[tuple[str, str, str]] = frozenset()
    notice: str | None = None
    extra_edges: tuple[tuple[str, str, str], ...] = field(default=())


def whole_view(graph: nx.MultiDiGraph, *, title: str = "The whole graph") -> View:
    """Every node and edge of *graph*.

    >>> g = nx.MultiDiGraph(); g.add_edge("a", "b", key="k")
    'k'
    >>> whole_view(g).graph.number_of_edges()
    1
    """
    return View(graph=graph, title=title)


def focus_view(graph: nx.MultiDiGraph, entity: str, *, hops: int = 1) -> View:
    """The entities within *hops* links of *entity* (either direction), and every edge
    among them.

    >>> g = nx.MultiDiGraph()
    >>> for u, v in [("a", "b"), ("c", "b"), ("c", "d")]:
    ...     _ = g.add_edge(u, v)
    >>> sorted(focus_view(g, "a", hops=2).graph.nodes)
    ['a', 'b', 'c']
    """
    if entity not in graph:
        raise KeyError(entity)
    ball = nx.single_source_shortest_path_length(_undirected(graph), entity, cutoff=hops)
    label = graph.nodes[entity].get("label", entity)
    return View(
        graph=graph.subgraph(ball).copy(),
        title=f"{label} and what lies within {hops} link{'s' if hops != 1 else ''}",
        highlight_nodes=frozenset([entity]),
    )


def links_view(graph: nx.MultiDiGraph, source: str, target: str, paths: Iterable[LinkPath]) -> View:
    """The edges of *paths* (see :func:`kg.analysis.find_links`), highlighted, with their
    nodes; the two ends are highlighted even when no path joins them.

    >>> from kg.analysis import find_links
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="k1", strength=1); _ = g.add_edge("c", "b", key="k2", strength=1)
    >>> view = links_view(g, "a", "c", find_links(g, "a", "c"))
    >>> sorted(view.highlight_edges)
    [('a', 'b', 'k1'), ('c', 'b', 'k2')]
    """
    edges = {(step.subject, step.object, step.key) for path in paths for step in path.steps}
    nodes = {source, target} | {n for u, v, _ in edges for n in (u, v)}
    sub = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    sub.add_edges_from((u, v, k, graph.edges[u, v, k]) for u, v, k in edges)
    names = [graph.nodes[n].get("label", n) for n in (source, target)]
    return View(
        graph=sub,
        title=f"Links between {names[0]} and {names[1]}",
        highlight_nodes=frozenset({source, target}),
        highlight_edges=frozenset(edges),
        notice=None if edges else "No path joins them within the hop limit.",
    )


def pairs_view(
    graph: nx.MultiDiGraph, pairs: Iterable[tuple[str, str, str | None]], *, title: str
) -> View:
    """Entity pairs from a query. A pair with a relation name keeps the projection's edges
    of that relation between the two (or draws one if there is none); a pair without one
    keeps every edge between them, or a plain line when they have none.

    >>> g = nx.MultiDiGraph(); g.add_node("a", label="A"); g.add_node("b", label="B")
    >>> view = pairs_view(g, [("a", "b", None)], title="t")
    >>> view.extra_edges
    (('a', 'b', ''),)
    """
    sub = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    extra = []
    for u, v, relation in pairs:
        for node in (u, v):
            if node not in sub:
                sub.add_node(node, **(graph.nodes[node] if node in graph else {"label": local_name(node), "cls": ""}))
        found = False
        for a, b in ((u, v), (v, u)):
            if a in graph and b in graph[a]:
                for key, data in graph[a][b].items():
                    if relation is None or data.get("relation") == relation:
                        sub.add_edge(a, b, key, **data)
                        found = True
        if not found and (u, v, relation or "") not in extra:
            extra.append((u, v, relation or ""))
    return View(graph=sub, title=title, extra_edges=tuple(extra))


def reduce_view(view: View, *, max_nodes: int = MAX_NODES) -> View:
    """Keep the *max_nodes* best-connected nodes (highlighted ones always), and say what
    was left out.

    >>> g = nx.MultiDiGraph()
    >>> for leaf in "bcd":
    ...     _ = g.add_edge("hub", leaf)
    >>> small = reduce_view(whole_view(g), max_nodes=2)
    >>> sorted(small.graph.nodes), small.notice
    (['b', 'hub'], 'Showing the 2 best-connected of 4 entities; 2 entities and 2 links left out.')
    """
    graph = view.graph
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    if total_nodes <= max_nodes:
        return view
    keep = {n for n in view.highlight_nodes if n in graph}
    ranked = sorted(graph.degree, key=lambda item: (-item[1], str(item[0])))
    for node, _ in ranked:
        if len(keep) >= max_nodes:
            break
        keep.add(node)
    sub = graph.subgraph(keep).copy()
    left_nodes = total_nodes - sub.number_of_nodes()
    left_edges = total_edges - sub.number_of_edges()
    notice = (
        f"Showing the {sub.number_of_nodes():,} best-connected of {total_nodes:,} entities; "
        f"{left_nodes:,} entities and {left_edges:,} links left out."
    )
    if view.notice:
        notice = f"{view.notice} {notice}"
    return replace(
        view,
        graph=sub,
        highlight_edges=frozenset(e for e in view.highlight_edges if sub.has_edge(*e)),
        extra_edges=tuple(e for e in view.extra_edges if e[0] in keep and e[1] in keep),
        notice=notice,
    )


def _undirected(graph: nx.MultiDiGraph):
    return graph.to_undirected(as_view=True)
