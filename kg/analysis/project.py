"""The projection: the RDF graph as an ``nx.MultiDiGraph`` that analysis and pictures use.

Nodes are entities, keyed by IRI, with attributes ``label`` and ``cls`` (the most specific
ontology class name, ``""`` when untyped). Edges are direct relations, one per statement
node (key: the statement's IRI) or, for a triple no statement qualifies, one keyed by the
relation's name; a candidate statement (``kg:candidate true``) is no edge. Edge attributes: ``relation`` (lowerCamel name), ``label`` (the ontology's
label, a verb phrase), ``strength`` (1–4, from the ontology), ``statement`` and ``source``
(IRIs or None), and every qualifier by its local name (``amount``, ``currency``,
``stakePercent``, ``date``, ``role``...; numbers as floats). ``G.graph["sources"]`` maps a
source IRI to its ``title`` and ``issued`` date.

The graph is read in bulk through a handful of SPARQL SELECTs, never triple by triple, and
cached per store state: in memory for the process, and on disk for embedded stores so a
second command on an unchanged store loads it instead of rebuilding it. The disk cache is
JSON, which cannot run code when read (a pickle can); a file that is damaged, of another
format or not ours is ignored with a :class:`CacheWarning` and rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import warnings
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg.ids import local_name
from kg.namespaces import DCTERMS, KG, PROV, RDF, RDFS, XSD
from kg.ontology import Ontology
from kg.resolution.judgements import canonical_map, read_judgements
from kg.resolution.projection import collapse_merged

__all__ = ["CacheWarning", "build_projection", "cache_dir", "filter_projection", "forget_projections", "project"]

_NUMERIC = {str(XSD.decimal), str(XSD.integer), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)
_STATEMENT_LINKS = {"subject", "relation", "object"}
_MEMO: dict[tuple[str, str], nx.MultiDiGraph] = {}
_CACHE_FORMAT = 3  # bump when the projection's shape changes (2: JSON instead of pickle; 3: merges folded)
_CACHE_KIND = "kg-projection"


class CacheWarning(UserWarning):
    """A cache file was unreadable or not kg's; it is ignored and rebuilt."""


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def build_projection(store, ontology: Ontology) -> nx.MultiDiGraph:
    """Read the store's entities, relations and statements into a MultiDiGraph."""
    classes = {str(c.iri): c for c in ontology.entity_classes()}
    relations = {str(r.iri): r for r in ontology.direct_relations()}
    qualifiers = {
        str(q.iri): q for q in ontology.qualifiers.values() if q.name not in _STATEMENT_LINKS
    }
    # Single-pattern queries throughout, joined here: Oxigraph answers each in a fraction of
    # a second, where joins of the same patterns took seconds on a million triples. Most of
    # the time goes to decoding terms inside the store, which releases the GIL, so on stores
    # that allow it the queries run two at a time while Python joins the earlier answers.
    # Deepest classes first: an entity keeps the first (most specific) class it is found in.
    by_depth = sorted(classes, key=lambda iri: -len(ontology.ancestors(classes[iri].name)))
    queries = {
        **{("type", iri): f"SELECT ?e WHERE {{ ?e <{RDF.type}> <{iri}> }}" for iri in by_depth},
        "labels": f"SELECT ?e ?label WHERE {{ ?e <{RDFS.label}> ?label }}",
        **{
            ("link", name): f"SELECT ?st ?x WHERE {{ ?st <{predicate}> ?x }}"
            for name, predicate in (
                ("s", KG.subject), ("p", KG.relation), ("o", KG.object), ("src", PROV.wasDerivedFrom)
            )
        },
        **{("qualifier", iri): f"SELECT ?st ?v WHERE {{ ?st <{iri}> ?v }}" for iri in qualifiers},
        "direct": f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(relations)} }} ?s ?p ?o }}",
        "sources": (
            f"SELECT ?source ?title ?issued WHERE {{ ?source a <{KG.Source}> . "
            f"OPTIONAL {{ ?source <{DCTERMS.title}> ?title }} "
            f"OPTIONAL {{ ?source <{DCTERMS.issued}> ?issued }} }}"
        ),
    }
    answers = _select_all(store, queries)

    best: dict[str, str] = {}
    for iri in by_depth:
        for (entity,) in answers[("type", iri)]:
            best.setdefault(entity, iri)
    labels: dict[str, str] = {}
    for entity, label in answers["labels"]:
        if entity in best and entity not in labels:
            labels[entity] = label
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (entity, {"label": labels.get(entity) or local_name(entity), "cls": classes[iri].name})
        for entity, iri in best.items()
    )

    subjects, predicates, objects, origins = (
        dict(answers[("link", name)]) for name in ("s", "p", "o", "src")
    )
    statements = {
        st: (s, p, objects[st], origins.get(st) or None)
        for st, s in subjects.items()
        if (p := predicates.get(st)) in relations and st in objects
    }
    qualified: dict[str, dict[str, object]] = defaultdict(dict)
    for iri, qualifier in qualifiers.items():
        kind = str(qualifier.range)
        for st, value in answers[("qualifier", iri)]:
            if st in statements:
                qualified[st][qualifier.name] = _convert(value, kind)

    edges = []
    stated: set[tuple[str, str, str]] = set()
    for st, (s, p, o, source) in statements.items():
        if qualified.get(st, {}).get("candidate") is True:
            # A candidate proposes a fact the store does not hold (it has no direct triple);
            # as an edge it would count in every analysis as if it did.
            continue
        relation = relations[p]
        attributes = {
            "relation": relation.name, "label": relation.label, "strength": relation.strength,
            "statement": st, "source": source,
        }
        attributes.update(qualified.get(st, ()))
        edges.append((s, o, st, attributes))
        stated.add((s, p, o))
    for s, p, o in answers["direct"]:
        if (s, p, o) in stated or (o, p, s) in stated and relations[p].symmetric:
            continue
        relation = relations[p]
        edges.append((s, o, relation.name, {
            "relation": relation.name, "label": relation.label, "strength": relation.strength,
            "statement": None, "source": None,
        }))
    for s, o, _, _ in edges:
        _ensure_node(graph, s)
        _ensure_node(graph, o)
    graph.add_edges_from(edges)
    graph.graph["sources"] = {
        src: {"title": title, "issued": issued} for src, title, issued in answers["sources"]
    }
    # Entities a user judged to be one (kg merge) are one node in every analysis.
    merged = canonical_map(read_judgements(store))
    return collapse_merged(graph, merged) if merged else graph


