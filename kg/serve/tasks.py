"""The work ``kg serve`` does against the store, as plain functions of a
:class:`~kg.graph.KnowledgeGraph`: they run in the worker processes (see
:mod:`kg.serve.workers`), so every argument and answer is picklable.

SPARQL answers from the embedded store are written by pyoxigraph itself, in the format the
client asked for, with no conversion to rdflib terms in between, and the query reaches it
as the client wrote it (kg's prefixes and the base given as parser options); other stores
go through :func:`kg.result_writers.write_results`. A lane may pass an *answer stream*: an
answer that outgrows the stream's threshold is then handed to it piece by piece as
pyoxigraph writes it, instead of being kept whole (see :func:`sparql_answer`).
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal

from kg.errors import KGError, QueryError, ResultTooLarge
from kg.namespaces import PREFIXES
from kg.sparql import Prepared
from kg.store.base import syntax_error
from kg.store.oxigraph import OxigraphStore

__all__ = ["TASKS", "AnswerCut", "NotAcceptable", "run_update", "sparql_answer"]

# Media type -> kg result format, in order of preference when the client accepts anything.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "text/n3": "n3",
}
# pyoxigraph's and rdflib's names of the graph formats.
_OX_FORMATS = {
    "turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML", "nquads": "N_QUADS", "trig": "TRIG", "n3": "N3",
}
# A graph answer has only a default graph: its N-Triples are N-Quads, its Turtle is TriG
# (rdflib's own N-Quads and TriG writers want a dataset).
_RDFLIB_FORMATS = {"rdfxml": "xml", "nquads": "nt", "trig": "turtle", "n3": "n3"}
# The fewest bytes one row (or triple) takes in each format: an answer shorter than
# max_rows times this cannot have too many rows, and is not parsed again to count them.
_MIN_ROW_BYTES = {
    "json": 3, "xml": 17, "csv": 2, "tsv": 1, "turtle": 8, "ntriples": 8, "jsonld": 8, "rdfxml": 8, "nquads": 8, "trig": 8, "n3": 8,
}
_SUGGEST = """SELECT DISTINCT ?e ?label WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  ?e a ?type ; rdfs:label ?label .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
} ORDER BY STRLEN(STR(?label)) ?label LIMIT 20"""


class NotAcceptable(KGError):
    """The client accepts no format offered for this kind of answer (406)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _AnswerTooBig(Exception):
    """Raised from inside pyoxigraph's writer to stop it at the byte cap."""


class _TooManyRows(Exception):
    """Raised from inside pyoxigraph's writer to stop an answer that may be streamed at the
    row cap (in the formats whose rows are counted as they pass)."""


class AnswerCut(Exception):
    """A streamed answer stopped after its first bytes were sent (a cap, the deadline, an
    engine error, or the client gone): the only honest end left is to cut the connection.
    Deliberately not a :class:`~kg.errors.KGError`: no error answer can follow."""


# Formats with one row (or triple) a line, and the lines before the first row: their rows
# are counted as a streamed answer passes (SPARQL TSV and N-Triples escape line breaks in
# literals; CSV does not, so its rows are not counted this way).
_HEADER_LINES = {"tsv": 1, "ntriples": 0, "nquads": 0}


