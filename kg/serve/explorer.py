"""The explorer: server-rendered pages to search, read an entity, follow links and run
SPARQL. No CDN, names escaped by Jinja's autoescaping, entity IRIs passed as query
parameters and bound as RDF terms, never pasted into SPARQL.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html as html_text
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from rdflib import URIRef
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kg.entity_lookup import AmbiguousEntity, EntityNotFound
from kg.errors import KGError, StoreBusyError
from kg.examples import example_queries
from kg.namespaces import PREFIXES
from kg.ontology import load_ontology
from kg.result_writers import display_term
from kg.serve.explorer_tasks import PageOutOfRange, suggested_names
from kg.serve.protocol import checked_text
from kg.serve.workers import EngineFailure

__all__ = ["EXPLORER_ROUTES"]

_TEMPLATES = Path(__file__).with_name("templates")
# kg viz pages carry their policy as a <meta> tag (they also open from a file); served
# here, the same policy travels as a header, with frame-ancestors, which a tag cannot set.
#: At most this many ?shown= IRIs are read from a neighbours request.
_MAX_SHOWN = 5000
#: Rows of a query's answer on one page of the query page.
ROWS_PER_PAGE = 100
#: At most this many neighbours come back from one double click.
MAX_NEIGHBOURS = 200
_META_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    environment.filters["term"] = display_term
    environment.tests["iri"] = lambda value: isinstance(value, URIRef)
    return environment


@lru_cache(maxsize=1)
def _script() -> tuple[str, str]:
    """The pages' one script (name suggestions, the query editor) and its hash."""
    text = "\n".join((_TEMPLATES / name).read_text(encoding="utf-8") for name in ("suggest.js", "query.js"))
    return text, base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


_LOCAL_NAME = re.compile(r"[A-Za-z_][\w-]*")


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """What the query editor completes: kg's prefixes (declared in every query) and, under
    each, the local names the ontology uses in its namespace (its classes, relations and
    qualifiers under ``kg:``; ``rdfs:label`` and the like under theirs), sorted.

    Examples
    --------
    >>> words = vocabulary()
    >>> words["prefixes"]["kg"], "label" in words["terms"]["rdfs"]
    ('https://w3id.org/kg/ontology#', True)
    """
    terms: dict[str, set[str]] = {name: set() for name in PREFIXES}
    for triple in load_ontology().graph:
        for term in triple:
            if not isinstance(term, URIRef):
                continue
            for name, namespace in PREFIXES.items():
                local = str(term)[len(namespace):]
                if str(term).startswith(namespace) and _LOCAL_NAME.fullmatch(local):
                    terms[name].add(local)
    return {"prefixes": dict(PREFIXES), "terms": {name: sorted(found, key=str.lower) for name, found in terms.items()}}


def _page(template: str, status: int = 200, **context) -> HTMLResponse:
    script, digest = _script()
    html = _environment().get_template(template).render(script=jinja2.utils.markupsafe.Markup(script), **context)
    policy = (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "connect-src 'self'; frame-src 'self'; img-src data:; form-action 'self'; frame-ancestors 'none'"
    )
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": policy})


async def _task(request: Request, task: str, *args):
    settings = request.app.state.settings
    return await request.app.state.executor.call(task, *args, timeout=settings.timeout)


def _trouble(error: BaseException, timeout: float) -> tuple[int, str]:
    """(status, message) for a failure the pages report instead of their content."""
    if isinstance(error, TimeoutError):
        return 503, f"the request timed out after {timeout:g} s; it was stopped"
    if isinstance(error, StoreBusyError):
        return 503, str(error)
    return 500, f"{error}; the server carries on"


