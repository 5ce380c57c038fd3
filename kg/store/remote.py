"""``http(s)://...`` — any SPARQL 1.1 Protocol server (Oxigraph, Fuseki, GraphDB, Virtuoso...).

The URL is the query endpoint. Updates go to ``KG_UPDATE_URL`` when set; else to the same
path with ``/query`` replaced by ``/update`` (Oxigraph, Fuseki); else, for a bare host, to
Oxigraph's ``/update``; else to the query URL itself, which many servers accept.

Every write is one SPARQL Update request, parsed and checked here first, so a malformed
file sends nothing and the server applies the rest whole or not at all. The server must
use the union of its named graphs as the default graph (``oxigraph serve
--union-default-graph``; Fuseki's ``unionDefaultGraph``).

SPARQL cannot name a server's stored default graph when its default graph is the union,
so the quads kg counts, lists and dumps as being in the default graph are the union's
triples that no named graph holds: a triple stored both in the default graph and in a named
graph is seen in the named graph only. (kg itself writes every source to a named graph.)
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import IngestError, QueryError, StoreError
from kg.formats import RdfFormat, base_iri
from kg.sparql import exact_literal, prepare, query_form, term_to_sparql
from kg.store.base import ParserError, Quad, Results, Store, syntax_error
from kg.store.oxigraph import to_oxigraph, to_rdflib

__all__ = ["RemoteStore", "update_endpoint"]

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_CSV = "text/csv"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Every quad with its graph; ?g is unbound for the default graph's (see the module docstring).
_ALL_QUADS = (
    "SELECT ?s ?p ?o ?g WHERE { { GRAPH ?g { ?s ?p ?o } }"
    " UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?named { ?s ?p ?o } } } }"
)


def update_endpoint(query_url: str) -> str:
    """Where updates go for a query endpoint (see the module docstring).

    >>> update_endpoint("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/update'
    >>> update_endpoint("http://127.0.0.1:7878")
    'http://127.0.0.1:7878/update'
    >>> update_endpoint("https://db.example/repositories/news")
    'https://db.example/repositories/news'
    """
    if os.environ.get("KG_UPDATE_URL"):
        return os.environ["KG_UPDATE_URL"]
    parts = urlsplit(query_url)
    path = parts.path
    if path.endswith("/query"):
        path = path[: -len("query")] + "update"
    elif path in ("", "/"):
        path = "/update"
    else:
        return query_url
    return urlunsplit(parts._replace(path=path))


def _query_endpoint(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/query")) if parts.path in ("", "/") else url


def _http_timeout() -> float:
    try:
        return float(os.environ.get("KG_HTTP_TIMEOUT", "60"))
    except ValueError:
        raise StoreError("KG_HTTP_TIMEOUT must be a number of seconds") from None


def _term(value: dict) -> Identifier:
    """A term of the SPARQL JSON results format as an rdflib term, lexical form kept."""
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return exact_literal(value["value"], datatype)
    return Literal(value["value"])


def _nt(term: Identifier) -> str:
    """An rdflib term in N-Triples syntax (IRIs checked, literals escaped) for INSERT DATA."""
    if isinstance(term, BNode):
        if not str(term).isalnum():
            raise StoreError(f"not a valid RDF term: {term!r} (a blank node id kg can send is alphanumeric)")
        return f"_:{term}"
    try:
        return term_to_sparql(term)
    except QueryError as error:
        raise StoreError(f"not a valid RDF term: {term!r} ({error})") from None


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint seen as a kg store."""

    concurrent_reads = True

    def __init__(self, url: str) -> None:
        self.url = url
        _check_url(url)
        self.query_url = _query_endpoint(url)
        self.update_url = _check_url(update_endpoint(url))
        self.timeout = _http_timeout()
        # A dead host should fail fast; a slow query may take the whole timeout.
        self._client = httpx.Client(timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0)))

    def close(self) -> None:
        self._client.close()

    # -- HTTP ------------------------------------------------------------------------

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> httpx.Response:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        try:
            response = self._client.post(url, content=body.encode("utf-8"), headers=headers)
        except httpx.TimeoutException:
            raise StoreError(
                f"the SPARQL endpoint at {url} did not answer within {self.timeout:g} s "
                "(set KG_HTTP_TIMEOUT to wait longer)"
            ) from None
        except httpx.TransportError as error:
            raise StoreError(f"cannot reach the SPARQL endpoint at {url}: {error or type(error).__name__}") from None
        if response.status_code >= 400:
            message = _first_line(response.text) or response.reason_phrase
            if response.status_code == 400:
                # The SPARQL protocol answers 400 to a malformed query or update.
                lowered = message.lower()
                if any(word in lowered for word in ("syntax", "parse", "expected")):
                    raise syntax_error(message)
                raise QueryError(f"the endpoint rejected the request: {message}")
            # 401/403/404/405/415 and 5xx say the store is not usable as configured.
            raise StoreError(f"the endpoint at {url} answered {response.status_code}: {message}")
        return response

    # -- reading ---------------------------------------------------------------------

    def _query(self, sparql: str) -> Results:
        form = query_form(sparql)
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        response = self._post(
            self.query_url, sparql, "application/sparql-query", _NTRIPLES if graph_result else _JSON
        )
        try:
            if graph_result:
                # pyoxigraph's parser, not rdflib's: rdflib would rewrite lexical forms.
                triples = ox.parse(response.content, ox.RdfFormat.N_TRIPLES)
                return Results(
                    "graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in triples]
                )
            document = response.json()
            if "boolean" in document:
                return Results("ask", boolean=bool(document["boolean"]))
            variables = document["head"]["vars"]
            rows = [
                tuple(_term(binding[v]) if v in binding else None for v in variables)
                for binding in document["results"]["bindings"]
            ]
        except (ValueError, KeyError, TypeError, SyntaxError) as error:  # not SPARQL results
            raise StoreError(
                f"the endpoint at {self.query_url} did not answer with SPARQL results "
                f"({type(error).__name__}: {_first_line(str(error))})"
            ) from None
        return Results("select", variables=variables, rows=rows)

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        prepared = prepare(sparql)
        try:
            response = self._post(self.query_url, prepared.text, "application/sparql-query", _CSV)
        except ParserError as error:
            raise prepared.syntax_error(error.message) from None
        reader = csv.reader(io.StringIO(response.text, newline=""))
        header = next(reader, [])
        return header, [tuple(row) for row in reader]

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[Quad]:
        bindings = {name: term for name, term in (("s", subject), ("p", predicate), ("o", obj)) if term is not None}
        if graph is not None:
            bindings["g"] = graph
            sparql = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        else:
            sparql = _ALL_QUADS
        yield from self.query(sparql, bindings=bindings).rows

    def graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted((row[0] for row in rows), key=str)

    def __len__(self) -> int:
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_ALL_QUADS} }}").rows
        return int(rows[0][0]) if rows else 0

    def dump(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        oxi = getattr(ox.RdfFormat, fmt.oxigraph)
        quads = list(self.quads(graph=graph))
        if fmt.dataset:
            ox.serialize(
                [
                    ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph() if g is None else ox.NamedNode(g))
                    for s, p, o, g in quads
                ],
                out,
                oxi,
            )
        else:
            # The union of the graphs: a triple held by two graphs is written once.
            triples = {(s, p, o) for s, p, o, _ in quads}
            ox.serialize([ox.Triple(*map(to_oxigraph, triple)) for triple in triples], out, oxi)

    def version(self) -> str:
        # A SPARQL endpoint exposes no change counter. This token changes with the number
        # of quads in each graph, so a write that keeps every count equal (a replace_graph
        # with as many quads as before, an update that edits a literal) goes unnoticed and
        # a cache keyed on it serves stale answers; kg's caches accept that for a server.
        rows = self.query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {_ALL_QUADS} }} GROUP BY ?g ORDER BY ?g"
        ).rows
        return hashlib.sha256(repr([(str(g), str(n)) for g, n in rows]).encode()).hexdigest()[:24]

    # -- writing ---------------------------------------------------------------------

    def _send_update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update")

    def load(
        self,
        source: Path | bytes,
        fmt: RdfFormat,
        *,
        graph: URIRef | None = None,
        validated: int | None = None,
        base: str | None = None,
    ) -> int:
        # The whole input is parsed here before anything is sent, so *validated* saves
        # nothing: the quads are needed anyway to build the update.
        name = "input" if isinstance(source, bytes) else str(source)
        where = {"input": source} if isinstance(source, bytes) else {"path": str(source)}
        try:
            parsed = ox.parse(
                format=getattr(ox.RdfFormat, fmt.oxigraph), base_iri=base if base is not None else base_iri(source), **where
            )
            # pyoxigraph writes its terms in N-Triples syntax, escaped.
            rows = [
                (str(q.subject), str(q.predicate), str(q.object), graph if graph is not None else _graph_name(q.graph_name))
                for q in parsed
            ]
        except SyntaxError as error:
            raise IngestError(f"{name} is not valid {fmt.name}: {_first_line(str(error))}") from None
        except FileNotFoundError:
            raise IngestError(f"no such file: {name}") from None
        except OSError as error:
            raise IngestError(f"cannot read {name}: {error.strerror or error}") from None
        if rows:
            self._send_update(_insert_data(rows))
        return len(rows)

    def add(self, quads: Iterable[Quad]) -> int:
        rows = [(_nt(s), _nt(p), _nt(o), g) for s, p, o, g in quads]
        if rows:
            self._send_update(_insert_data(rows))
        return len(rows)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        rows = [(_nt(s), _nt(p), _nt(o), graph) for s, p, o, _ in quads]
        insert = f" ;\n{_insert_data(rows)}" if rows else ""
        self._send_update(f"DROP SILENT GRAPH {_nt(graph)}{insert}")
        return len(rows)

    def drop_graph(self, graph: URIRef) -> None:
        self._send_update(f"DROP SILENT GRAPH {_nt(graph)}")

    def _update(self, sparql: str) -> None:
        self._send_update(sparql)


