"""What keeps a large picture readable before it reaches the browser: parallel facts drawn
as one edge with a count and totals, and the many leaves of a hub drawn as one group node.

Both work on the view's graph (a ``networkx.MultiDiGraph`` shaped like the projection) and
return plain data that :mod:`kg.viz.html` turns into vis-network records.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from kg.ontology import Ontology, Qualifier

__all__ = [
    "KEEP_LEAVES",
    "LEAF_THRESHOLD",
    "Bundle",
    "LeafGroup",
    "bundle_edges",
    "fact_period",
    "group_leaves",
    "plural",
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

    def totals(self, ontology: Ontology) -> dict[str, float]:
        """The sum of the facts' values of each summed money qualifier (``kg:summed`` in
        *ontology*: the amount) per unit; facts without one add nothing.

        A value with no unit is summed under ``"?"`` rather than guessed.
        """
        sums: dict[str, float] = defaultdict(float)
        for qualifier in _summed(ontology):
            for attrs in self.facts:
                value = _float(attrs.get(qualifier.name))
                if value is not None:
                    unit = attrs.get(qualifier.unit_qualifier) if qualifier.unit_qualifier else qualifier.unit
                    sums[str(unit or "?")] += value
        return dict(sorted(sums.items()))

    def span(self, ontology: Ontology) -> tuple[str, str] | None:
        """The first and last dates the facts carry (as written, ISO order), or None."""
        periods = [p for p in (fact_period(attrs, ontology) for attrs in self.facts) if p]
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


def bundle_edges(
    graph: nx.MultiDiGraph, edges: Iterable[tuple] | None = None, *, ontology: Ontology
) -> list[Bundle]:
    """The edges of *graph* (or the ``(u, v, key, attrs)`` *edges* given) bundled by
    (from, to, relation), in a stable order; facts within a bundle sorted by date (as
    :func:`fact_period` reads it with *ontology*), then key.

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> g = nx.MultiDiGraph()
    >>> for key, amount in (("a", 1.0), ("b", 2.5)):
    ...     _ = g.add_edge("x", "y", key=key, relation="exportsTo", amount=amount, currency="USD")
    >>> (bundle,) = bundle_edges(g, ontology=load_ontology())
    >>> bundle.count, bundle.totals(load_ontology())
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
        order = sorted(range(bundle.count), key=lambda i: ((fact_period(bundle.facts[i], ontology) or ("", ""))[0], bundle.keys[i]))
        bundle.keys = [bundle.keys[i] for i in order]
        bundle.facts = [bundle.facts[i] for i in order]
    return [found[k] for k in sorted(found, key=lambda k: tuple(map(str, k)))]


def fact_period(attrs: Mapping, ontology: Ontology) -> tuple[str, str] | None:
    """The (first, last) day a fact is about, as ISO dates: a year covers the whole year, a
    month the whole month. The date qualifiers come from *ontology*: a date of its own
    (``date``) first, else a period's start and end (``kg:periodEnd``), either alone
    standing for both.

    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> fact_period({"date": "2025"}, onto), fact_period({"start": "2024-03", "end": "2025-02-10"}, onto)
    (('2025-01-01', '2025-12-31'), ('2024-03-01', '2025-02-10'))
    >>> fact_period({"role": "owner"}, onto) is None
    True
    """
    points, periods = _date_qualifiers(ontology)
    first = last = next((attrs[name] for name in points if attrs.get(name)), None)
    for start, end in periods if first is None else ():
        first, last = attrs.get(start) or attrs.get(end), attrs.get(end) or attrs.get(start)
        if first:
            break
    if not first:
        return None
    return _pad(str(first), "-01-01"), _pad(str(last), "-12-31")


@functools.lru_cache(maxsize=8)
def _date_qualifiers(ontology: Ontology) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Names of the date qualifiers that stand alone, and (start, end) of each period, in
    the ontology's order (asked once per fact: read once per ontology)."""
    dates = sorted((q for q in ontology.qualifiers.values() if q.display == "date"), key=lambda q: (q.order, q.name))
    ends = {q.period_end for q in dates if q.period_end}
    points = tuple(q.name for q in dates if q.period_end is None and q.name not in ends)
    return points, tuple((q.name, q.period_end) for q in dates if q.period_end)


@functools.lru_cache(maxsize=8)
def _summed(ontology: Ontology) -> tuple[Qualifier, ...]:
    return tuple(sorted((q for q in ontology.qualifiers.values() if q.summed), key=lambda q: q.name))


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
