"""The SPARQL 1.1 Protocol over kg's store: queries by GET and POST, updates by POST when
allowed and authorised, results by content negotiation, W3C status codes.

Every text is first checked by :mod:`kg.query_limits` (nesting, size, outbound requests),
then run by the app's executor (:mod:`kg.serve.workers`): in a worker process that is
killed when the timeout passes, so a 503 means the work stopped. Lanes
(:mod:`kg.serve.lanes`) read a request and shape every answer with the same functions
(:func:`read_operation`, :func:`query_refusal`, :func:`query_failure`), so both ways of
serving answer alike.
"""

from __future__ import annotations

import codecs
import hmac
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import KGError, QueryError, StoreBusyError
from kg.query_limits import QueryLimits, check_outbound, check_query_text
from kg.serve.tasks import GRAPH_TYPES, RESULT_TYPES, NotAcceptable, negotiate
from kg.serve.workers import EngineFailure
from kg.sparql import _tokens, check_iri, query_form

__all__ = [
    "EndpointSettings", "Operation", "answer_media_type", "checked_text", "endpoint_url_of", "form_fields", "negotiate", "query_failure",
    "query_refusal", "read_operation", "service_description", "sparql_endpoint", "too_large", "union_update", "with_using",
]

_FORM = "application/x-www-form-urlencoded"
_DATASET = ("default-graph-uri", "named-graph-uri")
_USING = ("using-graph-uri", "using-named-graph-uri")
_GRAPH_FIELDS = frozenset((*_DATASET, *_USING))
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EndpointSettings:
    """How the endpoint behaves: see ``kg serve --help``.

    ``limits`` bounds every query and update text (nesting, tokens) and lists the hosts
    ``SERVICE``/``LOAD`` may reach (none by default); ``max_answer_bytes`` caps an answer's
    size; ``idle_close`` is how long a worker keeps the store open without work; ``lanes``
    lets queries to a read-only embedded store be served by lanes (:mod:`kg.serve.lanes`),
    one connection per process, instead of the parent and its worker pool;
    ``stream_threshold`` is the size past which a lane streams an answer (chunked) instead
    of sending it whole with its length.
    """

    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_rows: int = 100_000
    max_body: int = 1024 * 1024
    threads: int = 4
    limits: QueryLimits = field(default_factory=QueryLimits)
    max_answer_bytes: int = 128 * 1024 * 1024
    idle_close: float = 1.0
    lanes: bool = True
    stream_threshold: int = 1024 * 1024


def checked_text(text: str, settings: EndpointSettings, what: str) -> None:
    """Raise :class:`~kg.errors.QueryError` if *text* passes a limit or reaches outside."""
    check_query_text(text, settings.limits, what=what)
    check_outbound(text, settings.limits)


