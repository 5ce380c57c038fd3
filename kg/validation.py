"""SHACL validation of a graph against ontology/shapes.ttl: by pySHACL (the reference, and
for ``memory:``), or the shapes run as SPARQL (:mod:`kg.shape_queries`) by the store's own
engine or an in-memory Oxigraph, for the whole graph or for some focus nodes only."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Identifier

from kg.errors import OntologyError
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES
from kg.ontology import Ontology
from kg.resources import resource_dir
from kg.store import data_triples
from kg.store.base import read_workers

__all__ = [
    "ValidationReport",
    "Violation",
    "curie",
    "runs_in_store",
    "validate",
    "validate_dataset",
    "validate_in_engine",
    "validate_store",
    "validate_triples",
]

#: How many focus nodes one restricted query names.
FOCUS_BATCH = 400


def curie(term: Identifier | None) -> str:
    """Shorten an IRI with kg's prefixes; literals and blank nodes as N-Triples.

    >>> from rdflib import URIRef
    >>> curie(URIRef("https://w3id.org/kg/id/agibot"))
    'id:agibot'
    """
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and text != namespace:
            return f"{prefix}:{text[len(namespace):]}"
    return term.n3()


@dataclass(frozen=True)
class Violation:
    """One way the graph breaks a shape."""

    focus: str
    path: str
    value: str
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value {self.value})" if self.value else ""
        return f"{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, and every violation found, sorted for stable output."""

    conforms: bool
    violations: tuple[Violation, ...]


def _shapes(path: Path | None) -> Graph:
    path = path or resource_dir("ontology") / "shapes.ttl"
    shapes = Graph()
    try:
        shapes.parse(str(path), format="turtle")
    except Exception as error:  # noqa: BLE001 - rdflib's Turtle parser raises several unrelated types
        raise OntologyError(f"shapes file {path} cannot be read: {error}") from None
    return shapes


def runs_in_store(store) -> bool:
    """Whether the shapes may run in *store* itself: the embedded store, holding the
    ontology's graph (a remote server's engine may differ in the details the shapes rely on)."""
    from kg.store.oxigraph import OxigraphStore

    return isinstance(store, OxigraphStore) and ONTOLOGY_GRAPH in store.graphs()


def validate(store, ontology: Ontology, *, progress=None) -> ValidationReport:
    """Check the union of *store*'s graphs against ontology/shapes.ttl, the shapes run as
    SPARQL (:mod:`kg.shape_queries`; the same report as pySHACL, in seconds where it takes
    minutes): by the embedded store itself when it holds the ontology's graph
    (:func:`runs_in_store`), else by an in-memory Oxigraph given a copy; a ``memory:``
    store by pySHACL over rdflib, which holds it already. *progress* gets (done, total)
    queries."""
    from kg.store.memory import MemoryStore

    if runs_in_store(store):
        return validate_store(store, progress=progress)
    # The store's own copy of the ontology is left out: *ontology* is added to the data.
    triples = data_triples(store)
    if isinstance(store, MemoryStore):
        # rdflib already holds it, small, with the lexical forms as written.
        return validate_triples(triples, ontology)
    return validate_in_engine(triples, ontology, progress=progress)


def validate_triples(
    triples: Iterable[tuple[Identifier, Identifier, Identifier]],
    ontology: Ontology,
    *,
    shapes_path: Path | None = None,
) -> ValidationReport:
    """Check *triples* (a union of the store's graphs) against the SHACL shapes.

    The ontology's triples join the data, so that ``sh:targetClass`` reaches instances of
    subclasses and the SPARQL constraints can read each relation's domain and range.
    (pyshacl's ``ont_graph`` is only mixed in when it runs inference, which we do not want.)
    """
    import pyshacl  # heavy import: only `kg validate` needs it

    data = Graph()
    for triple in triples:
        data.add(triple)
    data += ontology.graph
    conforms, report, _ = pyshacl.validate(
        data,
        shacl_graph=_shapes(shapes_path),
        inference="none",
        allow_warnings=True,
    )
    violations = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        violations.add(
            Violation(
                focus=curie(report.value(result, SH.focusNode)),
                path=curie(report.value(result, SH.resultPath)),
                value=curie(report.value(result, SH.value)),
                message=str(report.value(result, SH.resultMessage) or "violates a shape"),
            )
        )
    ordered = tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message, v.value)))
    return ValidationReport(conforms=bool(conforms), violations=ordered)


