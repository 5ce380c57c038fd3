"""A node's neighbours as records a kg viz page can add: what a server returns when a
reader double-clicks a node (the page fetches them from the ``expand_url`` it was written
with; see :func:`kg.viz.html.render_html`)."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.ontology import Ontology
from kg.viz.aggregate import bundle_edges
from kg.viz.html import _Records
from kg.viz.views import View

__all__ = ["MAX_NEIGHBOURS", "neighbour_records"]

#: At most this many neighbours come back from one expansion, best-connected first.
MAX_NEIGHBOURS = 200


def neighbour_records(
    graph: nx.MultiDiGraph,
    node: str,
    ontology: Ontology,
    *,
    shown: Iterable[str] = (),
    limit: int = MAX_NEIGHBOURS,
) -> dict:
    """The node and edge records for *node*'s neighbours in *graph* (either direction),
    at most *limit* of them not already *shown*, best-connected first, with every fact
    between *node* and each of them bundled as on the page.

    Returns ``{"nodes": [...], "edges": [...], "more": n}``, *more* counting the
    neighbours left out by *limit*. Names stay data: the page shows them as text.

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> g = nx.MultiDiGraph()
    >>> for leaf in ("b", "c", "d"):
    ...     _ = g.add_edge("a", leaf, relation="investsIn", label="invests in")
    >>> found = neighbour_records(g, "a", load_ontology(), shown=["b"], limit=1)
    >>> [n["id"] for n in found["nodes"]], len(found["edges"]), found["more"]
    (['c'], 1, 1)
    """
    if node not in graph:
        raise KeyError(node)
    shown = set(shown)
    around = (set(graph.successors(node)) | set(graph.predecessors(node))) - {node} - shown
    ranked = sorted(around, key=lambda n: (-graph.degree(n), str(n)))
    chosen = ranked[:max(limit, 0)]
    keep = set(chosen) | {node}
    sub = graph.subgraph(keep)
    records = _Records(View(graph=sub, title=""), ontology, dict(graph.degree(keep)), {}, graph.graph.get("sources", {}),
                       prefix=f"n:{node}:")
    edges = [e for e in sub.edges(keys=True, data=True) if node in (e[0], e[1])]
    return {
        "nodes": [records.node(n, (0.0, 0.0)) for n in chosen],
        "edges": [records.edge(bundle) for bundle in bundle_edges(sub, sorted(edges, key=lambda e: tuple(map(str, e[:3]))), ontology=ontology)],
        "more": len(ranked) - len(chosen),
    }