async def _read_body(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            return None
    return bytes(body)


def _unquote_plus(text: str) -> str:
    """A form field's text decoded as :func:`urllib.parse.unquote_plus` decodes it."""
    if "%" not in text:
        return text.replace("+", " ")
    data = text.replace("+", " ").encode("utf-8")
    # urllib decodes escapes in a Python loop, a third of the endpoint's own work on a
    # query of a few hundred characters; CPython's bytes-escape decoder does it in C once
    # every '%' is written '\\x' (and every backslash doubled, so no other escape exists).
    try:
        decoded = codecs.escape_decode(data.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]
    except ValueError:
        return unquote(text.replace("+", " "))  # a '%' not followed by two hex digits stays, as urllib keeps it
    return decoded.decode("utf-8", "replace")


def form_fields(text: str) -> list[tuple[str, str]]:
    """(name, value) of every field of a query string or form body, in order: what
    ``parse_qsl(text, keep_blank_values=True)`` returns, in a fraction of its time.

    >>> form_fields("query=ASK+%7B%7D&default-graph-uri=&x")
    [('query', 'ASK {}'), ('default-graph-uri', ''), ('x', '')]
    """
    fields = []
    for part in text.split("&"):
        if part:
            name, _, value = part.partition("=")
            fields.append((_unquote_plus(name), _unquote_plus(value)))
    return fields


def _error(status: int, message: str, **headers) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


@dataclass(frozen=True)
class Operation:
    """What a valid request to /sparql asks for: a ``query`` (with the protocol's
    *dataset*, if any), an ``update``, or the service ``description``."""

    kind: str
    text: str = ""
    dataset: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def read_operation(method: str, query_string: str, content_type: str, body: bytes | None) -> Operation | Response:
    """The operation of a GET or POST to /sparql, or the error response it gets.

    *query_string* is the URL's (as sent, decoded as Latin-1), *body* the POST's (already
    read within the size limit). Shared by the Starlette endpoint and the lanes
    (:mod:`kg.serve.lanes`), so both read a request alike.
    """
    # Every field, from the URL and from a form body, in order: the protocol lets the
    # dataset parameters come in either, and a name given twice must be seen.
    fields = form_fields(query_string)
    if method == "POST":
        media, *media_params = [p.strip() for p in content_type.split(";")]
        media = media.lower()
        charset = next((p.split("=", 1)[1].strip('"').lower() for p in media_params if p.lower().startswith("charset=")), "utf-8")
        if charset not in ("utf-8", "utf8"):
            return _error(415, f"the body is {charset}; send it as UTF-8")
        try:
            text = (body or b"").decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "request body is not UTF-8")
        if media == _FORM:
            fields += form_fields(text)
        elif media == "application/sparql-query":
            fields.append(("query", text))
        elif media == "application/sparql-update":
            fields.append(("update", text))
        else:
            return _error(415, "send a query as application/sparql-query, an update as application/sparql-update, or either as a form")
    names = [name for name, _ in fields]
    queries, updates = names.count("query"), names.count("update")
    if method == "GET" and updates:
        return _error(400, "updates are sent by POST")
    if queries + updates > 1:
        return _error(400, "one operation a request: give 'query' or 'update' once, not both")
    graphs = {key: [] for key in _GRAPH_FIELDS}
    for name, value in fields:
        if name in _GRAPH_FIELDS:
            try:
                check_iri(value)
            except KGError as error:
                return _error(400, f"dataset parameter: {error}")
            graphs[name].append(value)
    if updates:
        if any(graphs[key] for key in _DATASET):
            return _error(400, "an update names its dataset by using-graph-uri / using-named-graph-uri, not default-graph-uri / named-graph-uri")
        update = dict(fields)["update"]
        if graphs["using-graph-uri"] or graphs["using-named-graph-uri"]:
            try:
                update = with_using(update, graphs["using-graph-uri"], graphs["using-named-graph-uri"])
            except KGError as error:
                return _error(400, str(error))
        return Operation("update", update)
    if any(graphs[key] for key in _USING):
        return _error(400, "using-graph-uri / using-named-graph-uri go with an update; a query takes default-graph-uri / named-graph-uri")
    if not queries:
        if method == "GET" and not fields:
            return Operation("description")
        return _error(400, "no query: give ?query=... or POST one")
    query = dict(fields)["query"]
    if not query.strip():
        return _error(400, "no query: give ?query=... or POST one")
    dataset = None
    if graphs["default-graph-uri"] or graphs["named-graph-uri"]:
        dataset = (tuple(graphs["default-graph-uri"]), tuple(graphs["named-graph-uri"]))
    return Operation("query", query, dataset)


async def sparql_endpoint(request: Request) -> Response:
    """GET or POST /sparql."""
    settings: EndpointSettings = request.app.state.settings
    body = None
    if request.method == "POST":
        body = await _read_body(request, settings.max_body)
        if body is None:
            return too_large(settings)
    operation = read_operation(
        request.method, request.scope["query_string"].decode("latin-1"), request.headers.get("content-type", ""), body
    )
    if isinstance(operation, Response):
        return operation
    if operation.kind == "update":
        return await _update(request, settings, operation.text)
    if operation.kind == "description":
        return service_description(request, settings)
    return await _query(request, settings, operation.text, operation.dataset)


