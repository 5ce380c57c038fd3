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
pieces are joined (:mod:`kg.analysis.joined`; on disk the join is kept and patched with
the graphs written since, :mod:`kg.analysis.join_patches`), and merges judged by users
(``kg merge``) folded in last. Where a value is given twice (two labels, two dates for one statement), the least one is kept, so
the result does not depend on the order graphs are read in: joining the pieces gives
exactly what one read of the whole store (:func:`build_projection`) gives, nodes and edges
in the same (canonical) order.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kg.analysis.join_patches import joined_projection
from kg.analysis.joined import (
    PIECE_KIND,
    Joined,
    Shape,
    join_pieces,
    qualifier_value,
)
from kg.ontology import Ontology
from kg.resolution.judgements import canonical_map, read_judgements
from kg.store.base import read_workers
from kg.store.pieces import (
    CacheWarning,
    cache_dir,
    cache_pieces,
    forget_pieces,
    graph_pieces,
    part_values,
    read_sections,
    section_parts,
)

if TYPE_CHECKING:
    # Imported where a graph is made: a write (refresh_pieces) reads pieces and needs none.
    import networkx as nx

__all__ = [
    "CacheWarning", "build_projection", "cache_dir", "filter_projection", "forget_projections", "project",
    "qualifier_value", "refresh_pieces",
]

_MEMO: dict[tuple[str, str], nx.MultiDiGraph] = {}
#: Values of the pieces a write built above which it is a bulk write (see refresh_pieces).
_BULK_VALUES = 40_000


def build_projection(store, ontology: Ontology) -> nx.MultiDiGraph:
    """Read the store's entities, relations and statements into a MultiDiGraph, the whole
    store at once (no cache); :func:`project` builds the same graph from cached pieces."""
    shape = Shape(ontology)
    with _collector_paused():
        joined = join_pieces([_read_whole(store, shape)], shape)
    return _assemble(joined, store)


def _read_whole(store, shape: Shape) -> dict[str, list[str]]:
    """The answers over the union of all graphs, each a flat list."""
    # Single-pattern queries throughout, joined in Python: Oxigraph answers each in a
    # fraction of a second, where joins of the same patterns took seconds on a million
    # triples.
    reads = shape.reads()
    parts = section_parts(reads)
    with ThreadPoolExecutor(max_workers=read_workers(store)) as pool:
        answers = pool.map(lambda part: store.select_values(f"SELECT {part[1]} WHERE {{ {part[2]} }}"), parts)
        whole: dict[str, list[str]] = {section: [] for section in reads}
        for (section, _, _, fixed), (variables, values) in zip(parts, answers):
            whole[section] += part_values(values, len(variables), fixed)
    return whole


def _read_graphs(store, shape: Shape, graphs: list) -> dict[str, dict[str, list[str]]]:
    return read_sections(store, graphs, shape.reads(), threads=read_workers(store))


def _assemble(joined: Joined, store) -> nx.MultiDiGraph:
    """The graph of *joined*, with the merges judged in *store* folded in."""
    with _collector_paused():
        graph = joined.graph()
    # Entities a user judged to be one (kg merge) are one node in every analysis.
    merged = canonical_map(read_judgements(store))
    if not merged:
        return graph
    from kg.resolution.projection import collapse_merged

    return collapse_merged(graph, merged)


def filter_projection(
    graph: nx.MultiDiGraph,
    ontology: Ontology,
    *,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """A copy keeping nodes of *classes* (and their subclasses) and edges of *relations*.

    >>> import networkx as nx
    >>> from kg.ontology import load_ontology
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A", cls="InvestmentFirm"); g.add_node("b", label="B", cls="City")
    >>> g.add_edge("a", "b", key="k", relation="headquarteredIn")
    'k'
    >>> sorted(filter_projection(g, load_ontology(), classes=["Organization"]).nodes)
    ['a']
    """
    import networkx as nx

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


def project(store, ontology: Ontology, *, use_cache: bool = True) -> nx.MultiDiGraph:
    """The projection of *store* read with *ontology*, built once per store state from
    pieces cached per graph, their join kept on disk (see the module docstring)."""
    key = (store.url, store.version())
    if use_cache and key in _MEMO:
        return _MEMO[key]
    shape = Shape(ontology)
    joined = None
    if use_cache:
        def build(s, graphs):
            return _read_graphs(s, shape, graphs)

        with _collector_paused():
            joined = joined_projection(store, shape, build)
            if joined is None:  # pieces kept in memory only: joined here
                found = graph_pieces(store, PIECE_KIND, shape.version, build)
                joined = None if found is None else join_pieces([piece for _, piece in found], shape)
    if joined is None:  # a store that cannot tell which graphs a write touched
        with _collector_paused():
            joined = join_pieces([_read_whole(store, shape)], shape)
    graph = _assemble(joined, store)
    if use_cache:
        _MEMO.clear()  # one store state at a time is enough for a process
        _MEMO[key] = graph
    return graph


def refresh_pieces(store, ontology: Ontology) -> bool:
    """Build and cache the pieces of the graphs written since they were cached, without
    joining them: what a write leaves for the next analysis to read, at the cost of the
    graphs it wrote (the cached pieces are not read). After a bulk write (a table, a
    file), the join is made or patched and kept too, so that the first analysis reads it
    whole. False when the store has no pieces (nothing done)."""
    shape = Shape(ontology)

    def build(s, graphs):
        return _read_graphs(s, shape, graphs)

    built = cache_pieces(store, PIECE_KIND, shape.version, build)
    if built is None:
        return False
    if built > _BULK_VALUES:
        with _collector_paused():
            joined_projection(store, shape, build, write_back=True)
    return True


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
