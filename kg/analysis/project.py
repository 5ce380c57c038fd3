"""The projection: the RDF graph as an ``nx.MultiDiGraph`` that analysis and pictures use.

Nodes are entities, keyed by IRI, with attributes ``label`` and ``cls`` (the most specific
ontology class name, ``""`` when untyped). Edges are direct relations, one per statement
node (key: the statement's IRI) or, for a triple no statement qualifies, one keyed by the
relation's name; a candidate statement (``kg:candidate true``) is no edge. Edge attributes: ``relation`` (lowerCamel name), ``label`` (the ontology's
label, a verb phrase), ``strength`` (1–4, from the ontology), ``statement`` and ``source``
(IRIs or None), and every qualifier by its local name (``amount``, ``currency``,
``stakePercent``, ``date``, ``role``...; numbers as floats). ``G.graph["sources"]`` maps a
source IRI to its ``title`` and ``issued`` date.

The store is read in bulk through a handful of single-pattern SELECTs, never triple by
triple, graph by graph: each graph's answers are a piece (:mod:`kg.store.pieces`), cached
under that graph's token, so after a write only the graphs it touched are read again. The
pieces are then joined, and merges judged by users (``kg merge``) folded in last. Where a
value is given twice (two labels, two dates for one statement), the least one is kept, so
the result does not depend on the order graphs are read in: joining the pieces gives
exactly what one read of the whole store (:func:`build_projection`) gives.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import networkx as nx

from kg.ids import local_name
from kg.namespaces import DCTERMS, KG, PROV, RDF, RDFS, XSD
from kg.ontology import Ontology
from kg.resolution.judgements import canonical_map, read_judgements
from kg.resolution.projection import collapse_merged
from kg.store.pieces import CacheWarning, cache_dir, cache_pieces, forget_pieces, graph_pieces, read_sections, rows

__all__ = [
    "CacheWarning", "build_projection", "cache_dir", "filter_projection", "forget_projections", "project",
    "qualifier_value", "refresh_pieces",
]

_NUMERIC = {str(XSD.decimal), str(XSD.integer), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)
_INTEGER = str(XSD.integer)
_STATEMENT_LINKS = {"subject", "relation", "object"}
_LINKS = (("s", KG.subject), ("p", KG.relation), ("o", KG.object), ("src", PROV.wasDerivedFrom))
_MEMO: dict[tuple[str, str], nx.MultiDiGraph] = {}
_PIECE_FORMAT = 2  # bump when what a piece holds changes
_PIECE_KIND = "projection"


class _Shape:
    """What the ontology says the projection reads: classes deepest first, direct
    relations and qualifiers by IRI."""

    def __init__(self, ontology: Ontology) -> None:
        self.classes = {str(c.iri): c for c in ontology.entity_classes()}
        self.relations = {str(r.iri): r for r in ontology.direct_relations()}
        self.qualifiers = {
            str(q.iri): q for q in ontology.qualifiers.values() if q.name not in _STATEMENT_LINKS
        }
        # An entity keeps the first (most specific) class it is found in.
        self.by_depth = sorted(self.classes, key=lambda iri: -len(ontology.ancestors(self.classes[iri].name)))
        described = "|".join([*self.by_depth, *sorted(self.relations), *sorted(self.qualifiers)])
        self.version = f"{_PIECE_FORMAT}:{hashlib.sha256(described.encode()).hexdigest()[:16]}"

    def sections(self) -> dict[str, tuple[str, str]]:
        """Section name -> (variables, pattern) of the single-pattern SELECTs read."""
        values = " ".join(f"<{iri}>" for iri in self.relations)
        return {
            **{f"type {iri}": ("?e", f"?e <{RDF.type}> <{iri}>") for iri in self.by_depth},
            "labels": ("?e ?label", f"?e <{RDFS.label}> ?label"),
            **{f"link {name}": ("?st ?x", f"?st <{predicate}> ?x") for name, predicate in _LINKS},
            **{f"qualifier {iri}": ("?st ?v", f"?st <{iri}> ?v") for iri in self.qualifiers},
            "direct": ("?s ?p ?o", f"VALUES ?p {{ {values} }} ?s ?p ?o"),
            "sources": ("?source", f"?source <{RDF.type}> <{KG.Source}>"),
            "titles": ("?source ?title", f"?source <{DCTERMS.title}> ?title"),
            "issued": ("?source ?issued", f"?source <{DCTERMS.issued}> ?issued"),
        }


def build_projection(store, ontology: Ontology) -> nx.MultiDiGraph:
    """Read the store's entities, relations and statements into a MultiDiGraph, the whole
    store at once (no cache); :func:`project` builds the same graph from cached pieces."""
    shape = _Shape(ontology)
    return _assemble([_read_whole(store, shape)], shape, store)


def _threads(store) -> int:
    # Most of the time goes to decoding terms inside the store, which releases the GIL, so
    # on stores that allow it the queries run two at a time while Python splits answers.
    return 2 if getattr(store, "concurrent_reads", False) else 1


def _read_whole(store, shape: _Shape) -> dict[str, list[str]]:
    """The answers over the union of all graphs, each a flat list."""
    # Single-pattern queries throughout, joined in Python: Oxigraph answers each in a
    # fraction of a second, where joins of the same patterns took seconds on a million
    # triples.
    queries = {key: f"SELECT {variables} WHERE {{ {pattern} }}" for key, (variables, pattern) in shape.sections().items()}
    with ThreadPoolExecutor(max_workers=_threads(store)) as pool:
        answers = dict(zip(queries, pool.map(lambda sparql: store.select_rows(sparql)[1], queries.values())))
    return {key: [value for row in answer for value in row] for key, answer in answers.items()}


def _read_graphs(store, shape: _Shape, graphs: list) -> dict[str, dict[str, list[str]]]:
    return read_sections(store, graphs, shape.sections(), threads=_threads(store))


def _least(pieces: list[dict], section: str) -> dict[str, str]:
    """Key -> value of a two-column *section* across pieces, the least value where a key
    has several (so that the order pieces are read in does not matter)."""
    result: dict[str, str] = {}
    for piece in pieces:
        flat = piece.get(section, [])
        part = dict(rows(flat, 2))
        if 2 * len(part) != len(flat):  # a key given twice within one piece
            part = {}
            for key, value in rows(flat, 2):
                if key not in part or value < part[key]:
                    part[key] = value
        if result:
            for key in part.keys() & result.keys():
                if result[key] < part[key]:
                    part[key] = result[key]
            result.update(part)
        else:
            result = part
    return result


def _assemble(pieces: list[dict], shape: _Shape, store) -> nx.MultiDiGraph:
    """Join the pieces into the projection, then fold in the merges judged in *store*."""
    with _collector_paused():
        graph = _join(pieces, shape)
    # Entities a user judged to be one (kg merge) are one node in every analysis.
    merged = canonical_map(read_judgements(store))
    return collapse_merged(graph, merged) if merged else graph


def _join(pieces: list[dict], shape: _Shape) -> nx.MultiDiGraph:
    classes, relations, qualifiers = shape.classes, shape.relations, shape.qualifiers
    best: dict[str, str] = {}
    for iri in reversed(shape.by_depth):  # the deepest class last: it is the one kept
        for piece in pieces:
            best.update(dict.fromkeys(piece.get(f"type {iri}", ()), iri))
    labels = _least(pieces, "labels")
    nodes = {
        entity: {"label": labels.get(entity) or local_name(entity), "cls": classes[iri].name}
        for entity, iri in best.items()
    }

    subjects, predicates, objects, origins = (_least(pieces, f"link {name}") for name, _ in _LINKS)
    # Each statement's edge attributes, qualifiers written straight into them.
    stated_edges: dict[str, tuple[str, str, str, dict]] = {}
    for st, s in subjects.items():
        p = predicates.get(st)
        o = objects.get(st)
        if p in relations and o is not None:
            relation = relations[p]
            stated_edges[st] = (s, p, o, {
                "relation": relation.name, "label": relation.label, "strength": relation.strength,
                "statement": st, "source": origins.get(st) or None,
            })
    for iri, qualifier in qualifiers.items():
        kind, name = str(qualifier.range), qualifier.name
        plain = kind not in _NUMERIC and kind != _BOOLEAN
        for st, value in _least(pieces, f"qualifier {iri}").items():
            found = stated_edges.get(st)
            if found is not None:
                found[3][name] = value if plain else qualifier_value(value, kind)

    edges = []
    stated: set[tuple[str, str, str]] = set()
    for st, (s, p, o, attributes) in stated_edges.items():
        if attributes.get("candidate") is True:
            # A candidate proposes a fact the store does not hold (it has no direct triple);
            # as an edge it would count in every analysis as if it did.
            continue
        edges.append((s, o, st, attributes))
        stated.add((s, p, o))
    # dict.fromkeys, not a set: the same order in every process (ties in rankings follow it).
    direct = dict.fromkeys(triple for piece in pieces for triple in rows(piece.get("direct", []), 3))
    for s, p, o in direct:
        if (s, p, o) in stated or (o, p, s) in stated and relations[p].symmetric:
            continue
        relation = relations[p]
        edges.append((s, o, relation.name, {
            "relation": relation.name, "label": relation.label, "strength": relation.strength,
            "statement": None, "source": None,
        }))
    for end in dict.fromkeys(end for s, o, _, _ in edges for end in (s, o)):
        if end not in nodes:
            nodes[end] = {"label": local_name(end), "cls": ""}
    graph = _multidigraph(nodes, edges)
    titles, issued = _least(pieces, "titles"), _least(pieces, "issued")
    sources = dict.fromkeys(source for piece in pieces for source in piece.get("sources", ()))
    graph.graph["sources"] = {
        source: {"title": titles.get(source, ""), "issued": issued.get(source, "")} for source in sorted(sources)
    }
    return graph


def _multidigraph(nodes: dict[str, dict], edges: list[tuple[str, str, str, dict]]) -> nx.MultiDiGraph:
    """The MultiDiGraph of *nodes* (IRI -> attributes) and *edges* (u, v, key, attributes;
    both ends among *nodes*, keys unique per pair, attribute dicts not shared).

    networkx's add_edges_from checks and copies every edge, half the time of a join; these
    are fresh and checked, so they go straight into its own dicts, as MultiDiGraph.add_edge
    leaves them: node -> attributes, successors and predecessors sharing one dict of keys
    per pair (tests compare the result with one built through add_edges_from).

    >>> G = _multidigraph({"a": {}, "b": {}}, [("a", "b", "k", {"w": 1})])
    >>> list(G.edges(keys=True, data=True)), list(G.in_edges("b", keys=True))
    ([('a', 'b', 'k', {'w': 1})], [('a', 'b', 'k')])
    """
    graph = nx.MultiDiGraph()
    node, succ, pred = graph._node, graph._succ, graph._pred
    for iri, attributes in nodes.items():
        node[iri] = attributes
        succ[iri] = {}
        pred[iri] = {}
    for u, v, key, attributes in edges:
        out = succ[u]
        keys = out.get(v)
        if keys is None:
            keys = out[v] = {}
            pred[v][u] = keys
        keys[key] = attributes
    return graph


def qualifier_value(value: str, datatype: str) -> object:
    """A qualifier's lexical form as the projection holds it: integers as ints (an evidence
    offset is a position: 2998, not 2998.0), other numbers as floats, booleans as bools,
    the rest as written."""
    if datatype == _INTEGER:
        try:
            return int(value)
        except ValueError:
            pass  # an ill-typed integer ("1.5") is read as the number it spells, below
    if datatype in _NUMERIC:
        try:
            return float(value)
        except ValueError:
            return value
    if datatype == _BOOLEAN:
        return value in ("true", "1")
    return value


def filter_projection(
    graph: nx.MultiDiGraph,
    ontology: Ontology,
    *,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """A copy keeping nodes of *classes* (and their subclasses) and edges of *relations*.

    >>> from kg.ontology import load_ontology
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A", cls="InvestmentFirm"); g.add_node("b", label="B", cls="City")
    >>> g.add_edge("a", "b", key="k", relation="headquarteredIn")
    'k'
    >>> sorted(filter_projection(g, load_ontology(), classes=["Organization"]).nodes)
    ['a']
    """
    result = graph
    if classes is not None:
        keep = set()
        for name in classes:
            keep |= ontology.subclasses(name)
        result = result.subgraph(n for n, cls in result.nodes(data="cls") if cls in keep)
    if relations is not None:
        wanted = {ontology.relation(name).name for name in relations}
        result = result.edge_subgraph(
            (u, v, k) for u, v, k, rel in result.edges(keys=True, data="relation") if rel in wanted
        )
    return nx.MultiDiGraph(result)


def project(kg_graph, *, use_cache: bool = True) -> nx.MultiDiGraph:
    """The projection of a :class:`~kg.graph.KnowledgeGraph`, built once per store state
    from pieces cached per graph (see the module docstring)."""
    store = kg_graph.store
    key = (store.url, store.version())
    if use_cache and key in _MEMO:
        return _MEMO[key]
    shape = _Shape(kg_graph.ontology)
    pieces = None
    if use_cache:
        found = graph_pieces(store, _PIECE_KIND, shape.version, lambda s, graphs: _read_graphs(s, shape, graphs))
        pieces = None if found is None else [piece for _, piece in found]
    if pieces is None:  # a store that cannot tell which graphs a write touched
        pieces = [_read_whole(store, shape)]
    graph = _assemble(pieces, shape, store)
    if use_cache:
        _MEMO.clear()  # one store state at a time is enough for a process
        _MEMO[key] = graph
    return graph


def refresh_pieces(kg_graph) -> bool:
    """Build and cache the pieces of the graphs written since they were cached, without
    joining them: what a write leaves for the next analysis to read, at the cost of the
    graphs it wrote (the cached pieces are not read). False when the store has no pieces
    (nothing done)."""
    shape = _Shape(kg_graph.ontology)
    return cache_pieces(kg_graph.store, _PIECE_KIND, shape.version, lambda s, graphs: _read_graphs(s, shape, graphs))


def forget_projections() -> None:
    """Drop the projections this process keeps in memory (a process that hands its store
    to others, like ``kg serve``'s parent, frees them this way)."""
    _MEMO.clear()
    forget_pieces()


@contextmanager
def _collector_paused():
    """Building a million small objects sets off the cyclic collector again and again, for
    nothing: the projection holds no cycles to free. Pausing it saves about a fifth."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