def _select_all(store, queries: dict) -> dict:
    """Each query's rows, by key; two at a time where the store allows concurrent reads."""
    if not getattr(store, "concurrent_reads", False):
        return {key: store.select_rows(sparql)[1] for key, sparql in queries.items()}
    # Largest answers first, so that the last ones to finish are the quick ones.
    large = lambda key: key in ("labels", "direct") or key[0] == "link"
    order = sorted(queries, key=lambda key: not large(key))
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {key: pool.submit(store.select_rows, queries[key]) for key in order}
        return {key: future.result()[1] for key, future in futures.items()}




def _ensure_node(graph: nx.MultiDiGraph, iri: str) -> None:
    if iri not in graph:
        graph.add_node(iri, label=local_name(iri), cls="")


def _convert(value: str, datatype: str) -> object:
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


def cache_dir() -> Path:
    """Where projections are cached: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def _cache_file(url: str, version: str) -> Path:
    store_key = hashlib.sha256(url.encode()).hexdigest()[:16]
    version_key = hashlib.sha256(f"{_CACHE_FORMAT}:{version}".encode()).hexdigest()[:16]
    return cache_dir() / f"projection-{store_key}-{version_key}.json"


def project(kg_graph, *, use_cache: bool = True) -> nx.MultiDiGraph:
    """The projection of a :class:`~kg.graph.KnowledgeGraph`, built once per store state."""
    store = kg_graph.store
    version = store.version()
    key = (store.url, version)
    if use_cache and key in _MEMO:
        return _MEMO[key]
    on_disk = use_cache and store.url.startswith("oxigraph:")
    path = _cache_file(_absolute_url(store.url), version) if on_disk else None
    graph = None
    if path is not None and path.exists():
        graph = _load(path)
    if graph is None:
        graph = build_projection(store, kg_graph.ontology)
        if path is not None:
            _save(path, graph)
    if use_cache:
        _MEMO.clear()  # one store state at a time is enough for a process
        _MEMO[key] = graph
    return graph


def forget_projections() -> None:
    """Drop the projections this process keeps in memory (a process that hands its store
    to others, like ``kg serve``'s parent, frees them this way)."""
    _MEMO.clear()


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


def _absolute_url(url: str) -> str:
    scheme, _, rest = url.partition(":")
    return f"{scheme}:{Path(rest).resolve()}" if scheme == "oxigraph" else url


def _load(path: Path) -> nx.MultiDiGraph | None:
    """The projection cached in *path*, or None (with a warning) if the file is not one."""
    try:
        with open(path, encoding="utf-8") as handle, _collector_paused():
            data = json.load(handle)
        if not isinstance(data, dict) or data.get("kind") != _CACHE_KIND or data.get("format") != _CACHE_FORMAT:
            raise ValueError("not a kg projection of this version")
        graph = nx.MultiDiGraph()
        graph.graph.update(data["graph"])
        with _collector_paused():
            graph.add_nodes_from((iri, attrs) for iri, attrs in data["nodes"])
            graph.add_edges_from((u, v, key, attrs) for u, v, key, attrs in data["edges"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        warnings.warn(f"ignoring the projection cache {path} ({error}); rebuilding it", CacheWarning, stacklevel=3)
        return None
    return graph


def _save(path: Path, graph: nx.MultiDiGraph) -> None:
    """Write the cache atomically and drop older projections of the same store."""
    data = {
        "kind": _CACHE_KIND, "format": _CACHE_FORMAT, "graph": graph.graph,
        "nodes": list(graph.nodes(data=True)), "edges": list(graph.edges(keys=True, data=True)),
    }
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        prefix = path.name.rsplit("-", 1)[0]
        for old in [*path.parent.glob(f"{prefix}-*.json"), *path.parent.glob(f"{prefix}-*.pickle")]:
            old.unlink(missing_ok=True)  # older states, and caches of the pickle era
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temp, path)
    except (OSError, TypeError, ValueError):
        # A read-only home, a full disk or a value JSON cannot hold costs speed, not
        # correctness: carry on uncached.
        temp.unlink(missing_ok=True)
