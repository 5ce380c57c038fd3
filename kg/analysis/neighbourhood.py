"""Neighbourhoods: the projection's nodes and edges around a few entities, read from the
store with batched ``VALUES`` queries instead of copying the whole graph.

A question about one entity (who invested in this firm, how are these two linked, who
owns that one) needs the edges of a few entities, not the graph: on a SPARQL server the
projection is an HTTP copy of every statement, 12.8 s for one ``kg investors`` on the
Crunchbase investments, and out of reach at a billion triples. A :class:`Neighbourhood`
*expands* entities on demand: it reads every edge that touches them, by the rules of
:func:`kg.analysis.project.build_projection` (one edge per statement, keyed by its IRI; a
direct triple no statement states, keyed by its relation's name; candidate statements
left out; qualifiers by local name; merged entities folded into their canonical node),
and the label and class of every entity at the other end. :meth:`Neighbourhood.graph` is
then the projection's subgraph made of the edges that touch an expanded entity, and the
analysis functions, which read nothing else, give on it the answers they give on the
projection. The ``*_graph`` functions below expand what each question reads:

- :func:`deals_graph` (portfolio, investors): the entity;
- :func:`coinvestor_graph`: the investor, then its firms;
- :func:`ownership_graph`: the firm, then its owners, theirs, and so on to the top;
- :func:`links_graph`: a bounded bidirectional search (see its docstring);
- :func:`focus_graph`: every entity within the radius of a picture.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import networkx as nx

from kg.analysis.project import qualifier_value
from kg.errors import QueryError
from kg.ids import local_name
from kg.namespaces import DCTERMS, KG, PROV, RDF, RDFS
from kg.ontology import Ontology
from kg.resolution.judgements import canonical_map, read_judgements
from kg.sparql import check_iri
from kg.store.base import read_workers

__all__ = [
    "BATCH_SIZE",
    "Neighbourhood",
    "coinvestor_graph",
    "deals_graph",
    "focus_graph",
    "links_graph",
    "ownership_graph",
]

#: IRIs per ``VALUES`` block: large enough that a hub's thousand neighbours take a few
#: requests, small enough for any server's request size limits.
BATCH_SIZE = 256

_LINKS = {str(KG.subject): "s", str(KG.relation): "p", str(KG.object): "o", str(PROV.wasDerivedFrom): "src"}
_STATEMENT_LINKS = {"subject", "relation", "object"}


def _expandable(value: str) -> bool:
    """Whether *value* (a node of the projection) is an IRI a query can name: literal and
    blank-node ends of a triple are nodes too, but leaves."""
    if value.startswith("_:"):
        return False
    try:
        check_iri(value)
    except QueryError:
        return False
    return True


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Neighbourhood:
    """A part of the projection that grows as entities are expanded.

    Parameters
    ----------
    store : kg.store.Store
        Where the graph is.
    ontology : Ontology
        Its classes, relations and qualifiers.
    relations : iterable of str, optional
        Relation names to read; edges of other relations are left out (all by default).
    batch_size : int
        IRIs per ``VALUES`` query.
    """

    def __init__(
        self, store, ontology: Ontology, *, relations: Iterable[str] | None = None, batch_size: int = BATCH_SIZE
    ) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self._ontology = ontology
        classes = {str(c.iri): c for c in ontology.entity_classes()}
        # The projection's order (the ontology's, most specific first): an entity takes
        # the class Ontology.most_specific would pick.
        self._class_rank = {iri: rank for rank, iri in enumerate(classes)}
        self._class_names = {iri: c.name for iri, c in classes.items()}
        self._all_relations = {str(r.iri): r for r in ontology.direct_relations()}
        if relations is None:
            self._relations = dict(self._all_relations)
        else:
            wanted = {ontology.relation(name).name for name in relations}
            self._relations = {iri: r for iri, r in self._all_relations.items() if r.name in wanted}
        self._qualifiers = {
            str(q.iri): q for q in ontology.qualifiers.values() if q.name not in _STATEMENT_LINKS
        }
        self._canonical = canonical_map(read_judgements(store))
        self._members: dict[str, list[str]] = defaultdict(list)
        for member, root in sorted(self._canonical.items()):
            self._members[root].append(member)
        self._graph = nx.MultiDiGraph()
        self._graph.graph["sources"] = {}
        self._expanded: set[str] = set()
        self._seeds: set[str] = set()
        self._info: dict[str, tuple[str, str] | None] = {}  # raw IRI -> (label, class) or None
        self._ends: set[str] = set()  # raw IRIs at an end of some edge read
        self._stated: set[tuple[str, str, str]] = set()
        self._probed: set[str] = set()  # untyped IRIs whose own edges were looked for

    # -- reading ---------------------------------------------------------------------

    def canonical(self, iri: str) -> str:
        """The node *iri* is folded into (itself unless merged)."""
        return self._canonical.get(iri, iri)

    def cluster(self, node: str) -> list[str]:
        """The raw IRIs a node stands for: itself and the entities merged into it."""
        return [node, *self._members.get(node, ())]

    @property
    def expanded(self) -> frozenset[str]:
        """The nodes whose every edge (of the relations read) is in the graph."""
        return frozenset(self._expanded)

    def expand(self, nodes: Iterable[str]) -> set[str]:
        """Read every edge touching *nodes* (canonical IRIs) that are not expanded yet, and
        the entities at their other ends; returns the nodes newly seen at those ends."""
        todo = sorted({self.canonical(n) for n in nodes} - self._expanded)
        self._expanded.update(todo)
        self._seeds.update(todo)
        raw = [iri for node in todo for iri in self.cluster(node) if _expandable(iri)]
        if not raw:
            return set()
        before = set(self._graph)
        edges = self._read_edges(raw, self._relations)
        self._learn(edges)
        for u, v, key, data in edges:
            self._add_edge(u, v, key, data)
        touched = {self.canonical(x) for u, v, _, _ in edges for x in (u, v)} | set(todo)
        self._refresh(touched)
        return set(self._graph) - before - self._expanded

    def neighbours(self, node: str, *, relations: set[str] | None = None) -> set[str]:
        """The nodes joined to *node* by an edge read so far (either direction)."""
        if node not in self._graph:
            return set()
        found = set()
        for adjacency in (self._graph.succ[node], self._graph.pred[node]):
            for other, edges in adjacency.items():
                if other != node and (relations is None or any(d.get("relation") in relations for d in edges.values())):
                    found.add(other)
        return found

    def cls(self, node: str) -> str:
        """The class name the projection gives *node* (``""`` when untyped or unknown)."""
        return self._graph.nodes[node].get("cls", "") if node in self._graph else ""

    def graph(self) -> nx.MultiDiGraph:
        """The projection's subgraph of the edges touching an expanded node, with their end
        nodes and the expanded nodes the projection holds, attributes as it gives them."""
        # Whether an untyped entity is a node of the projection depends on edges of its
        # own that may not have been read yet (a merged member's, or an expanded one's
        # outside the relations read): ask, without keeping those edges.
        clustered = {n for n in set(self._graph) | self._seeds if n in self._members}
        doubtful = [
            iri for node in sorted(self._seeds | clustered) for iri in self.cluster(node)
            if iri not in self._ends and iri not in self._probed and self._info.get(iri) is None and _expandable(iri)
        ]
        unread = [iri for iri in doubtful if iri not in self._info]
        if unread:
            self._read_info(unread)
        probe = [iri for iri in doubtful if self._info.get(iri) is None]
        if probe:
            self._probed.update(probe)
            self._ends.update(x for u, v, _, _ in self._read_edges(probe, self._all_relations) for x in (u, v))
        self._refresh(self._seeds | clustered)
        return self._graph

    # -- building ----------------------------------------------------------------------

    def _learn(self, edges: list) -> None:
        """Note the ends of *edges* and read the labels and classes, and the titles and
        dates of the sources, not known yet (in one round of requests)."""
        ends = {x for u, v, _, _ in edges for x in (u, v)}
        self._ends |= ends
        wanted = set(ends)
        for node in {self.canonical(x) for x in ends} | self._expanded:
            wanted.update(self.cluster(node))
        unknown = [iri for iri in sorted(wanted) if iri not in self._info and _expandable(iri)]
        known = self._graph.graph["sources"]
        sources = sorted({d["source"] for *_, d in edges if d["source"] and d["source"] not in known and _expandable(d["source"])})
        info_queries, source_queries = self._info_queries(unknown), self._source_queries(sources)
        answers = self._select(info_queries + source_queries)
        self._take_info(unknown, answers[:len(info_queries)])
        for rows in answers[len(info_queries):]:
            for source, title, issued in rows:
                known[source] = {"title": title, "issued": issued}

    def _add_edge(self, u: str, v: str, key: str, data: dict) -> None:
        cu, cv = self.canonical(u), self.canonical(v)
        # As collapse_merged: an edge folded onto one node goes; a stored loop stays.
        if cu == cv and (cu != u or cv != v):
            return
        self._graph.add_edge(cu, cv, key=key, **data)

    def _attributes(self, node: str) -> dict | None:
        """The node's attributes as the projection (merges folded) gives them, or None
        when the projection has no such node."""
        present = [iri for iri in self.cluster(node) if self._info.get(iri) is not None or iri in self._ends]
        if not present:
            return None
        members = sorted(m for m in self._members.get(node, ()) if m in present)
        source = node if node in present else members[0]
        info = self._info.get(source)
        label, cls = info if info is not None else (local_name(source), "")
        attributes = {"label": label or local_name(source), "cls": cls}
        if members:
            attributes["merged"] = members
        return attributes

    def _refresh(self, nodes: Iterable[str]) -> None:
        for node in nodes:
            attributes = self._attributes(node)
            if attributes is not None:
                self._graph.add_node(node)
                current = self._graph.nodes[node]
                current.clear()
                current.update(attributes)

    # -- queries -----------------------------------------------------------------------

    def _select(self, queries: list[str]) -> list[list[tuple[str, ...]]]:
        """The rows of each query, several at a time where the store allows it."""
        workers = read_workers(self.store)
        if len(queries) < 2 or workers < 2:
            return [self.store.select_rows(q)[1] for q in queries]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return [rows for _, rows in pool.map(self.store.select_rows, queries)]

    def _read_info(self, iris: list[str]) -> None:
        """Labels and classes of *iris* (None for an IRI of no ontology class)."""
        iris = [iri for iri in iris if _expandable(iri)]
        self._take_info(iris, self._select(self._info_queries(iris)))

    def _info_queries(self, iris: list[str]) -> list[str]:
        classes = _values(self._class_rank)
        return [
            f"SELECT ?e ?c ?label WHERE {{ VALUES ?e {{ {_values(batch)} }} "
            f"{{ ?e <{RDF.type}> ?c VALUES ?c {{ {classes} }} }} UNION {{ ?e <{RDFS.label}> ?label }} }}"
            for batch in _batches(iris, self.batch_size)
        ]

    def _take_info(self, iris: list[str], answers: list) -> None:
        best: dict[str, str] = {}
        labels: dict[str, str] = {}
        for rows in answers:
            for entity, cls, label in rows:
                if cls and (entity not in best or self._class_rank[cls] < self._class_rank[best[entity]]):
                    best[entity] = cls
                elif not cls:
                    labels.setdefault(entity, label)
        for iri in iris:
            cls = best.get(iri)
            self._info[iri] = None if cls is None else (labels.get(iri) or local_name(iri), self._class_names[cls])

    def _source_queries(self, iris: list[str]) -> list[str]:
        """Title and date of the sources *iris* (``G.graph["sources"]`` of the projection)."""
        return [
            f"SELECT ?source ?title ?issued WHERE {{ VALUES ?source {{ {_values(batch)} }} ?source a <{KG.Source}> . "
            f"OPTIONAL {{ ?source <{DCTERMS.title}> ?title }} OPTIONAL {{ ?source <{DCTERMS.issued}> ?issued }} }}"
            for batch in _batches(iris, self.batch_size)
        ]

    def _read_edges(self, iris: list[str], relations: dict) -> list[tuple[str, str, str, dict]]:
        """Every edge of the projection, of *relations*, with an end in *iris* (raw IRIs,
        merges not folded), in the order the store gave them."""
        if not relations:
            return []
        links = _values([*_LINKS, *self._qualifiers])
        wanted = _values(relations)
        queries = []
        for batch in _batches(iris, self.batch_size):
            values = _values(batch)
            queries.append(
                f"SELECT ?st ?q ?v WHERE {{ VALUES ?e {{ {values} }} "
                f"{{ ?st <{KG.subject}> ?e }} UNION {{ ?st <{KG.object}> ?e }} "
                f"?st <{KG.relation}> ?r VALUES ?r {{ {wanted} }} "
                f"VALUES ?q {{ {links} }} ?st ?q ?v }}"
            )
            queries.append(
                f"SELECT ?s ?p ?o WHERE {{ {{ VALUES ?s {{ {values} }} VALUES ?p {{ {wanted} }} ?s ?p ?o }} "
                f"UNION {{ VALUES ?o {{ {values} }} VALUES ?p {{ {wanted} }} ?s ?p ?o }} }}"
            )
        answers = self._select(queries)
        statement_rows = [row for rows in answers[0::2] for row in rows]
        direct_rows = [row for rows in answers[1::2] for row in rows]
        return self._statement_edges(statement_rows, relations) + self._direct_edges(direct_rows, relations)

    def _statement_edges(self, rows: list[tuple[str, str, str]], relations: dict) -> list:
        links: dict[str, dict[str, str]] = defaultdict(dict)
        qualified: dict[str, dict[str, object]] = defaultdict(dict)
        for st, predicate, value in rows:
            if predicate in _LINKS:
                links[st][_LINKS[predicate]] = value
            else:
                qualifier = self._qualifiers[predicate]
                qualified[st][qualifier.name] = qualifier_value(value, str(qualifier.range))
        edges = []
        for st, parts in links.items():
            if parts.get("p") not in relations or "s" not in parts or "o" not in parts:
                continue
            if qualified[st].get("candidate") is True:
                continue  # a candidate proposes a fact; it is no edge (see project.py)
            relation = relations[parts["p"]]
            data = {
                "relation": relation.name, "label": relation.label, "strength": relation.strength,
                "statement": st, "source": parts.get("src") or None,
            }
            data.update(qualified[st])
            edges.append((parts["s"], parts["o"], st, data))
            self._stated.add((parts["s"], parts["p"], parts["o"]))
        return edges

    def _direct_edges(self, rows: list[tuple[str, str, str]], relations: dict) -> list:
        edges = []
        for s, p, o in dict.fromkeys(rows):
            relation = relations[p]
            if (s, p, o) in self._stated or (o, p, s) in self._stated and relation.symmetric:
                continue
            edges.append((s, o, relation.name, {
                "relation": relation.name, "label": relation.label, "strength": relation.strength,
                "statement": None, "source": None,
            }))
        return edges


# -- what each question reads ------------------------------------------------------------


def deals_graph(store, ontology: Ontology, entity: str, *, relations: Iterable[str]) -> nx.MultiDiGraph:
    """The edges of *relations* touching *entity*: what :func:`~kg.analysis.portfolio` and
    :func:`~kg.analysis.investors` read."""
    part = Neighbourhood(store, ontology, relations=relations)
    part.expand([entity])
    return part.graph()


def coinvestor_graph(store, ontology: Ontology, investor: str, *, relations: Iterable[str]) -> nx.MultiDiGraph:
    """The investor's edges of *relations* and those of every firm it invested in: what
    :func:`~kg.analysis.coinvestors` reads."""
    part = Neighbourhood(store, ontology, relations=relations)
    part.expand([investor])
    graph = part.graph()
    node = part.canonical(investor)
    if node in graph:
        wanted = set(relations)
        part.expand(v for _, v, r in graph.out_edges(node, data="relation") if r in wanted and v != node)
    return part.graph()


def ownership_graph(
    store, ontology: Ontology, firm: str, *, relations: Iterable[str], owners_of: Callable[[nx.MultiDiGraph, str], Iterable[str]]
) -> nx.MultiDiGraph:
    """The firm, its owners, theirs and so on to the top, each with its edges of
    *relations*: what :func:`~kg.analysis.owners` reads. *owners_of(graph, node)* names a
    node's direct owners as the analysis reads them."""
    part = Neighbourhood(store, ontology, relations=relations)
    frontier = {part.canonical(firm)}
    while frontier:  # one round trip per level of the chains, however long they are
        part.expand(frontier)
        graph = part.graph()
        frontier = {o for node in frontier if node in graph for o in owners_of(graph, node)} - part.expanded
    return part.graph()