def _graph_name(name) -> URIRef | None:
    return None if isinstance(name, ox.DefaultGraph) else URIRef(name.value)


def _check_url(url: str) -> str:
    """*url*, or a StoreError if no request could be sent to it (a bad address or port)."""
    try:
        urlsplit(url).port  # noqa: B018 - a port out of range is found when asked for
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as error:
        raise StoreError(f"not a usable SPARQL endpoint URL: {url!r} ({error})") from None
    if not parsed.host:
        raise StoreError(f"not a usable SPARQL endpoint URL: {url!r} (no host)")
    return url


def _first_line(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line[:300]


def _insert_data(rows: Iterable[tuple[str, str, str, URIRef | None]]) -> str:
    """One INSERT DATA of already-serialised terms, a GRAPH block per graph.

    One operation, not one per graph: SPARQL scopes a blank node label to its block of
    data, and Oxigraph refuses a label that two operations of one request share, so a file
    whose blank node appears in two graphs must travel in one block.
    """
    by_graph: dict[URIRef | None, list[str]] = {}
    for s, p, o, g in rows:
        by_graph.setdefault(g, []).append(f"{s} {p} {o} .")
    blocks = []
    for graph, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(body if graph is None else f"GRAPH {_nt(graph)} {{\n{body}\n}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"
