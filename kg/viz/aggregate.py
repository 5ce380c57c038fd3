"""What keeps a large picture readable before it reaches the browser: parallel facts drawn
as one edge with a count and totals, and the many leaves of a hub drawn as one group node.

Both work on the view's graph (a ``networkx.MultiDiGraph`` shaped like the projection) and
return plain data that :mod:`kg.viz.html` turns into vis-network records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

__all__ = [
    "Bundle",
    "LeafGroup",
    "bundle_edges",
    "group_leaves",
    "fact_period",
    "plural",
    "LEAF_THRESHOLD",
    "KEEP_LEAVES",
]

#: A hub with more leaves than this has its leaves grouped by class.
LEAF_THRESHOLD = 30
#: The most important leaves of each class stay drawn beside the group of the rest.
KEEP_LEAVES = 5
#: A group of fewer leaves than this is not worth a group node: they are drawn.
_MIN_GROUP = 3


@dataclass
class Bundle:
    """The facts of one relation from one node to another, drawn as one edge."""

    source: str
    target: str
    relation: str
    keys: list[str] = field(default_factory=list)
    facts: list[Mapping] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.facts)

    def totals(self) -> dict[str, float]:
        """The sum of the facts' amounts per currency (facts without an amount add nothing).

        An amount with no currency is summed under ``"?"`` rather than guessed.
        """
        sums: dict[str, float] = defaultdict(float)
        for attrs in self.facts:
            amount = _float(attrs.get("amount"))
            if amount is not None:
                sums[str(attrs.get("currency") or "?")] += amount
        return dict(sorted(sums.items()))

    def span(self) -> tuple[str, str] | None:
        """The first and last dates the facts carry (as written, ISO order), or None."""
        periods = [p for p in (fact_period(attrs) for attrs in self.facts) if p]
        if not periods:
            return None
        return min(lo for lo, _ in periods), max(hi for _, hi in periods)


@dataclass
class LeafGroup:
    """Leaves of one class around one hub, drawn as a single node until expanded."""

    id: str
    hub: str
    cls: str
    members: list[str]


def bundle_edges(graph: nx.MultiDiGraph, edges: Iterable[tuple] | None = None) -> list[Bundle]:
    """The edges of *graph* (or the ``(u, v, key, attrs)`` *edges* given) bundled by
    (from, to, relation), in a stable order; facts within a bundle sorted by date, then key.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for key, amount in (("a", 1.0), ("b", 2.5)):
    ...     _ = g.add_edge("x", "y", key=key, relation="exportsTo", amount=amount, currency="USD")
    >>> (bundle,) = bundle_edges(g)
    >>> bundle.count, bundle.totals()
    (2, {'USD': 3.5})
    """
    if edges is None:
        edges = graph.edges(keys=True, data=True)
    found: dict[tuple[str, str, str], Bundle] = {}
    for u, v, key, attrs in edges:
        relation = str(attrs.get("relation") or "")
        bundle = found.get((u, v, relation))
        if bundle is None:
            bundle = found[(u, v, relation)] = Bundle(u, v, relation)
        bundle.keys.append(str(key))
        bundle.facts.append(attrs)
    for bundle in found.values():
        order = sorted(range(bundle.count), key=lambda i: ((fact_period(bundle.facts[i]) or ("", ""))[0], bundle.keys[i]))
        bundle.keys = [bundle.keys[i] for i in order]
        bundle.facts = [bundle.facts[i] for i in order]
    return [found[k] for k in sorted(found, key=lambda k: tuple(map(str, k)))]


def fact_period(attrs: Mapping) -> tuple[str, str] | None:
    """The (first, last) day a fact is about, from its ``date`` or ``start``/``end``
    qualifiers, as ISO dates: a year covers the whole year, a month the whole month.

    >>> fact_period({"date": "2025"}), fact_period({"start": "2024-03", "end": "2025-02-10"})
    (('2025-01-01', '2025-12-31'), ('2024-03-01', '2025-02-10'))
    >>> fact_period({"role": "owner"}) is None
    True
    """
    first = attrs.get("date") or attrs.get("start")
    last = attrs.get("date") or attrs.get("end") or first
    first = first or last
    if not first:
        return None
    return _pad(str(first), "-01-01"), _pad(str(last), "-12-31")


def _pad(text: str, tail: str) -> str:
    text = text.strip()[:10]
    if len(text) == 4:
        return text + tail
    if len(text) == 7:
        # Every month gets day 31 as its end: the comparison only needs the order right.
        return text + tail[-3:]
    return text


def group_leaves(
    graph: nx.MultiDiGraph,
    importance: Mapping[str, float],
    *,
    keep: Iterable[str] = (),
    threshold: int = LEAF_THRESHOLD,
    keep_leaves: int = KEEP_LEAVES,
) -> list[LeafGroup]:
    """Groups of leaves to draw as one node each.

    A leaf is a node linked to one other node only (its hub), and not in *keep*. A hub with
    more than *threshold* leaves has them grouped by class: the *keep_leaves* most important
    of each class (by *importance*, then label) stay drawn, the rest form one group, unless
    fewer than three would.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for i in range(300):
    ...     _ = g.add_node(f"f{i}", label=f"F{i}", cls="Company"); _ = g.add_edge("hub", f"f{i}")
    >>> (group,) = group_leaves(g, {})
    >>> group.hub, group.cls, len(group.members)
    ('hub', 'Company', 295)
    """
    keep = set(keep)
    leaves_of: dict[str, list[str]] = defaultdict(list)
    for node in graph:
        if node in keep:
            continue
        neighbours = set(graph.predecessors(node)) | set(graph.successors(node))
        neighbours.discard(node)
        if len(neighbours) == 1:
            (hub,) = neighbours
            leaves_of[hub].append(node)
    groups = []
    for hub in sorted(leaves_of, key=str):
        leaves = leaves_of[hub]
        # Two leaves linked only to each other are each other's hub: not a star.
        if len(leaves) <= threshold or hub in leaves_of.get(leaves[0], ()):
            continue
        by_class: dict[str, list[str]] = defaultdict(list)
        for leaf in leaves:
            by_class[str(graph.nodes[leaf].get("cls") or "")].append(leaf)
        for cls in sorted(by_class):
            ranked = sorted(by_class[cls], key=lambda n: (-float(importance.get(n, 0) or 0), str(graph.nodes[n].get("label") or n), str(n)))
            rest = ranked[keep_leaves:]
            if len(rest) >= _MIN_GROUP:
                groups.append(LeafGroup(id=f"group:{hub}:{cls}", hub=hub, cls=cls, members=rest))
    return groups


def plural(label: str, count: int) -> str:
    """An English plural good enough for class labels ("company" -> "companies").

    >>> plural("company", 2), plural("business", 3), plural("person", 1), plural("investment firm", 5)
    ('companies', 'businesses', 'person', 'investment firms')
    """
    if count == 1 or not label:
        return label
    if label.endswith("y") and label[-2:-1] not in "aeiou":
        return label[:-1] + "ies"
    if label.endswith(("s", "x", "sh", "ch")):
        return label + "es"
    return label + "s"


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