def links_graph(
    store,
    ontology: Ontology,
    source: str,
    target: str,
    *,
    max_hops: int,
    relations: Iterable[str] | None = None,
    through: set[str] | None = None,
) -> nx.MultiDiGraph:
    """Enough of the projection for :func:`~kg.analysis.find_links` to find, in the same
    order, every path it finds on the projection.

    Both ends are expanded, then ``max_hops - 2`` more levels of a breadth-first search
    run from whichever end has the smaller frontier, the other end taking the remaining
    levels. Every edge of a path of at most *max_hops* hops then touches an expanded node
    (the node at position *i* of a path of *l* hops lies within *i* of the source and
    *l - i* of the target, and expanded radii that add up to *l - 2* cover every edge), so
    the paths are exactly the projection's; a path through this graph is one of the
    projection's, and the search prunes the rest as it would there. Nodes of classes not
    in *through* are not walked through, as the search would not.
    """
    wanted = set(relations) if relations is not None else None
    part = Neighbourhood(store, ontology, relations=relations)
    ends = {part.canonical(source), part.canonical(target)}
    part.expand(ends)
    part.graph()

    def walkable(node: str) -> bool:
        return node in ends or through is None or part.cls(node) in through

    frontiers = [{part.canonical(source)}, {part.canonical(target)}]
    seen = [set(frontiers[0]), set(frontiers[1])]
    for _ in range(max(0, max_hops - 2)):
        following = [
            {o for n in frontier for o in part.neighbours(n, relations=wanted) if walkable(o)} - side_seen
            for frontier, side_seen in zip(frontiers, seen)
        ]
        side = 0 if len(following[0]) <= len(following[1]) else 1
        if not following[side]:
            break  # that side's ball is complete: the paths are all within reach
        part.expand(following[side])
        part.graph()
        seen[side] |= following[side]
        frontiers[side] = following[side]
    return part.graph()


def focus_graph(
    store,
    ontology: Ontology,
    entity: str,
    *,
    hops: int,
    relations: Iterable[str] | None = None,
    classes: set[str] | None = None,
) -> nx.MultiDiGraph:
    """Every edge touching an entity within *hops* links of *entity*: the ball a focused
    picture draws, with every edge of its nodes so that their degrees are the
    projection's. Entities of classes outside *classes* are not walked through, as a
    picture filtered by class would not."""
    part = Neighbourhood(store, ontology, relations=relations)
    start = part.canonical(entity)
    frontier = {start}
    for _ in range(hops + 1):
        part.expand(frontier)
        part.graph()
        frontier = {
            o for n in frontier for o in part.neighbours(n)
            if classes is None or part.cls(o) in classes
        } - part.expanded
        if not frontier:
            break
    return part.graph()