def validate_in_engine(
    triples: Iterable[tuple[Identifier, Identifier, Identifier]],
    ontology: Ontology,
    *,
    shapes_path: Path | None = None,
    progress=None,
    focus: Collection[URIRef] | None = None,
) -> ValidationReport:
    """The same report as :func:`validate_triples`, from the shapes run as SPARQL
    (:mod:`kg.shape_queries`) by an in-memory Oxigraph holding *triples* and the ontology.

    *progress*, if given, is called with (done, total) after each query. With *focus*,
    only those nodes are checked (see :func:`validate_store`).
    """
    import pyoxigraph as ox

    from kg.store.oxigraph import to_oxigraph

    engine = ox.Store()
    engine.bulk_extend(ox.Quad(*(to_oxigraph(t) for t in triple)) for chain in (triples, ontology.graph) for triple in chain)

    return validate_dataset(engine, shapes_path=shapes_path, progress=progress, focus=focus)


def validate_dataset(engine, *, shapes_path: Path | None = None, progress=None, focus: Collection[URIRef] | None = None) -> ValidationReport:
    """The same report as :func:`validate_triples`, from the shapes run by *engine*, a
    ``pyoxigraph.Store`` whose graphs, taken together, hold the data and the ontology."""
    from kg.store.oxigraph import to_rdflib

    def select(sparql: str):
        for row in engine.query(sparql, use_default_graph_as_union=True):
            yield {name: to_rdflib(row[name]) for name in ("this", "path", "value") if _bound(row, name)}

    return _check(select, shapes_path, progress, focus)


def validate_store(
    store, *, shapes_path: Path | None = None, progress=None, focus: Collection[URIRef] | None = None,
) -> ValidationReport:
    """The same report as :func:`validate_triples`, from the shapes run as SPARQL by
    *store* itself, whose default graph must hold the ontology's triples too (kg keeps
    them in a graph of their own): nothing is copied, so a store of 800k quads is checked
    in the time its engine takes to answer some forty queries.

    With *focus* (IRIs), only the violations whose focus node is one of them are looked
    for: the whole report's, restricted to those nodes, in a time that grows with their
    number rather than with the store's."""
    def select(sparql: str):
        for row in store.query(sparql).dicts():
            yield {name: term for name, term in row.items() if term is not None}

    return _check(select, shapes_path, progress, focus, workers=read_workers(store))


def _bound(row, name: str) -> bool:
    try:
        return row[name] is not None
    except (KeyError, IndexError):
        return False


def _check(
    select, shapes_path: Path | None, progress, focus: Collection[URIRef] | None = None, workers: int = 1,
) -> ValidationReport:
    from kg.shape_queries import shape_queries, target_queries

    shapes = _shapes(shapes_path)
    if focus is None:
        batches = [shape_queries(shapes)]
    else:
        # The focus nodes travel in the query text, a few hundred at a time; each shape's
        # own are found first, so that its queries name only them and need not find its
        # targets (a subclass path per node) again.
        nodes = sorted(focus, key=str)
        batches = []
        for start in range(0, len(nodes), FOCUS_BATCH):
            members = {
                shape: [row["this"] for row in select(sparql) if "this" in row]
                for shape, sparql in target_queries(shapes, nodes[start:start + FOCUS_BATCH]).items()
            }
            batches.append(shape_queries(shapes, members))
    queries = [query for batch in batches for query in batch]
    violations = set()

    def run(query) -> list[Violation]:
        return [
            Violation(focus=curie(row.get("this")), path=curie(row.get("path") or query.path),
                      value=curie(row.get("value")), message=query.message)
            for row in select(query.sparql)
        ]

    if workers > 1 and len(queries) > 1:
        # The engine answers two queries at once on two cores (it releases the GIL); the
        # three SPARQL constraints take most of the time, so they do not wait in line.
        from concurrent.futures import ThreadPoolExecutor, as_completed

        heavy_first = sorted(queries, key=lambda query: query.path is not None)  # SPARQL constraints have none
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-validate") as pool:
            futures = [pool.submit(run, query) for query in heavy_first]
            for done, future in enumerate(as_completed(futures), 1):
                violations.update(future.result())
                if progress is not None:
                    progress(done, len(queries))
    else:
        for done, query in enumerate(queries, 1):
            violations.update(run(query))
            if progress is not None:
                progress(done, len(queries))
    ordered = tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message, v.value)))
    return ValidationReport(conforms=not ordered, violations=ordered)