async def home(request: Request) -> Response:
    text = request.query_params.get("q", "")
    try:
        found = await _task(request, "suggestions", text) if text else []
    except (TimeoutError, StoreBusyError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return _page("message.html.j2", status, title="Search failed", message=message)
    return _page("search.html.j2", q=text, found=found)


async def suggest(request: Request) -> Response:
    try:
        found = await _task(request, "suggestions", request.query_params.get("q", ""))
    except (TimeoutError, StoreBusyError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return JSONResponse({"error": message}, status_code=status)
    return JSONResponse(found[:10])


def _page_number(request: Request) -> int | None:
    """The ?page= asked for (1 when absent), None when it is not a positive number."""
    text = request.query_params.get("page", "1")
    return int(text) if text.isdigit() and 0 < len(text) < 7 and int(text) > 0 else None


async def entity(request: Request) -> Response:
    # /entity/NAME resolves NAME as the CLI does (or the last segment of a kg IRI:
    # /entity/lg-electronics); /entity?iri= shows any entity by its IRI.
    name = request.path_params.get("name")
    iri = request.query_params.get("iri", "")
    page = _page_number(request)
    if page is None:
        return _page("message.html.j2", 400, title="No such page", message="?page= takes a page number: 1, 2, 3…")
    if name is None and not iri:
        return _page("message.html.j2", 400, title="No entity", message="Give ?iri= or search from the home page.")
    try:
        view = await (_task(request, "entity_named", name, page) if name is not None else _task(request, "entity_page", iri, page))
    except EntityNotFound as error:
        # The resolver's message names the closest names; each becomes a link.
        names = suggested_names(str(error))
        return _page("missing.html.j2", 404, title="Unknown entity", message=str(error), names=names, found=[])
    except AmbiguousEntity as error:
        found = await _task(request, "suggestions", name or "")
        return _page("missing.html.j2", 300, title="Several entities have this name", message=str(error), names=[], found=found)
    except PageOutOfRange as error:
        return _page("message.html.j2", 404, title="No such page", message=str(error))
    except KGError as error:
        return _page("message.html.j2", 400, title="Cannot show this entity", message=str(error))
    except (TimeoutError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return _page("message.html.j2", status, title="Cannot show this entity", message=message)
    if view is None:
        return _page("missing.html.j2", 404, title="Unknown entity", message=f"No entity {iri} in this graph.", names=[], found=[])
    return _page("entity.html.j2", **view)


class _EscapedJSON(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as escapes: names from news stay inert even
    in a client that would read the answer as HTML."""

    def render(self, content) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


async def viz_neighbours(request: Request) -> Response:
    """A node's neighbours as the picture's records (its double click), as JSON."""
    iri = request.query_params.get("iri", "")
    if not iri:
        return _EscapedJSON({"error": "give ?iri="}, status_code=400)
    # What the page already draws; bounded, as a query string could carry any number.
    shown = request.query_params.getlist("shown")[:_MAX_SHOWN]
    try:
        found = await _task(request, "neighbours", iri, shown, MAX_NEIGHBOURS)
    except KGError as error:
        return _EscapedJSON({"error": str(error)}, status_code=400)
    except (TimeoutError, StoreBusyError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return _EscapedJSON({"error": message}, status_code=status)
    if found is None:
        return _EscapedJSON({"error": "no such entity in the graph"}, status_code=404)
    return _EscapedJSON(found)


async def links(request: Request) -> Response:
    source, target = request.query_params.get("from", ""), request.query_params.get("to", "")
    if not source or not target:
        return _page("links.html.j2", source=source, target=target, result=None, error=None)
    try:
        result = await _task(request, "links", source, target)
    except KGError as error:
        return _page("links.html.j2", 404, source=source, target=target, result=None, error=str(error))
    except (TimeoutError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return _page("links.html.j2", status, source=source, target=target, result=None, error=message)
    return _page("links.html.j2", source=source, target=target, result=result, error=None)


async def picture(request: Request) -> Response:
    """A kg viz page (its own scripts and policy), for the explorer's frames."""
    params = request.query_params
    options = {}
    if params.get("focus"):
        options = {"focus": params["focus"], "hops": 1}
    elif params.get("from") and params.get("to"):
        options = {"links": (params["from"], params["to"])}
    else:
        return Response("give focus= or from= and to=\n", status_code=400, media_type="text/plain")
    try:
        html = await _task(request, "explorer_picture", options)
    except KGError as error:
        return Response(f"{error}\n", status_code=404, media_type="text/plain")
    except (TimeoutError, EngineFailure) as error:
        status, message = _trouble(error, request.app.state.settings.timeout)
        return Response(f"{message}\n", status_code=status, media_type="text/plain")
    found = _META_POLICY.search(html)
    # Without its own policy the page gets none of its scripts: safe, if blank.
    policy = html_text.unescape(found.group(1)) if found else "default-src 'none'"
    return HTMLResponse(html, headers={"Content-Security-Policy": f"{policy}; frame-ancestors 'self'"})


def _result_page(result, text: str, page: int) -> tuple[object, dict | None]:
    """*result* cut to its *page* of :data:`ROWS_PER_PAGE` rows, and the pager's facts
    (None for an ASK); raises :class:`PageOutOfRange` past the last page. Each page runs
    the query again: an ORDER BY keeps its pages stable."""
    if result.kind == "ask":
        return result, None
    field = "rows" if result.kind == "select" else "triples"
    items = getattr(result, field)
    pages = max(1, math.ceil(len(items) / ROWS_PER_PAGE))
    if page > pages:
        raise PageOutOfRange(f"no page {page}: the answer has {len(items)} row{'s' if len(items) != 1 else ''}, {pages} page{'s' if pages != 1 else ''}")
    start = (page - 1) * ROWS_PER_PAGE
    shown = items[start:start + ROWS_PER_PAGE]

    def link(number: int) -> str:
        return "/query?" + urlencode({"query": text, "page": number})

    pager = {
        "page": page, "pages": pages, "total": len(items), "first": start + 1 if shown else 0, "last": start + len(shown),
        "previous": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < pages else None,
    }
    return dataclasses.replace(result, **{field: shown}), pager


async def query_page(request: Request) -> Response:
    examples = example_queries()
    chosen = request.query_params.get("example")
    text = request.query_params.get("query", "")
    if chosen:
        text = next((e.text for e in examples if e.name == chosen), text)
    result = error = pager = None
    status = 200
    page = _page_number(request)
    if page is None:
        error, status = "?page= takes a page number: 1, 2, 3…", 400
    elif text.strip() and "query" in request.query_params:
        settings = request.app.state.settings
        try:
            checked_text(text, settings, "query")
            result = await _task(request, "explorer_query", text, min(settings.max_rows, 1000))
            result, pager = _result_page(result, text, page)
        except PageOutOfRange as failure:
            result, error, status = None, str(failure), 404
        except KGError as failure:
            error, status = str(failure), 400
        except (TimeoutError, EngineFailure) as failure:
            status, error = _trouble(failure, settings.timeout)
    return _page(
        "query.html.j2", status, examples=examples, text=text, result=result, error=error, pager=pager,
        vocabulary=vocabulary(),
    )


EXPLORER_ROUTES = [
    Route("/", home),
    Route("/api/suggest", suggest),
    Route("/entity", entity),
    Route("/entity/{name:path}", entity),
    Route("/links", links),
    Route("/picture", picture),
    Route("/query", query_page),
    Route("/viz/neighbours", viz_neighbours),
]