def too_large(settings: EndpointSettings) -> Response:
    """The 413 of a body past ``max_body``."""
    return _error(413, f"request body larger than {settings.max_body:,} bytes")


def with_using(update: str, default: list[str], named: list[str]) -> str:
    """*update* with USING / USING NAMED clauses for the protocol's using-graph-uri and
    using-named-graph-uri before the WHERE of each of its operations.

    pyoxigraph takes no dataset for an update, so it is written into the text. An update
    naming its own (USING, WITH) is refused, as the protocol says; so is DELETE WHERE,
    whose short form takes no USING.

    >>> with_using("INSERT { ?s a <http://b> } WHERE { ?s a <http://a> }", ["http://g"], [])
    'INSERT { ?s a <http://b> } USING <http://g> WHERE { ?s a <http://a> }'
    """
    clauses = "".join(f"USING <{g}> " for g in default) + "".join(f"USING NAMED <{g}> " for g in named)
    depth, previous, at = 0, "", []
    for kind, start, _ in _tokens(update):
        if kind in "{(":
            depth += 1
        elif kind in "})":
            depth -= 1
        elif depth == 0 and kind in ("USING", "WITH"):
            raise QueryError(f"the update has its own {kind} clause and the request using-graph-uri / using-named-graph-uri: give one of them")
        elif depth == 0 and kind == "WHERE":
            if previous == "DELETE":
                raise QueryError("DELETE WHERE takes no using-graph-uri / using-named-graph-uri; write DELETE { ... } WHERE { ... }")
            at.append(start)
        if depth == 0 or kind in "{(":
            previous = kind
    for start in reversed(at):
        update = update[:start] + clauses + update[start:]
    return update


def query_refusal(query: str, settings: EndpointSettings) -> Response | None:
    """The 400 a query gets before it runs (a limit passed, an update sent as a query), or None."""
    try:
        checked_text(query, settings, "query")
    except KGError as error:
        return _error(400, str(error))
    # An update sent as a query gets a message saying so, not the parser's "expected SELECT".
    if _UPDATE_START.match(query) and query_form(query) == "UPDATE":
        return _error(400, "this is an update; send it by POST as 'update' or application/sparql-update")
    return None


def query_failure(error: BaseException, settings: EndpointSettings, accept: str) -> Response:
    """The response of a query that failed with *error* (raised by the executor or the engine)."""
    if isinstance(error, TimeoutError):
        return _error(503, f"query timed out after {settings.timeout:g} s; it was stopped")
    if isinstance(error, NotAcceptable):
        return _not_acceptable(accept, error.kind)
    if isinstance(error, StoreBusyError):
        return _error(503, str(error))
    if isinstance(error, KGError):
        return _error(400, str(error))
    return _error(500, f"{error}; the server carries on")


def answer_media_type(media: str) -> str:
    """The Content-Type of an answer in *media*."""
    return media if media.endswith("json") else f"{media}; charset=utf-8"


async def _query(request: Request, settings: EndpointSettings, query: str, dataset=None) -> Response:
    refusal = query_refusal(query, settings)
    if refusal is not None:
        return refusal
    # The format is negotiated in the worker, once the kind of answer is known.
    accept = request.headers.get("accept", "*/*")
    try:
        media, body = await request.app.state.executor.call(
            "sparql", query, accept, settings.max_rows, settings.max_answer_bytes, _endpoint_url(request), dataset,
            timeout=settings.timeout,
        )
    except (TimeoutError, KGError, EngineFailure) as error:
        return query_failure(error, settings, accept)
    return Response(body, media_type=answer_media_type(media))


def _endpoint_url(request: Request) -> str:
    """The base IRI of a request's relative IRIs: the endpoint's own URL, as the SPARQL
    protocol has it (and as `oxigraph serve` does)."""
    scope = request.scope
    host = next((value for name, value in scope["headers"] if name == b"host"), None)
    return endpoint_url_of(scope.get("scheme", "http"), host, scope["path"], scope.get("server"))


