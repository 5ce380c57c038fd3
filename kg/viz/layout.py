"""Node positions, computed before the page is written so the browser need not simulate.

igraph's Fruchterman–Reingold (compiled, with a grid for large graphs) lays out 1,500
nodes in about 0.1 s here, where vis-network's own physics took about 20 s in Chromium to
settle a 500-node graph.
"""

from __future__ import annotations

import math
import random
import statistics

import igraph
import networkx as nx

__all__ = ["positions"]

#: The typical link drawn is about this long, in vis-network's pixels.
EDGE_LENGTH = 200.0


def positions(graph: nx.MultiDiGraph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """A position for every node of *graph*, the same for the same graph and *seed*.

    Each connected part is laid out on its own and the parts are packed in rows, largest
    first, so that lone entities do not push the connected core into a corner.

    Examples
    --------
    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b"); _ = g.add_edge("b", "c")
    >>> where = positions(g)
    >>> sorted(where), all(isinstance(x, float) for xy in where.values() for x in xy)
    (['a', 'b', 'c'], True)
    """
    undirected = nx.Graph(graph)
    parts = sorted(
        (sorted(part, key=str) for part in nx.connected_components(undirected)),
        key=lambda part: (-len(part), str(part[0])),
    )
    placed = [_component(undirected, part, seed) for part in parts]
    return _pack(placed)


def _component(graph: nx.Graph, nodes: list, seed: int) -> dict:
    """Positions of one connected part, centred on (0, 0), links about EDGE_LENGTH long."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.subgraph(nodes).edges() if u != v})
    layout_graph = igraph.Graph(n=len(nodes), edges=pairs)
    # igraph draws its starting positions from Python's random module: seed it for a
    # layout that does not change between two runs on the same graph.
    state = random.getstate()
    random.seed(seed)
    try:
        if len(nodes) <= 100:
            # Kamada–Kawai spaces a small part evenly, which keeps labels apart.
            layout = layout_graph.layout_kamada_kawai()
        else:
            layout = layout_graph.layout_fruchterman_reingold(niter=500, grid=len(nodes) > 1000)
    finally:
        random.setstate(state)
    coords = layout.coords
    lengths = [math.dist(coords[a], coords[b]) for a, b in pairs]
    typical = statistics.median(lengths) if lengths else 1.0
    scale = EDGE_LENGTH / typical if typical > 0 else EDGE_LENGTH
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    return {node: ((coords[i][0] - cx) * scale, (coords[i][1] - cy) * scale) for node, i in index.items()}


def _pack(parts: list[dict]) -> dict:
    """Parts side by side in rows about as wide as the whole is tall."""
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + EDGE_LENGTH, max(ys) - min(ys) + EDGE_LENGTH))
    row_width = max(math.sqrt(sum(w * h for *_, w, h in boxes)) * 1.3, max(w for *_, w, _ in boxes))
    where: dict = {}
    x = y = row_height = 0.0
    for part, (left, top, width, height) in zip(parts, boxes):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in part.items():
            where[node] = (px - left + x, py - top + y)
        x += width
        row_height = max(row_height, height)
    return where
