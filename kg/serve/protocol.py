"""The SPARQL 1.1 Protocol over kg's store: queries by GET and POST, updates by POST when
allowed and authorised, results by content negotiation, W3C status codes.

Every text is first checked by :mod:`kg.query_limits` (nesting, size, outbound requests),
then run by the app's executor (:mod:`kg.serve.workers`): in a worker process that is
killed when the timeout passes, so a 503 means the work stopped.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import KGError, StoreBusyError
from kg.query_limits import QueryLimits, check_outbound, check_query_text
from kg.serve.tasks import GRAPH_TYPES, RESULT_TYPES, NotAcceptable, negotiate
from kg.serve.workers import EngineFailure
from kg.sparql import query_form

__all__ = ["EndpointSettings", "checked_text", "negotiate", "sparql_endpoint"]

_FORM = "application/x-www-form-urlencoded"
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EndpointSettings:
    """How the endpoint behaves: see ``kg serve --help``.

    ``limits`` bounds every query and update text (nesting, tokens) and lists the hosts
    ``SERVICE``/``LOAD`` may reach (none by default); ``max_answer_bytes`` caps an answer's
    size; ``idle_close`` is how long a worker keeps the store open without work.
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


async def _query(request: Request, settings: EndpointSettings, query: str) -> Response:
    try:
        checked_text(query, settings, "query")
    except KGError as error:
        return _error(400, str(error))
    # An update sent as a query gets a message saying so, not the parser's "expected SELECT".
    if _UPDATE_START.match(query) and query_form(query) == "UPDATE":
        return _error(400, "this is an update; send it by POST as 'update' or application/sparql-update")
    # The format is negotiated in the worker, once the kind of answer is known.
    accept = request.headers.get("accept", "*/*")
    try:
        media, body = await request.app.state.executor.call(
            "sparql", query, accept, settings.max_rows, settings.max_answer_bytes, _endpoint_url(request), timeout=settings.timeout
        )
    except TimeoutError:
        return _error(503, f"query timed out after {settings.timeout:g} s; it was stopped")
    except NotAcceptable as error:
        return _not_acceptable(accept, error.kind)
    except StoreBusyError as error:
        return _error(503, str(error))
    except KGError as error:
        return _error(400, str(error))
    except EngineFailure as error:
        return _error(500, f"{error}; the server carries on")
    charset = "" if media.endswith("json") else "; charset=utf-8"
    return Response(body, media_type=f"{media}{charset}")


def _endpoint_url(request: Request) -> str:
    """The base IRI of a request's relative IRIs: the endpoint's own URL, as the SPARQL
    protocol has it (and as `oxigraph serve` does)."""
    return str(request.url.replace(query=""))


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