@lru_cache(maxsize=64)
def endpoint_url_of(scheme: str, host: bytes | None, path: str, server: tuple | None) -> str:
    # Starlette's own reading of a request's URL (the Host header checked, default ports
    # left out), done once per host and path instead of on every request.
    headers = [] if host is None else [(b"host", host)]
    return str(URL(scope={"scheme": scheme, "server": server, "path": path, "query_string": b"", "headers": headers}))


_UNION_GRAPH = "?kg_union_graph_"  # the variable a rewritten update binds to each graph


def union_update(update: str, graphs: list[str]) -> str:
    """*update* rewritten so that its default graph is the union of *graphs*, as a query's is.

    pyoxigraph runs an update on the stored default graph only; the protocol's endpoint
    answers queries on the union of all graphs, and an update must see the same. So an
    operation that names no dataset of its own (USING, WITH) is rewritten:

    - its WHERE gets ``USING <g>`` and ``USING NAMED <g>`` for every graph (the union, and
      GRAPH ?g still reaching each graph);
    - a template it deletes, ``DELETE { T }`` or ``DELETE WHERE { T }``, holding no GRAPH,
      is deleted from the graph holding its triples: ``GRAPH ?g { T }``, matched in the
      WHERE too. The triples of one solution must then all be in one graph.

    INSERT and INSERT DATA / DELETE DATA write to the stored default graph as before.

    >>> union_update("DELETE WHERE { ?s a <http://D> }", ["http://g"])
    'DELETE { GRAPH ?kg_union_graph_ { ?s a <http://D> } } WHERE { GRAPH ?kg_union_graph_ { ?s a <http://D> } }'
    """
    if not graphs:
        return update
    try:
        return _rewritten_for_union(update, graphs)
    except (_Unbalanced, IndexError):
        return update  # not well formed: left to the parser, whose message the client gets


class _Unbalanced(Exception):
    """A brace of the update is not closed."""


def _rewritten_for_union(update: str, graphs: list[str]) -> str:
    clauses = "".join(f"USING <{g}> " for g in graphs) + "".join(f"USING NAMED <{g}> " for g in graphs)
    edits: list[tuple[int, int, str]] = []
    for operation in _operations(update):
        top = [i for i, (_, _, _, depth) in enumerate(operation) if depth == 0]
        kinds = [operation[i][0] for i in top]
        if "USING" in kinds or "WITH" in kinds or "DATA" in kinds or "WHERE" not in kinds:
            continue
        where = top[kinds.index("WHERE")]
        where_open, where_close = where + 1, _closing(operation, where + 1)
        delete = top[kinds.index("DELETE")] if "DELETE" in kinds else None
        if delete is not None and delete + 1 == where:  # DELETE WHERE { T }
            if _has_graph(operation, where_open, where_close):
                continue
            inner = update[operation[where_open][2]:operation[where_close][1]]
            start, end = operation[delete][1], operation[where_close][2]
            edits.append((start, end, f"DELETE {{ GRAPH {_UNION_GRAPH} {{{inner}}} }} WHERE {{ GRAPH {_UNION_GRAPH} {{{inner}}} }}"))
            continue
        edits.append((operation[where][1], operation[where][1], clauses))
        if delete is not None and operation[delete + 1][0] == "{":
            template_close = _closing(operation, delete + 1)
            if not _has_graph(operation, delete + 1, template_close):
                inner = update[operation[delete + 1][2]:operation[template_close][1]]
                edits.append((operation[delete + 1][1], operation[template_close][2], f"{{ GRAPH {_UNION_GRAPH} {{{inner}}} }}"))
                edits.append((operation[where_open][1], operation[where_open][2], "{ {"))
                edits.append((operation[where_close][1], operation[where_close][2], f"}} GRAPH {_UNION_GRAPH} {{{inner}}} }}"))
    for start, end, text in sorted(edits, reverse=True):
        update = update[:start] + text + update[end:]
    return update