class _CappedBuffer:
    """A binary sink for pyoxigraph's writers that refuses to grow past *limit* bytes.

    With an answer *stream* (a lane's), the answer is kept only up to the stream's
    threshold; past it the stream is started with what was kept, and every further piece
    goes to it at once. Once streaming, rows are counted in the line formats of
    ``_HEADER_LINES`` (*max_rows* then holds); in the others, the byte cap bounds them.
    """

    def __init__(self, limit: int, stream=None, media: str = "", fmt: str = "", max_rows: int = 0) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.stream, self.media = stream, media
        self.streaming = False
        self.row_limit = max_rows + _HEADER_LINES[fmt] if fmt in _HEADER_LINES else None
        self.lines = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _AnswerTooBig
        if self.stream is None:
            self.parts.append(bytes(data))
            return len(data)
        if self.row_limit is not None:
            self.lines += bytes(data).count(b"\n")
            if self.lines > self.row_limit:
                raise _TooManyRows
        if self.streaming:
            self.stream.send(data)
        else:
            self.parts.append(bytes(data))
            if self.size > self.stream.threshold:
                self.streaming = True
                parts, self.parts = self.parts, []
                self.stream.start(self.media, parts)
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here."""


@lru_cache(maxsize=256)  # a client sends the same Accept header again and again
def negotiate(accept: str, kind: str) -> tuple[str, str] | None:
    """(media type, kg format) for an Accept header and a result kind, or None (406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    ('application/sparql-results+xml', 'xml')
    >>> negotiate("*/*", "graph"), negotiate("text/html", "select")
    (('text/turtle', 'turtle'), None)
    """
    # An ASK answer is offered in every results format: its CSV/TSV is the word true or
    # false, as Oxigraph writes it (the SPARQL CSV/TSV note defines only SELECT answers).
    offered = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    wanted = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            wanted.append((-quality, position, media.lower()))
    for _, _, media in sorted(wanted):
        if media in offered:
            return media, offered[media]
        if media in ("*/*", "application/*", "text/*"):
            for candidate, fmt in offered.items():
                if media == "*/*" or candidate.startswith(media[:-1]):
                    return candidate, fmt
    return None


def _too_many(max_rows: int) -> ResultTooLarge:
    return ResultTooLarge(f"the answer has more than {max_rows:,} rows; narrow the query or add LIMIT")


# (what a prefixed name of it starts with, name, IRI) for each of kg's prefixes.
_PREFIX_TAGS = tuple((f"{name}:", name, iri) for name, iri in PREFIXES.items())
_RESULT_FORMATS = {fmt: getattr(ox.QueryResultsFormat, fmt.upper()) for fmt in ("json", "xml", "csv", "tsv")}


def _prefixes_used(query: str) -> dict[str, str]:
    """kg's prefixes whose ``name:`` occurs in *query*: a prefixed name can use no other,
    and each prefix handed to the parser costs it time on every query (a tenth of a small
    query's)."""
    return {name: iri for tag, name, iri in _PREFIX_TAGS if tag in query}


def _run_native(store, query: str, base: str | None, dataset: tuple[tuple[str, ...], tuple[str, ...]] | None):
    """Run the client's *query* on pyoxigraph's own store, its text untouched: kg's
    prefixes and the *base* go to the parser as options (as the ``PREFIX``/``BASE`` lines
    :func:`kg.sparql.prepare` writes would, declarations in the query winning alike), so a
    syntax error's position is already in the client's text, and nothing is copied.

    Over the union of all graphs, or the protocol's *dataset*: the default graph the merge
    of the first graphs listed, the named graphs the second ones (which the store class's
    query entry cannot take).
    """
    if dataset is None:
        options = {"use_default_graph_as_union": True}
    else:
        options = {"default_graph": [ox.NamedNode(g) for g in dataset[0]], "named_graphs": [ox.NamedNode(g) for g in dataset[1]]}
    try:
        return store._store.query(query, base_iri=base, prefixes=_prefixes_used(query), **options)
    except SyntaxError as error:
        # Told as for any query kg runs (the message tidied, a relative IRI explained).
        raise Prepared(query, query, (), base).syntax_error(syntax_error(str(error)).message) from None
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from None


def _native_answer(
    store, query: str, accept: str, max_rows: int, max_bytes: int, base: str | None, dataset=None, stream=None
) -> tuple[str, bytes | None]:
    result = _run_native(store, query, base, dataset)
    if isinstance(result, ox.QueryBoolean):
        kind = "ask"
    elif isinstance(result, ox.QueryTriples):
        kind = "graph"
    else:
        kind = "select"
    chosen = negotiate(accept, kind)
    if chosen is None:
        raise NotAcceptable(kind)
    media, fmt = chosen
    sink = _CappedBuffer(max_bytes, stream, media, fmt, max_rows)
    try:
        if kind == "graph":
            rdf = getattr(ox.RdfFormat, _OX_FORMATS[fmt])
            prefixes = PREFIXES if fmt in ("turtle", "trig", "n3", "rdfxml") else None
            ox.serialize(result, sink, rdf, prefixes=prefixes)
        else:
            result.serialize(sink, _RESULT_FORMATS[fmt])
    except _AnswerTooBig:
        if sink.streaming:
            raise AnswerCut(f"the answer passed {max_bytes:,} bytes after streaming began") from None
        raise ResultTooLarge(f"the answer is larger than {max_bytes:,} bytes; narrow the query or add LIMIT") from None
    except _TooManyRows:
        if not sink.streaming:
            raise _too_many(max_rows) from None
        raise AnswerCut(f"the answer passed {max_rows:,} rows after streaming began") from None
    except (OSError, RuntimeError, ValueError) as error:
        if sink.streaming:  # the engine failed, or the client is gone (a socket error)
            raise AnswerCut(f"the answer stopped after streaming began: {' '.join(str(error).split())}") from None
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from None
    if sink.streaming:
        try:
            stream.finish()
        except OSError as error:
            raise AnswerCut(f"the client went away: {error}") from None
        return media, None
    body = b"".join(sink.parts)
    if kind != "ask" and len(body) > max_rows * _MIN_ROW_BYTES[fmt]:
        # Counted by pyoxigraph's parser, only when the size allows too many rows.
        if kind == "graph":
            parsed = ox.parse(body, getattr(ox.RdfFormat, _OX_FORMATS[fmt]))
        elif fmt == "csv":  # pyoxigraph does not read CSV results back (they are lossy)
            parsed = itertools.islice(csv.reader(io.StringIO(body.decode("utf-8"), newline="")), 1, None)
        else:
            parsed = ox.parse_query_results(body, _RESULT_FORMATS[fmt])
        if sum(1 for _ in parsed) > max_rows:
            raise _too_many(max_rows)
    return media, body


def sparql_answer(
    graph, query: str, accept: str, max_rows: int, max_bytes: int, base: str | None = None, dataset=None, stream=None
) -> tuple[str, bytes | None]:
    """Run *query* and return (media type, body) in the format *accept* prefers; relative
    IRIs resolve against *base* (the endpoint's URL). *dataset*, when given, is the
    protocol's (default graphs, named graphs), which replaces the union of all graphs and
    any FROM / FROM NAMED of the query; only the embedded store takes one.

    Raises :class:`NotAcceptable`, :class:`~kg.errors.ResultTooLarge` past *max_rows* rows
    or *max_bytes* bytes, or :class:`~kg.errors.QueryError`.

    *stream*, on the embedded store only, is an answer stream: an object with a
    ``threshold`` (bytes), ``start(media, parts)``, ``send(piece)`` and ``finish()``. An
    answer within the threshold is returned whole, as without it; a longer one is given to
    the stream as pyoxigraph writes it, and (media type, None) is returned. Once the stream
    has started, a cap passed, an engine error or an exception of the stream itself (its
    deadline, a socket error) raises :class:`AnswerCut`; the row cap then holds only in the
    formats with a row a line (TSV, N-Triples, N-Quads), the byte cap in all.
    """
    if isinstance(graph.store, OxigraphStore):
        return _native_answer(graph.store, query, accept, max_rows, max_bytes, base, dataset, stream)
    if dataset is not None:
        raise QueryError("default-graph-uri and named-graph-uri need an embedded store (oxigraph:); this one answers over all its graphs")
    from kg.result_writers import write_results

    results = graph.store.query(query, max_rows=max_rows, base=base)
    chosen = negotiate(accept, results.kind)
    if chosen is None:
        raise NotAcceptable(results.kind)
    media, fmt = chosen
    if results.kind == "ask" and fmt in ("csv", "tsv"):
        body = b"true" if results.boolean else b"false"  # as pyoxigraph writes it on the native path
    elif fmt in _RDFLIB_FORMATS:
        from rdflib import Graph

        answer = Graph()
        for triple in results.triples:
            answer.add(triple)
        body = answer.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
    else:
        buffer = io.StringIO()
        write_results(results, fmt, buffer)
        body = buffer.getvalue().encode("utf-8")
    if len(body) > max_bytes:
        raise ResultTooLarge(f"the answer is larger than {max_bytes:,} bytes; narrow the query or add LIMIT")
    return media, body


def run_update(graph, update: str, base: str | None = None) -> None:
    """Run a SPARQL update (one transaction); relative IRIs resolve against *base*.

    On the embedded store the update's default graph is made the union of all graphs, as
    a query's is (see :func:`kg.serve.protocol.union_update`): its graphs are listed
    from pyoxigraph's own store, which the store class does not offer.
    """
    if isinstance(graph.store, OxigraphStore):
        from kg.serve.protocol import union_update

        rewritten = union_update(update, sorted(g.value for g in graph.store._store.named_graphs()))
        if rewritten != update:
            _check_update_syntax(update, base)
            update = rewritten
    graph.store.update(update, base=base)


def _check_update_syntax(update: str, base: str | None) -> None:
    """Raise the client's syntax error, positions in the client's text, before its update
    is rewritten: parsed by pyoxigraph on an empty in-memory store (the rewriting only
    touches operations with a WHERE, which on no data write nothing, and never LOAD)."""
    from kg.sparql import _tokens, prepare

    if any(kind == "LOAD" for kind, _, _ in _tokens(update)):
        return  # never fetched twice; an error's position may then be in the rewritten text
    prepared = prepare(update, base=base)
    try:
        ox.Store().update(prepared.text)
    except SyntaxError as error:
        raise prepared.syntax_error(syntax_error(str(error)).message) from None
    except (OSError, RuntimeError, ValueError):
        pass  # not a syntax error: the real run reports it


def explorer_query(graph, text: str, max_rows: int):
    """The query page's answer, as :class:`~kg.store.base.Results` for the template."""
    return graph.store.query(text, max_rows=max_rows)


def suggestions(graph, text: str) -> list[dict]:
    """Entities whose label or alias contains *text*, shortest label first."""
    if not text.strip():
        return []
    rows = graph.query(_SUGGEST, bindings={"q": Literal(text.strip())}).rows
    return [{"iri": str(iri), "label": str(label)} for iri, label in rows]


def links_view(graph, source: str, target: str) -> dict:
    """The paths between two named entities, told as sentences: what ``kg links`` finds
    (:meth:`kg.graph.KnowledgeGraph.links`), as (hops, sentence) pairs."""
    start, end = graph.resolve(source), graph.resolve(target)
    return {"start": start, "end": end, "sentences": [(p.hops, sentence) for p, sentence in graph.links(start, end)]}


def ping(graph) -> bool:
    """Nothing: lets tests and the pool check that a worker answers."""
    return True


def projection_state(graph) -> tuple[int, int, int]:
    """(process id, identity of the projection object, its number of nodes) of the worker
    answering: lets tests count how often workers build the projection (the same identity
    in the same process is the same object, reused)."""
    projection = graph.projection()
    return os.getpid(), id(projection), projection.number_of_nodes()


TASKS = {
    "sparql": sparql_answer, "update": run_update, "explorer_query": explorer_query,
    "suggestions": suggestions, "links": links_view, "ping": ping,
    "projection_state": projection_state,
    # The explorer's own tasks (entity pages by name, paged facts, neighbours, the picture
    # that expands), from their module: imported here, not at the top, to keep them apart.
    **__import__("kg.serve.explorer_tasks", fromlist=["EXPLORER_TASKS"]).EXPLORER_TASKS,
}
