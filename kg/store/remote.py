"""``http(s)://...`` — any SPARQL 1.1 Protocol server (Oxigraph, Virtuoso, Fuseki, GraphDB...).

The URL is the query endpoint. Updates go to ``KG_UPDATE_URL`` when set; else to the same
path with ``/query`` replaced by ``/update`` (Oxigraph, Fuseki); else, for a bare host, to
Oxigraph's ``/update``; else to the query URL itself (Virtuoso's ``/sparql``, GraphDB).
User and password in the URL (``http://user:pw@host:8890/sparql-auth``) are sent as HTTP
Basic or Digest authentication, whichever the server asks for.

The server is recognised once (:mod:`kg.store.remote_servers`): that decides how queries are
sent, where bulk writes go (the Graph Store Protocol where offered) and which graphs are the
server's own and hidden. Every write is parsed and checked here first, so a malformed file
sends nothing; how it then travels, and what a failure midway leaves, is told in
:mod:`kg.store.remote_writes`. The server must use the union of its named graphs as the
default graph of a query (``oxigraph serve --union-default-graph``; Fuseki's
``unionDefaultGraph``; Virtuoso does by itself).

SPARQL cannot name a server's stored default graph when its default graph is the union,
so the quads kg counts, lists and dumps as being in the default graph are the union's
triples that no named graph holds: a triple stored both in the default graph and in a named
graph is seen in the named graph only. (kg itself writes every source to a named graph.)
On Virtuoso, which has no stored default graph, kg keeps the default graph's triples in the
graph ``urn:x-kg:default-graph``, and an update's default graph is that graph.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import uuid
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError
from kg.formats import RdfFormat, base_iri, rdf_read_errors, writer_prefixes
from kg.sparql import exact_literal, prepare, query_form
from kg.store.base import ParserError, Quad, Results, Store, syntax_error
from kg.store.oxigraph import to_oxigraph, to_rdflib
from kg.store.remote_servers import (
    STAGING_PREFIX,
    ServerProfile,
    ServerWarning,
    altered_datatypes,
    profile_for,
)
from kg.store.remote_writes import (
    Row,
    bnode_chunks,
    expected_counts,
    has_bnode,
    insert_data,
    insert_template,
    move_into_place,
    nquads,
    nt_term,
    ntriples,
    rows_of,
)

__all__ = ["BULK_PUT_QUADS", "RemoteStore", "update_endpoint", "without_password"]

#: Past this many quads Oxigraph replaces a graph by its bulk loader, not in a transaction.
BULK_PUT_QUADS = 100_000

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_CSV = "text/csv"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_BOOLEAN = URIRef("http://www.w3.org/2001/XMLSchema#boolean")
_NOT_STAGING = f'FILTER(!STRSTARTS(STR(?g), "{STAGING_PREFIX}"))'
# Every quad with its graph; ?g is unbound for the default graph's (see the module docstring).
_ALL_QUADS = (
    f"SELECT ?s ?p ?o ?g WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_STAGING} }}"
    " UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?named { ?s ?p ?o } } } }"
)
# The same on a server whose every triple is in a named graph (Virtuoso).
_ALL_NAMED_QUADS = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_STAGING} }}"
# Virtuoso tells a syntax error's line ("SPARQL compiler, line 3: syntax error at ...").
# Every named graph. Not DISTINCT ?g: Virtuoso answers that through a procedure that takes
# seconds on a few thousand quads, and a GROUP BY in milliseconds.
_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {filter} }} GROUP BY ?g"
_VIRTUOSO_LINE = re.compile(r"SPARQL compiler, line (\d+): ")
_VIRTUOSO_REPORT_BUG = "SR002: Function string_output_string needs a string output"


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


def _bnode(label: str) -> BNode:
    # Virtuoso names blank nodes "nodeID://b10001"; a label kg can send back is alphanumeric.
    return BNode(label) if label.isalnum() else BNode("".join(c for c in label if c.isalnum()) or "b")


def _term(value: dict) -> Identifier:
    """A term of the SPARQL JSON results format as an rdflib term, lexical form kept."""
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return _bnode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return exact_literal(value["value"], datatype)
    return Literal(value["value"])


def _virtuoso_boolean(term: Identifier | None) -> Identifier | None:
    """Virtuoso stores xsd:boolean as a number and answers "1"/"0"; kg's other stores keep the
    "true"/"false" that kg and nearly every document write."""
    if isinstance(term, Literal) and term.datatype == _XSD_BOOLEAN and str(term) in ("1", "0"):
        return exact_literal("true" if str(term) == "1" else "false", _XSD_BOOLEAN)
    return term


class _UserAuth(httpx.Auth):
    """HTTP Basic or Digest with the URL's user and password, as the server's challenge asks."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)

    def auth_flow(self, request: httpx.Request):
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        if challenge.startswith("digest"):
            flow = self._digest.auth_flow(request)
            next(flow)  # Digest's first request is the unauthenticated one just answered
            yield flow.send(response)
        else:
            yield from self._basic.auth_flow(request)


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint seen as a kg store."""

    concurrent_reads = True

    def __init__(self, url: str) -> None:
        self.url = url
        _check_url(url)
        parts = urlsplit(url)
        auth = _UserAuth(parts.username or "", parts.password or "") if parts.username else None
        self.query_url = _query_endpoint(url)
        self.update_url = _check_url(update_endpoint(url))
        self.timeout = _http_timeout()
        # A dead host should fail fast; a slow query may take the whole timeout.
        self._client = httpx.Client(timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0)), auth=auth)
        self._server: ServerProfile | None = None
        # Virtuoso's pragmas put before each query and update (see _hide_system_graphs).
        self._prologue = self._update_prologue = ""

    def close(self) -> None:
        self._client.close()

    # -- HTTP ------------------------------------------------------------------------

    @property
    def server(self) -> ServerProfile:
        """The server's profile, found out by one ``ASK {}`` on first use."""
        if self._server is None:
            try:
                response = self._client.get(self.query_url, params={"query": "ASK {}"}, headers={"Accept": _JSON})
            except httpx.HTTPError:
                # The request that follows reports the failure, with its own endpoint.
                return profile_for(None, self.query_url)
            self._server = profile_for(response.headers.get("server"), self.query_url)
            if self._server.name == "virtuoso":
                self._prologue = self._hide_system_graphs()
                # An update's GRAPH ?g leaves the default graph alone, as on other stores.
                stand_in = self._server.default_graph
                self._update_prologue = f"{self._prologue}DEFINE input:named-graph-exclude <{stand_in}>\n"
        return self._server

    def _hide_system_graphs(self) -> str:
        """Virtuoso's pragmas that keep its own graphs out of every query."""
        response = self._request(
            self.query_url, "query", _GRAPHS.format(filter=""), _CSV, form=True
        )
        graphs = [row[0] for row in list(csv.reader(io.StringIO(response.text, newline="")))[1:] if row]
        hidden = [g for g in graphs if self._server.system_graph(g, self.query_url)]
        return "".join(
            f"DEFINE input:default-graph-exclude <{g}>\nDEFINE input:named-graph-exclude <{g}>\n" for g in hidden
        )

    def _request(
        self,
        url: str,
        field: str,
        body: str,
        accept: str | None = None,
        *,
        form: bool,
        params: dict[str, str] | None = None,
        prologue: str = "",
    ) -> httpx.Response:
        """Send a query or update (*field*) as a form field or as the body, after *prologue*."""
        headers = {"Accept": accept} if accept else {}
        text = prologue + body
        try:
            if form:
                return self._send("POST", url, data={field: text, **(params or {})}, headers=headers)
            headers["Content-Type"] = f"application/sparql-{field}"
            return self._send("POST", url, content=text.encode("utf-8"), headers=headers, params=params)
        except ParserError as error:
            raise syntax_error(_user_line(error.message, prologue)) from None

    def _send(self, method: str, url: str, **request) -> httpx.Response:
        shown = without_password(url)
        try:
            response = self._client.request(method, url, **request)
        except httpx.TimeoutException:
            waited = request.get("timeout", self.timeout)
            raise StoreError(
                f"the SPARQL endpoint at {shown} did not answer within {waited:g} s "
                "(set KG_HTTP_TIMEOUT to wait longer)"
            ) from None
        except httpx.TransportError as error:
            raise StoreError(f"cannot reach the SPARQL endpoint at {shown}: {error or type(error).__name__}") from None
        if response.status_code >= 400:
            text = response.text
            if "html" in response.headers.get("content-type", ""):
                # Virtuoso's Graph Store endpoint explains itself in an HTML page.
                text = re.sub(r"<(title|h\d)>.*?</\1>|<[^>]+>", " ", text, flags=re.DOTALL)
            message = _first_line(text) or response.reason_phrase
            if response.status_code == 400:
                # The SPARQL protocol answers 400 to a malformed query or update.
                lowered = message.lower()
                if any(word in lowered for word in ("syntax", "parse", "expected")):
                    raise syntax_error(message)
                raise QueryError(f"the endpoint rejected the request: {message}")
            # 401/403/404/405/415 and 5xx say the store is not usable as configured.
            raise StoreError(f"the endpoint at {shown} answered {response.status_code}: {message}")
        return response

    def _ask(self, sparql: str, accept: str) -> httpx.Response:
        server = self.server
        return self._request(self.query_url, "query", sparql, accept, form=server.form_post, prologue=self._prologue)

    # -- reading ---------------------------------------------------------------------

    def _query(self, sparql: str) -> Results:
        form = query_form(sparql)
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        response = self._ask(sparql, _NTRIPLES if graph_result else _JSON)
        fix = _virtuoso_boolean if self.server.name == "virtuoso" else (lambda term: term)
        try:
            if graph_result:
                # pyoxigraph's parser, not rdflib's: rdflib would rewrite lexical forms.
                triples = ox.parse(response.content, ox.RdfFormat.N_TRIPLES)
                return Results(
                    "graph",
                    triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), fix(to_rdflib(t.object))) for t in triples],
                )
            document = response.json()
            if "boolean" in document:
                return Results("ask", boolean=bool(document["boolean"]))
            variables = document["head"]["vars"]
            rows = [
                tuple(fix(_term(binding[v])) if v in binding else None for v in variables)
                for binding in document["results"]["bindings"]
            ]
        except (ValueError, KeyError, TypeError, SyntaxError) as error:  # not SPARQL results
            raise StoreError(
                f"the endpoint at {self.query_url} did not answer with SPARQL results "
                f"({type(error).__name__}: {_first_line(str(error))})"
            ) from None
        if form == "ASK" and len(rows) == 1 and len(variables) == 1:
            # Virtuoso answers ASK in JSON as one row holding 1 or 0.
            return Results("ask", boolean=str(rows[0][0]) not in ("0", "false"))
        return Results("select", variables=variables, rows=rows)

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        prepared = prepare(sparql)
        try:
            response = self._ask(prepared.text, _CSV)
        except ParserError as error:
            raise prepared.syntax_error(error.message) from None
        reader = csv.reader(io.StringIO(response.text, newline=""))
        header = next(reader, [])
        return header, [tuple(row) for row in reader]

    def _default_graph(self, graph: Identifier | None) -> URIRef | None:
        """A graph as kg names it: the server's stand-in for the default graph is None."""
        stand_in = self.server.default_graph
        return None if graph is None or (stand_in and str(graph) == stand_in) else graph

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[Quad]:
        bindings = {name: term for name, term in (("s", subject), ("p", predicate), ("o", obj)) if term is not None}
        if graph is not None:
            bindings["g"] = graph
            sparql = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        else:
            sparql = _ALL_NAMED_QUADS if self.server.default_graph else _ALL_QUADS
        for s, p, o, g in self.query(sparql, bindings=bindings).rows:
            yield s, p, o, self._default_graph(g)

    def graphs(self) -> list[URIRef]:
        return sorted((g for g in self._graph_counts() if g is not None), key=str)

    def _graph_counts(self) -> dict[URIRef | None, int]:
        """Quads per graph (None: the default graph's), staging graphs left out.

        Counted per ``GRAPH ?g`` and filtered here: a FILTER on each quad's graph name
        made Virtuoso take over a minute on the Crunchbase import.
        """
        rows = self.query(_GRAPHS.format(filter="")).rows
        counts = {self._default_graph(g): int(n) for g, n in rows if not str(g).startswith(STAGING_PREFIX)}
        if not self.server.default_graph:
            # The stored default graph, which SPARQL over a union default graph cannot name.
            loose = self.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?named { ?s ?p ?o } } }"
            ).rows
            if loose and int(loose[0][0]):
                counts[None] = int(loose[0][0])
        return counts

    def __len__(self) -> int:
        return sum(self._graph_counts().values())

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
                prefixes=writer_prefixes(fmt),
            )
        else:
            # The union of the graphs: a triple held by two graphs is written once.
            triples = {(s, p, o) for s, p, o, _ in quads}
            ox.serialize([ox.Triple(*map(to_oxigraph, triple)) for triple in triples], out, oxi, prefixes=writer_prefixes(fmt))

    def version(self) -> str:
        # A SPARQL endpoint exposes no change counter. This token changes with the number
        # of quads in each graph, so a write that keeps every count equal (a replace_graph
        # with as many quads as before, an update that edits a literal) goes unnoticed and
        # a cache keyed on it serves stale answers; kg's caches accept that for a server.
        counts = sorted((str(g) if g is not None else "", n) for g, n in self._graph_counts().items())
        return hashlib.sha256(repr(counts).encode()).hexdigest()[:24]

    # -- writing ---------------------------------------------------------------------

    def _send_update(self, sparql: str) -> None:
        server = self.server
        # On a server without a stored default graph, kg's stand-in is the update's.
        params = {"using-graph-uri": server.default_graph} if server.default_graph else None
        self._request(self.update_url, "update", sparql, form=server.form_post, params=params, prologue=self._update_prologue)

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
        # nothing: the quads are needed anyway to build the requests.
        name = "input" if isinstance(source, bytes) else str(source)
        where = {"input": source} if isinstance(source, bytes) else {"path": str(source)}
        with rdf_read_errors(name, fmt):
            parsed = ox.parse(
                format=getattr(ox.RdfFormat, fmt.oxigraph), base_iri=base if base is not None else base_iri(source), **where
            )
            # pyoxigraph writes its terms in N-Triples syntax, escaped.
            rows = [
                (str(q.subject), str(q.predicate), str(q.object), graph if graph is not None else _graph_name(q.graph_name))
                for q in parsed
            ]
        if rows:
            self._write(rows)
        return len(rows)

    def add(self, quads: Iterable[Quad]) -> int:
        rows = rows_of(quads)
        if rows:
            self._write(rows)
        return len(rows)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        rows = rows_of(quads, graph, replace=True)
        if rows:
            self._write(rows, replace=True)
        else:
            self.drop_graph(graph)
        return len(rows)

    def drop_graph(self, graph: URIRef) -> None:
        self._send_update(f"DROP SILENT GRAPH {nt_term(graph)}")

    def _update(self, sparql: str) -> None:
        self._send_update(sparql)

    def _write(self, rows: list[Row], *, replace: bool = False) -> None:
        """Send *rows* the way the server takes them best (see :mod:`kg.store.remote_writes`);
        *replace* clears each target graph first."""
        server = self.server
        for datatype, how in altered_datatypes(server.name, (row[2] for row in rows)).items():
            warnings.warn(f"{server.name} alters literals of {datatype}: {how}", ServerWarning, stacklevel=4)
        targets = {g for *_, g in rows}
        for target in targets:
            if target is not None:
                nt_term(target)  # a graph name kg cannot write is refused before anything is sent
        if server.gsp_url is None and server.update_chunk is None:
            drops = [f"DROP SILENT GRAPH {nt_term(g)}" for g in targets if g is not None] if replace else []
            self._send_update(" ;\n".join([*drops, insert_data(rows)]))
        elif server.gsp_dataset and not replace:
            self._bulk("POST", server.gsp_url, rows, nquads(rows), "application/n-quads")
        elif server.gsp_put_replaces and replace and len(targets) == 1 and None not in targets:
            (target,) = targets
            try:
                # A transaction keeps the old graph whole if the write is cut off, but
                # costs 3.5 times the bulk loader on a Crunchbase-size graph: big ones load in bulk.
                bulk = len(rows) > BULK_PUT_QUADS
                params = {server.gsp_graph_param: str(target), **({"no_transaction": ""} if bulk else {})}
                self._bulk("PUT", server.gsp_url, rows, ntriples(rows), _NTRIPLES, params=params)
            except StoreError as error:
                state = "may be left partly written" if bulk else "is written whole or not at all"
                raise StoreError(f"{error} (the graph {target} {state}: run the write again)") from None
        else:
            run = uuid.uuid4().hex
            staged = {g: f"{STAGING_PREFIX}{run}/{n}" for n, g in enumerate(sorted(targets, key=str))}
            try:
                self._stage(rows, staged)
                self._send_update(move_into_place(staged, replace=replace, default=server.default_graph))
            except (StoreError, QueryError) as error:
                if left := self._drop_staging(staged):
                    raise StoreError(f"{error} (and the staging graphs {left} are left on the server, hidden from kg)") from None
                raise

    def _bulk(self, method: str, url: str, rows: list[Row], body: bytes, content_type: str, **request) -> None:
        """One Graph Store request of *rows*: it may take the timeout once per 100,000 quads."""
        timeout = self.timeout * max(1.0, len(rows) / 100_000)
        self._send(method, url, content=body, headers={"Content-Type": content_type}, timeout=timeout, **request)

    def _stage(self, rows: list[Row], staged: dict[URIRef | None, str]) -> None:
        """Write *rows* into their staging graphs, in as many requests as the server needs."""
        server = self.server
        name = staged.__getitem__
        if server.gsp_dataset:
            self._bulk("POST", server.gsp_url, rows, nquads(rows, name), "application/n-quads")
            return
        plain: dict[URIRef | None, list[Row]] = {}
        blank = rows
        if server.gsp_url:
            # A blank node's quads must share one request, whichever graphs they are in.
            blank = [row for row in rows if has_bnode(row)]
            for row in rows:
                if not has_bnode(row):
                    plain.setdefault(row[3], []).append(row)
        step = server.gsp_chunk or len(rows)
        for target, graph_rows in plain.items():
            for start in range(0, len(graph_rows), step):
                chunk = graph_rows[start : start + step]
                self._bulk("POST", server.gsp_url, chunk, ntriples(chunk), _NTRIPLES, params={server.gsp_graph_param: staged[target]})
        for chunk in bnode_chunks(blank, server.update_chunk or max(len(blank), 1)):
            if server.bnodes_in_data or not any(map(has_bnode, chunk)):
                self._send_update(insert_data(chunk, name))
                continue
            try:
                self._send_update(insert_template(chunk, name))
            except StoreError as error:
                # Virtuoso 7.2 writes a template of several graphs, then fails to word its
                # answer; the count below tells whether the write landed.
                if len({row[3] for row in chunk}) == 1 or _VIRTUOSO_REPORT_BUG not in str(error):
                    raise
        self._check_staged(rows, staged)

    def _check_staged(self, rows: list[Row], staged: dict[URIRef | None, str]) -> None:
        """Refuse to move staging graphs that do not hold every quad sent."""
        values = " ".join(f"<{g}>" for g in staged.values())
        found = {
            str(g): int(n)
            for g, n in self.query(
                f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
            ).rows
        }
        for target, count in expected_counts(rows).items():
            if found.get(staged[target], 0) != count:
                raise StoreError(
                    f"the server holds {found.get(staged[target], 0):,} of the {count:,} quads sent for "
                    f"{target or 'the default graph'}; nothing was changed"
                )

    def _drop_staging(self, staged: dict[URIRef | None, str]) -> str:
        """Remove the staging graphs of a failed write; the names of those left, if even that fails."""
        try:
            self._send_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in staged.values()))
        except (StoreError, QueryError):
            return ", ".join(sorted(staged.values()))
        return ""


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


def without_password(url: str) -> str:
    """*url* as kg may print it: a password in it replaced by ``***``.

    >>> without_password("http://dba:secret@h:8890/sparql-auth")
    'http://dba:***@h:8890/sparql-auth'
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{parts.netloc.rpartition('@')[2]}"))


def _user_line(message: str, prologue: str) -> str:
    """Virtuoso's "line N" of a syntax error as the "at N:1" kg retells in the user's text,
    counted without the *prologue* kg put first."""
    found = _VIRTUOSO_LINE.search(message)
    if not found:
        return message
    line = max(int(found.group(1)) - prologue.count("\n"), 1)
    return f"at {line}:1: " + message[found.end() :]


def _first_line(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line[:300]
