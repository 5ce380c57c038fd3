"""From a question about the graph to a page: which view, which filters, what size.

:func:`page_for` draws from what a picture needs: the store (names, aliases, a view's
query), the ontology and the projection to cut views from (the whole graph's, or a part
read around a question). ``KnowledgeGraph.viz`` / ``show`` and ``kg viz`` reach it
through the façade; :func:`choose_view` gives the view of a store and an ontology, cut
from the whole store's projection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx
from rdflib import URIRef

from kg.analysis import centrality, find_links
from kg.analysis.project import filter_projection, project
from kg.entity_lookup import resolve_entity
from kg.errors import AnalysisError, QueryError
from kg.ids import local_name
from kg.namespaces import SKOS
from kg.ontology import Ontology
from kg.sparql import term_to_sparql
from kg.store.base import Store
from kg.viz.html import render_html
from kg.viz.views import (
    MAX_NODES,
    View,
    focus_view,
    links_view,
    pairs_view,
    reduce_view,
    whole_view,
)

__all__ = ["SIZE_MEASURES", "NotebookPicture", "choose_view", "page_for", "view_for"]

SIZE_MEASURES = ("degree", "pagerank", "betweenness")
#: Betweenness for node sizes is sampled from this many sources on larger graphs: sizes
#: need the ranking, not four exact digits.
_BETWEENNESS_SAMPLE = 200


def view_for(
    store: Store,
    ontology: Ontology,
    projection: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    links: tuple[str, str] | None = None,
    max_hops: int = 4,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    query: str | None = None,
) -> tuple[View, nx.MultiDiGraph]:
    """The view asked for, and the (filtered) *projection* it was cut from; names resolve
    in *store*, classes and relations in *ontology*."""
    asked = [name for name, given in (("focus", focus), ("links", links), ("query", query)) if given]
    if len(asked) > 1:
        raise AnalysisError(f"choose one view, not {' and '.join(asked)}")
    classes = list(classes or ()) or None
    relations = list(relations or ()) or None
    if classes:
        for name in classes:
            ontology.cls(name)  # an unknown class is an error, not an empty picture
    # filter_projection keeps subclasses of each class asked for.
    graph = projection
    if classes is not None or relations is not None:
        graph = filter_projection(projection, ontology, classes=classes, relations=relations)
    if focus:
        entity = resolve_entity(store, focus)
        if entity not in graph:
            raise AnalysisError(f"{focus} is not in the picture (filtered out, or has no links)")
        return focus_view(graph, entity, hops=hops), graph
    if links:
        start, end = (resolve_entity(store, name) for name in links)
        paths = find_links(graph, start, end, max_hops=max_hops, limit=None)
        for node in (start, end):
            if node not in graph:
                graph = nx.MultiDiGraph(graph)
                graph.add_node(node, label=local_name(node), cls="")
        return links_view(graph, start, end, paths), graph
    if query:
        return _query_view(store, ontology, graph, query), graph
    return whole_view(graph), graph


def page_for(
    store: Store,
    ontology: Ontology,
    projection: nx.MultiDiGraph,
    *,
    size_by: str = "degree",
    max_nodes: int = MAX_NODES,
    seed: int = 0,
    expand_url: str | None = None,
    **view_options,
) -> str:
    """The HTML page of the view that *view_options* describe (see :func:`view_for`);
    with *expand_url* (a path on the page's own server) a double click on a node draws its
    neighbours."""
    if size_by not in SIZE_MEASURES:
        raise AnalysisError(f"unknown size measure {size_by!r}; use one of {', '.join(SIZE_MEASURES)}")
    view, graph = view_for(store, ontology, projection, **view_options)
    view = reduce_view(view, max_nodes=max_nodes)
    return render_html(
        view,
        ontology,
        sizes=_sizes(graph, view, size_by, seed),
        aliases=_aliases(store, view.graph.nodes),
        seed=seed,
        expand_url=expand_url,
    )


def choose_view(store: Store, ontology: Ontology, **view_options) -> tuple[View, nx.MultiDiGraph]:
    """:func:`view_for` over the projection of the whole *store* (built, or taken from the
    cache, by :func:`kg.analysis.project.project`)."""
    return view_for(store, ontology, project(store, ontology), **view_options)


class NotebookPicture:
    """A page shown inline by Jupyter: an ``<iframe srcdoc>``, so the page keeps its own
    scripts and security policy and needs no server and no network."""

    def __init__(self, html: str, *, height: int = 600) -> None:
        self.html = html
        self.height = height

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f'<iframe srcdoc="{escape(self.html, quote=True)}" style="width: 100%; '
            f'height: {int(self.height)}px; border: 1px solid #ddd" '
            'sandbox="allow-scripts"></iframe>'
        )

    def save(self, path) -> None:
        """Write the page to *path*."""
        from pathlib import Path

        Path(path).write_text(self.html, encoding="utf-8")


def _query_view(store: Store, ontology: Ontology, graph: nx.MultiDiGraph, sparql: str) -> View:
    results = store.query(sparql)
    relations = {str(r.iri): r.name for r in ontology.direct_relations()}
    pairs = []
    if results.kind == "graph":
        for s, p, o in results.triples:
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                pairs.append((str(s), str(o), relations.get(str(p))))
        title = "Query: the entities and relations it constructs"
    elif results.kind == "select":
        pairs = _entity_pairs(results.rows, graph)
        title = "Query: the entity pairs it selects"
        widened = None if pairs else _select_everything(sparql)
        if widened:
            # A question's query usually selects names for a table; the entities behind
            # them are bound by its pattern, so the picture asks for every variable.
            pairs = _entity_pairs(store.query(widened).rows, graph)
            title = "Query: the entity pairs behind its rows"
    else:
        raise QueryError("a picture needs a CONSTRUCT query or a SELECT of entity pairs, not ASK")
    if not pairs:
        raise QueryError("the query gave no pair of entities (IRIs) to draw")
    return pairs_view(graph, pairs, title=title)


def _entity_pairs(rows, graph: nx.MultiDiGraph) -> list[tuple[str, str, None]]:
    """The first two IRIs of each row that are entities of the graph (statement and source
    IRIs are not), else the first two IRIs of the row."""
    pairs = []
    for row in rows:
        iris = [str(value) for value in row if isinstance(value, URIRef)]
        entities = [iri for iri in iris if iri in graph]
        chosen = entities if len(entities) >= 2 else iris
        if len(chosen) >= 2 and (chosen[0], chosen[1], None) not in pairs:
            pairs.append((chosen[0], chosen[1], None))
    return pairs


#: The projection of a query's outermost SELECT, after its prologue (comments, PREFIX, BASE).
_PROJECTION = re.compile(
    r"^((?:\s+|#[^\n]*\n|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?)"
    r"([^{]*?)(\s*(?:WHERE\s*)?\{)",
    re.IGNORECASE,
)


def _select_everything(sparql: str) -> str | None:
    r"""*sparql* with ``SELECT *`` for its projection, or None when that would change what
    it means (expressions, aggregates, grouping) or it already selects everything.

    >>> _select_everything("# q\nSELECT ?a ?b WHERE { ?x ?p ?a } ORDER BY ?a")
    '# q\nSELECT * WHERE { ?x ?p ?a } ORDER BY ?a'
    >>> _select_everything("SELECT (COUNT(?x) AS ?n) WHERE { ?x ?p ?o }") is None
    True
    """
    match = _PROJECTION.match(sparql)
    if not match or "(" in match.group(2) or match.group(2).strip() == "*" or re.search(r"\bGROUP\s+BY\b", sparql, re.IGNORECASE):
        return None
    return sparql[:match.start(2)] + "*" + sparql[match.end(2):]


def _sizes(graph: nx.MultiDiGraph, view: View, measure: str, seed: int) -> dict[str, float]:
    if measure == "degree":
        return {node: float(graph.degree(node)) if node in graph else 0.0 for node in view.graph}
    k = _BETWEENNESS_SAMPLE if measure == "betweenness" and graph.number_of_nodes() > 5 * _BETWEENNESS_SAMPLE else None
    scores = dict(centrality(graph, measure=measure, k=k, seed=seed))
    return {node: scores.get(node, 0.0) for node in view.graph}


def _aliases(store: Store, nodes: Iterable[str]) -> dict[str, list[str]]:
    iris = [URIRef(node) for node in nodes if str(node).startswith(("http://", "https://", "urn:"))]
    found: dict[str, list[str]] = {}
    for start in range(0, len(iris), 500):
        chunk = " ".join(term_to_sparql(iri) for iri in iris[start:start + 500])
        _, rows = store.select_rows(
            f"SELECT DISTINCT ?e ?alias WHERE {{ VALUES ?e {{ {chunk} }} ?e <{SKOS.altLabel}> ?alias }}"
        )
        for entity, alias in rows:
            found.setdefault(entity, []).append(alias)
    return found
