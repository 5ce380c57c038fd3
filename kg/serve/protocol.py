"""The SPARQL 1.1 Protocol over kg's store: queries by GET and POST, updates by POST when
allowed and authorised, results by content negotiation, W3C status codes.

Every answer is produced in a worker thread under a concurrency limit; a query that runs
past the timeout is answered 503 (its thread finishes on its own: Oxigraph offers no
cancellation, but the row limit stops it reading past ``max_rows``, and the limit on
threads keeps runaway queries from multiplying).
"""

from __future__ import annotations

import hmac
import io
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

import anyio
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import KGError, QueryError, ResultTooLarge
from kg.result_writers import write_results
from kg.sparql import query_form

__all__ = ["EndpointSettings", "sparql_endpoint", "negotiate"]

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
}
_FORM = "application/x-www-form-urlencoded"
_QUERY_KINDS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EndpointSettings:
    """How the endpoint behaves: see ``kg serve --help``."""

    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_rows: int = 100_000
    max_body: int = 1024 * 1024
    threads: int = 4


def negotiate(accept: str, kind: str) -> tuple[str, str] | None:
    """(media type, kg format) for an Accept header and a result kind, or None (406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    ('application/sparql-results+xml', 'xml')
    >>> negotiate("*/*", "graph"), negotiate("text/html", "select")
    (('text/turtle', 'turtle'), None)
    """
    offered = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    if kind == "ask":
        offered = {k: v for k, v in offered.items() if v in ("json", "xml")}
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


def _error(status: int, message: str, **headers) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


async def sparql_endpoint(request: Request) -> Response:
    """GET or POST /sparql."""
    settings: EndpointSettings = request.app.state.settings
    query = update = None
    if request.method == "GET":
        params = request.query_params
        if "update" in params:
            return _error(400, "updates are sent by POST")
        query = params.get("query")
        dataset = [k for k in ("default-graph-uri", "named-graph-uri") if k in params]
    elif request.method == "POST":
        body = await _read_body(request, settings.max_body)
        if body is None:
            return _error(413, f"request body larger than {settings.max_body:,} bytes")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "request body is not UTF-8")
        if media == _FORM:
            form = parse_qs(text, keep_blank_values=True)
            query = (form.get("query") or [None])[0]
            update = (form.get("update") or [None])[0]
            dataset = [k for k in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri") if k in form]
        elif media == "application/sparql-query":
            query, dataset = text, []
        elif media == "application/sparql-update":
            update, dataset = text, []
        else:
            return _error(415, "send a query as application/sparql-query, an update as application/sparql-update, or either as a form")
        dataset += [k for k in ("default-graph-uri", "named-graph-uri") if k in request.query_params]
    else:
        return _error(405, "use GET or POST", Allow="GET, POST")
    if dataset:
        return _error(400, f"dataset parameters ({', '.join(dataset)}) are not supported: the dataset is the union of all sources")
    if update is not None:
        return await _update(request, settings, update)
    if not query or not query.strip():
        return _error(400, "no query: give ?query=... or POST one")
    return await _query(request, settings, query)


async def _run(settings: EndpointSettings, limiter, function, *args):
    with anyio.fail_after(settings.timeout):
        return await anyio.to_thread.run_sync(function, *args, limiter=limiter, abandon_on_cancel=True)


async def _query(request: Request, settings: EndpointSettings, query: str) -> Response:
    graph = request.app.state.graph
    try:
        form = query_form(query)
    except QueryError:
        form = None  # the parser will say what is wrong
    if form == "UPDATE" and _UPDATE_START.match(query):
        return _error(400, "this is an update; send it by POST as 'update' or application/sparql-update")
    accept = request.headers.get("accept", "*/*")
    if form in _QUERY_KINDS and negotiate(accept, _QUERY_KINDS[form]) is None:
        return _not_acceptable(accept, _QUERY_KINDS[form])
    try:
        results = await _run(settings, request.app.state.limiter, lambda: graph.store.query(query, max_rows=settings.max_rows))
        chosen = negotiate(accept, results.kind)
        if chosen is None:
            return _not_acceptable(accept, results.kind)
        media, fmt = chosen
        buffer = io.StringIO()
        write_results(results, fmt, buffer)
    except TimeoutError:
        return _error(503, f"query timed out after {settings.timeout:g} s")
    except ResultTooLarge as error:
        return _error(400, str(error))
    except KGError as error:
        return _error(400, str(error))
    charset = "" if media.endswith("json") else "; charset=utf-8"
    return Response(buffer.getvalue(), media_type=f"{media}{charset}")


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
    graph = request.app.state.graph
    try:
        await _run(settings, request.app.state.limiter, graph.store.update, update)
    except TimeoutError:
        return _error(503, f"update timed out after {settings.timeout:g} s; it may still complete")
    except KGError as error:
        return _error(400, str(error))
    return Response(status_code=204)
