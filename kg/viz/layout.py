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

__all__ = ["SEPARATE_UP_TO", "positions", "separate"]

#: The typical link drawn is about this long, in vis-network's pixels.
EDGE_LENGTH = 200.0


def positions(
    graph: nx.MultiDiGraph, *, seed: int = 0, extents: dict | None = None
) -> dict[str, tuple[float, float]]:
    """A position for every node of *graph*, the same for the same graph and *seed*.

    Each connected part is laid out on its own and the parts are packed in rows, largest
    first, so that lone entities do not push the connected core into a corner. With
    *extents* (node -> half width, half height as drawn), nodes are then pushed apart
    until none covers another (see :func:`separate`).

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
    if extents:
        # A large part gets a few rounds only: each round costs about 40 ms per thousand
        # nodes, and the last overlaps of a crowded part take many (counted in tests/browser).
        placed = [
            separate(_roomy(part, extents), extents, rounds=40 if len(part) <= SEPARATE_UP_TO else 10)
            for part in placed
        ]
    return _pack(placed, extents or {})


#: Parts up to this many nodes get every round of :func:`separate` they need (up to 40).
SEPARATE_UP_TO = 300
#: Space kept between two nodes' boxes, in vis-network's pixels.
_GAP = 6.0


def separate(where: dict, extents: dict, *, rounds: int = 40) -> dict:
    """*where* with nodes moved apart so that no two boxes (centre from *where*, half
    width and height from *extents*, default 10 x 10) overlap, each overlap undone along
    its shorter axis, half by each node; stops early when nothing overlaps.

    Examples
    --------
    >>> moved = separate({"a": (0.0, 0.0), "b": (5.0, 0.0)}, {"a": (20, 5), "b": (20, 5)})
    >>> round(abs(moved["a"][1] - moved["b"][1]), 1) >= 10
    True
    """
    nodes = sorted(where, key=str)
    xy = {node: list(where[node]) for node in nodes}
    half = {node: extents.get(node, (10.0, 10.0)) for node in nodes}
    # A grid of cells about two typical nodes wide: only nodes sharing a cell are compared.
    cell = 2 * statistics.median(max(w, h) for w, h in half.values()) + _GAP if nodes else 1.0
    for _ in range(rounds):
        moved = False
        for a, b in _close_pairs(nodes, xy, half, cell):
            dx = xy[b][0] - xy[a][0]
            dy = xy[b][1] - xy[a][1]
            over_x = half[a][0] + half[b][0] + _GAP - abs(dx)
            over_y = half[a][1] + half[b][1] + _GAP - abs(dy)
            if over_x <= 0 or over_y <= 0:
                continue
            moved = True
            if over_y <= over_x:
                step = over_y / 2 * (1 if dy > 0 or (dy == 0 and str(a) < str(b)) else -1)
                xy[a][1] -= step
                xy[b][1] += step
            else:
                step = over_x / 2 * (1 if dx > 0 else -1)
                xy[a][0] -= step
                xy[b][0] += step
        if not moved:
            break
    else:
        _settle(nodes, xy, half, cell)
    return {node: (x, y) for node, (x, y) in xy.items()}


def _overlap(a: tuple, b: tuple, gap: float = 0.0) -> bool:
    """Whether two boxes (x, y, half width, half height) come closer than *gap*."""
    return (abs(a[0] - b[0]) < a[2] + b[2] + gap) and (abs(a[1] - b[1]) < a[3] + b[3] + gap)


def _settle(nodes: list, xy: dict, half: dict, cell: float) -> None:
    """Move, of each pair still overlapping when the rounds run out, the node with the
    smaller box to the nearest place with the gap free all round (on rings round where it
    was): the rounds leave a few nodes jammed in a crowd, each pushed back by its other
    neighbours; after this no two boxes come within half the gap. Changes *xy* in place."""
    cells: dict[tuple[int, int], set] = {}

    def spanned(node, x, y):
        w, h = half[node]
        return [(i, j) for i in range(math.floor((x - w - _GAP) / cell), math.floor((x + w + _GAP) / cell) + 1)
                for j in range(math.floor((y - h - _GAP) / cell), math.floor((y + h + _GAP) / cell) + 1)]

    def clashes(node, x, y):
        box = (x, y, *half[node])
        return any(
            other != node and _overlap(box, (*xy[other], *half[other]), _GAP)
            for key in spanned(node, x, y) for other in cells.get(key, ())
        )

    for node in nodes:
        for key in spanned(node, *xy[node]):
            cells.setdefault(key, set()).add(node)
    for a, b in _close_pairs(nodes, xy, half, cell):
        # Half the gap at least: boxes that only touch would overlap once positions are rounded.
        if not _overlap((*xy[a], *half[a]), (*xy[b], *half[b]), _GAP / 2):
            continue
        node = min((a, b), key=lambda n: (half[n][0] * half[n][1], str(n)))
        x, y = xy[node]
        step = max(half[node]) + _GAP
        place = None
        for ring in range(1, 1000):
            count = math.ceil(2 * math.pi * ring)
            for k in range(count):
                angle = 2 * math.pi * k / count
                candidate = (x + ring * step * math.cos(angle), y + ring * step * math.sin(angle))
                if not clashes(node, *candidate):
                    place = candidate
                    break
            if place:
                break
        for key in spanned(node, x, y):
            cells[key].discard(node)
        xy[node] = list(place)
        for key in spanned(node, *place):
            cells.setdefault(key, set()).add(node)


#: A part is spread until its area is at least this many times its nodes' boxes.
_ROOM = 12.0


def _roomy(part: dict, extents: dict) -> dict:
    """*part* scaled up about its centre when its nodes' boxes would crowd it: a dense
    layout pushed apart pair by pair takes many rounds and tears its shape."""
    if len(part) < 3:
        return part
    xs = [x for x, _ in part.values()]
    ys = [y for _, y in part.values()]
    area = max(max(xs) - min(xs), 1.0) * max(max(ys) - min(ys), 1.0)
    boxes = sum(4 * w * h for w, h in (extents.get(node, (10.0, 10.0)) for node in part))
    factor = math.sqrt(_ROOM * boxes / area)
    if factor <= 1:
        return part
    return {node: (x * factor, y * factor) for node, (x, y) in part.items()}


def _close_pairs(nodes: list, xy: dict, half: dict, cell: float) -> list[tuple]:
    """Pairs of nodes whose boxes (with the gap) touch a common grid cell, each once."""
    cells: dict[tuple[int, int], list] = {}
    for node in nodes:
        (x, y), (w, h) = xy[node], half[node]
        for i in range(math.floor((x - w - _GAP) / cell), math.floor((x + w + _GAP) / cell) + 1):
            for j in range(math.floor((y - h - _GAP) / cell), math.floor((y + h + _GAP) / cell) + 1):
                cells.setdefault((i, j), []).append(node)
    pairs: dict[tuple, None] = {}
    for members in cells.values():
        for k, a in enumerate(members):
            for b in members[k + 1:]:
                pairs[(a, b)] = None
    return list(pairs)


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


def _pack(parts: list[dict], extents: dict) -> dict:
    """Parts side by side in rows about as wide as the whole is tall."""
    boxes = []
    for part in parts:
        wide = [extents.get(node, (0.0, 0.0)) for node in part]
        xs = [x + sign * w for (x, _), (w, _h) in zip(part.values(), wide) for sign in (-1, 1)]
        ys = [y + sign * h for (_, y), (_w, h) in zip(part.values(), wide) for sign in (-1, 1)]
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