def _operations(update: str) -> list[list[tuple[str, int, int, int]]]:
    """The tokens of each operation of *update* (split at top-level ';'), each with the
    nesting depth before it."""
    operations, current, depth, previous_end = [], [], 0, 0
    for kind, start, end in _tokens(update):
        gap = re.sub(r"#[^\n]*", "", update[previous_end:start])
        if depth == 0 and current and ";" in gap:
            operations.append(current)
            current = []
        current.append((kind, start, end, depth))
        if kind in ("{", "("):
            depth += 1
        elif kind in ("}", ")"):
            depth -= 1
        previous_end = end
    if current:
        operations.append(current)
    return operations


def _closing(tokens: list[tuple[str, int, int, int]], opening: int) -> int:
    """Index of the token closing the brace at *opening*."""
    depth = tokens[opening][3]
    for index in range(opening + 1, len(tokens)):
        if tokens[index][0] in ("}", ")") and tokens[index][3] == depth + 1:
            return index
    raise _Unbalanced


def _has_graph(tokens, opening: int, closing: int) -> bool:
    return any(kind == "GRAPH" for kind, _, _, _ in tokens[opening:closing])


_FORMATS = "http://www.w3.org/ns/formats/"
# The W3C's IRIs of the formats offered, for the service description.
_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV", "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD", "rdfxml": "RDF_XML", "nquads": "N-Quads",
    "trig": "TriG", "n3": "N3",
}
_RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml", "nquads": "nquads", "trig": "trig", "n3": "n3"}


def service_description(request: Request, settings: EndpointSettings) -> Response:
    """What GET /sparql without a query answers: the endpoint described in the SPARQL 1.1
    Service Description vocabulary (languages, result formats, the union default graph)."""
    from rdflib import BNode, Graph, Namespace, URIRef
    from rdflib.namespace import RDF

    accept = request.headers.get("accept", "*/*")
    chosen = negotiate(accept, "graph")
    if chosen is None:
        return _not_acceptable(accept, "graph")
    media, fmt = chosen
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    graph = Graph(bind_namespaces="core")
    graph.bind("sd", sd)
    service = BNode()
    graph.add((service, RDF.type, sd.Service))
    graph.add((service, sd.endpoint, URIRef(_endpoint_url(request))))
    graph.add((service, sd.supportedLanguage, sd.SPARQL11Query))
    if settings.allow_update:
        graph.add((service, sd.supportedLanguage, sd.SPARQL11Update))
    # The default graph of a query is the union of all graphs unless the request names one.
    graph.add((service, sd.feature, sd.UnionDefaultGraph))
    graph.add((service, sd.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for name in sorted({*RESULT_TYPES.values(), *GRAPH_TYPES.values()}):
        graph.add((service, sd.resultFormat, URIRef(_FORMATS + _FORMAT_IRIS[name])))
    body = graph.serialize(format=_RDFLIB_NAMES[fmt], encoding="utf-8")
    charset = "" if media.endswith("json") else "; charset=utf-8"
    return Response(body, media_type=f"{media}{charset}")


def _not_acceptable(accept: str, kind: str) -> Response:
    offered = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    return _error(406, f"cannot answer in {accept}; offered: {', '.join(offered)}")


async def _update(request: Request, settings: EndpointSettings, update: str) -> Response:
    if not settings.allow_update:
        return _error(403, "updates are disabled on this endpoint (kg serve --allow-update)")
    authorization = request.headers.get("authorization", "")
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return _error(401, "updates need 'Authorization: Bearer <token>'", **{"WWW-Authenticate": 'Bearer realm="kg"'})
    if not settings.token or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        return _error(403, "wrong token")
    try:
        checked_text(update, settings, "update")
        await request.app.state.executor.call("update", update, _endpoint_url(request), timeout=settings.timeout)
    except TimeoutError:
        return _error(503, f"update timed out after {settings.timeout:g} s; it was stopped and nothing of it was written")
    except StoreBusyError as error:
        return _error(503, str(error))
    except KGError as error:
        return _error(400, str(error))
    except EngineFailure as error:
        return _error(500, f"{error}; nothing of the update was written")
    return Response(status_code=204)
