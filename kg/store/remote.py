"""``http(s)://...`` — any SPARQL 1.1 Protocol server (Oxigraph, Fuseki, GraphDB, Virtuoso...).

The URL is the query endpoint. Updates go to ``KG_UPDATE_URL`` when set; else to the same
path with ``/query`` replaced by ``/update`` (Oxigraph, Fuseki); else, for a bare host, to
Oxigraph's ``/update``; else to the query URL itself, which many servers accept.

Every write is one SPARQL Update request, parsed and checked here first, so a malformed
file sends nothing and the server applies the rest whole or not at all. The server must
use the union of its named graphs as the default graph (``oxigraph serve
--union-default-graph``; Fuseki's ``unionDefaultGraph``).
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
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import IngestError, QueryError, StoreError
from kg.formats import RdfFormat
from kg.namespaces import sparql_prologue
from kg.sparql import query_form, term_to_sparql
from kg.store.base import Quad, Results, Store, syntax_error

__all__ = ["RemoteStore", "update_endpoint"]

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_CSV = "text/csv"
_BATCH = 50_000  # quads per INSERT DATA block: servers parse smaller blocks faster


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


def _term(value: dict) -> Identifier:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value["value"], datatype=URIRef(datatype))
    return Literal(value["value"])


def _nt(term: Identifier) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return term_to_sparql(term)


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint seen as a kg store."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.query_url = _query_endpoint(url)
        self.update_url = update_endpoint(url)
        try:
            timeout = float(os.environ.get("KG_HTTP_TIMEOUT", "60"))
        except ValueError:
            raise StoreError("KG_HTTP_TIMEOUT must be a number of seconds") from None
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    def close(self) -> None:
        self._client.close()

    # -- HTTP ------------------------------------------------------------------------

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> httpx.Response:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        try:
            response = self._client.post(url, content=body.encode("utf-8"), headers=headers)
        except httpx.TransportError as error:
            raise StoreError(f"cannot reach the SPARQL endpoint at {url}: {error or type(error).__name__}") from None
        if response.status_code >= 400:
            message = " ".join(response.text.split())[:300] or response.reason_phrase
            if response.status_code == 400:
                if "syntax" in message.lower() or "parse" in message.lower() or "expected" in message.lower():
                    raise syntax_error(message)
                raise QueryError(f"the endpoint rejected the request: {message}")
            raise StoreError(f"the endpoint at {url} answered {response.status_code}: {message}")
        return response

    # -- reading ---------------------------------------------------------------------

    def _query(self, sparql: str) -> Results:
        form = query_form(sparql)
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        response = self._post(
            self.query_url, sparql, "application/sparql-query", _NTRIPLES if graph_result else _JSON
        )
        if graph_result:
            graph = Graph()
            graph.parse(data=response.text, format="nt")
            return Results("graph", triples=list(graph))
        document = response.json()
        if "boolean" in document:
            return Results("ask", boolean=bool(document["boolean"]))
        variables = document["head"]["vars"]
        rows = [
            tuple(_term(binding[v]) if v in binding else None for v in variables)
            for binding in document["results"]["bindings"]
        ]
        return Results("select", variables=variables, rows=rows)

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        response = self._post(self.query_url, sparql_prologue() + sparql, "application/sparql-query", _CSV)
        reader = csv.reader(io.StringIO(response.text, newline=""))
        header = next(reader, [])
        return header, [tuple(row) for row in reader]

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[Quad]:
        bindings = {name: term for name, term in (("s", subject), ("p", predicate), ("o", obj), ("g", graph)) if term is not None}
        results = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", bindings=bindings)
        for s, p, o, g in results.rows:
            yield s, p, o, g

    def graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted((row[0] for row in rows), key=str)

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0]) if rows else 0

    def dump(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        quads = [
            ox.Quad(*(_to_ox(t) for t in (s, p, o)), ox.DefaultGraph() if (graph is not None or not fmt.dataset) else _to_ox(g))
            for s, p, o, g in self.quads(graph=graph)
        ]
        if fmt.dataset:
            ox.serialize(quads, out, getattr(ox.RdfFormat, fmt.oxigraph))
        else:
            ox.serialize({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, out, getattr(ox.RdfFormat, fmt.oxigraph))

    def version(self) -> str:
        # A SPARQL endpoint exposes no change counter; this changes with the number of
        # quads per graph, so a write that keeps every count equal goes unnoticed.
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").rows
        return hashlib.sha256(repr([(str(g), str(n)) for g, n in rows]).encode()).hexdigest()[:24]

    # -- writing ---------------------------------------------------------------------

    def _send_update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update")

    def load(
        self, source: Path | bytes, fmt: RdfFormat, *, graph: URIRef | None = None, validated: int | None = None
    ) -> int:
        name = "input" if isinstance(source, bytes) else str(source)
        try:
            parsed = ox.parse(
                source if isinstance(source, bytes) else None,
                getattr(ox.RdfFormat, fmt.oxigraph),
                path=None if isinstance(source, bytes) else str(source),
            )
            quads = [
                (q.subject, q.predicate, q.object, graph if graph is not None else _graph_name(q.graph_name))
                for q in parsed
            ]
        except SyntaxError as error:
            raise IngestError(f"{name} is not valid {fmt.name}: {' '.join(str(error).split())}") from None
        except FileNotFoundError:
            raise IngestError(f"no such file: {name}") from None
        self._send_update(_insert_data(((str(s), str(p), str(o), g) for s, p, o, g in quads)))
        return len(quads)

    def add(self, quads: Iterable[Quad]) -> int:
        rows = [(_nt(s), _nt(p), _nt(o), g) for s, p, o, g in quads]
        if rows:
            self._send_update(_insert_data(rows))
        return len(rows)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        rows = [(_nt(s), _nt(p), _nt(o), graph) for s, p, o, _ in quads]
        self._send_update(f"DROP SILENT GRAPH {_nt(graph)} ;\n" + _insert_data(rows))
        return len(rows)

    def drop_graph(self, graph: URIRef) -> None:
        self._send_update(f"DROP SILENT GRAPH {_nt(graph)}")

    def update(self, sparql: str) -> None:
        self._send_update(sparql_prologue() + sparql)


def _graph_name(name) -> URIRef | None:
    return None if isinstance(name, ox.DefaultGraph) else URIRef(name.value)


def _to_ox(term: Identifier):
    from kg.store.oxigraph import to_oxigraph

    return to_oxigraph(term)


def _insert_data(rows: Iterable[tuple[str, str, str, URIRef | None]]) -> str:
    """One INSERT DATA of already-serialised terms, grouped by graph."""
    by_graph: dict[URIRef | None, list[str]] = {}
    for s, p, o, g in rows:
        by_graph.setdefault(g, []).append(f"{s} {p} {o} .")
    blocks = []
    for graph, lines in by_graph.items():
        for start in range(0, len(lines), _BATCH):
            body = "\n".join(lines[start : start + _BATCH])
            blocks.append(f"INSERT DATA {{ {body} }}" if graph is None else f"INSERT DATA {{ GRAPH {_nt(graph)} {{\n{body}\n}} }}")
    return " ;\n".join(blocks) if blocks else "INSERT DATA { }"
