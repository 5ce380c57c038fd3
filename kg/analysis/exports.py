"""The projection for other tools: GraphML and GEXF (Gephi, yEd) and Cytoscape JSON.

One registry, :data:`GRAPH_EXPORTS`, keyed by format name. Labels, classes, relations and
qualifiers travel as attributes; GraphML and GEXF accept only scalar attributes, so None
values are left out and keys stay consistent across nodes and edges.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import BinaryIO

import networkx as nx

__all__ = ["GRAPH_EXPORTS", "export_graph", "scalar_copy"]


def scalar_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all str, int, float or bool (None dropped), with the
    graph-level source table turned into edge attributes (``source_title``).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="s", relation="investsIn", amount=5.0, source=None)
    >>> dict(scalar_copy(g).edges["a", "b", "s"])
    {'relation': 'investsIn', 'amount': 5.0}
    """
    sources = graph.graph.get("sources", {})
    copy = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        copy.add_node(node, **_scalars(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        attributes = _scalars(data)
        title = sources.get(data.get("source") or "", {}).get("title")
        if title:
            attributes["source_title"] = title
        copy.add_edge(u, v, key=str(key), **attributes)
    return copy


def _scalars(data: dict) -> dict:
    return {
        key: value
        for key, value in data.items()
        if value is not None and isinstance(value, (str, int, float, bool))
    }


def _graphml(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    nx.write_graphml(scalar_copy(graph), out, encoding="utf-8", named_key_ids=True)


def _gexf(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    copy = scalar_copy(graph)
    # Gephi shows a node's "label"; GEXF writes it from the 'label' attribute already.
    nx.write_gexf(copy, out, encoding="utf-8")


def _cytoscape(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    copy = scalar_copy(graph)
    for node, data in copy.nodes(data=True):
        data["name"] = data.get("label", node)
    document = nx.cytoscape_data(copy)
    out.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


GRAPH_EXPORTS: dict[str, Callable[[nx.MultiDiGraph, BinaryIO], None]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "cytoscape": _cytoscape,
}


def export_graph(graph: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    """Write the projection to *out* in one of :data:`GRAPH_EXPORTS`."""
    try:
        writer = GRAPH_EXPORTS[fmt]
    except KeyError:
        raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_EXPORTS)}") from None
    writer(graph, out)
