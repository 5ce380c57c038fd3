"""The explorer: server-rendered pages to search, read an entity, follow links and run
SPARQL. No CDN, names escaped by Jinja's autoescaping, entity IRIs passed as query
parameters and bound as RDF terms, never pasted into SPARQL.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

import anyio
import jinja2
from rdflib import Literal, URIRef
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kg.analysis import describe_path, find_links
from kg.errors import KGError
from kg.examples import example_queries
from kg.namespaces import ID
from kg.result_writers import display_term
from kg.viz.html import qualifier_lines

__all__ = ["EXPLORER_ROUTES"]

_TEMPLATES = Path(__file__).with_name("templates")
_SUGGEST = """SELECT DISTINCT ?e ?label WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  ?e a ?type ; rdfs:label ?label .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
} ORDER BY STRLEN(STR(?label)) ?label LIMIT 20"""
_ABOUT = """SELECT ?label ?type ?alias ?wikidata WHERE {
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e a ?type }
  OPTIONAL { ?e skos:altLabel ?alias }
  OPTIONAL { ?e kg:wikidata ?wikidata }
}"""


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
    text = (_TEMPLATES / "suggest.js").read_text(encoding="utf-8")
    return text, base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def _page(template: str, status: int = 200, **context) -> HTMLResponse:
    script, digest = _script()
    html = _environment().get_template(template).render(script=jinja2.utils.markupsafe.Markup(script), **context)
    policy = (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "connect-src 'self'; frame-src 'self'; img-src data:; form-action 'self'"
    )
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": policy})


async def _threaded(request: Request, function, *args):
    settings = request.app.state.settings
    with anyio.fail_after(settings.timeout):
        return await anyio.to_thread.run_sync(function, *args, limiter=request.app.state.limiter, abandon_on_cancel=True)


def _suggestions(graph, text: str) -> list[dict]:
    if not text.strip():
        return []
    rows = graph.query(_SUGGEST, bindings={"q": Literal(text.strip())}).rows
    return [{"iri": str(iri), "label": str(label)} for iri, label in rows]


async def home(request: Request) -> Response:
    text = request.query_params.get("q", "")
    found = await _threaded(request, _suggestions, request.app.state.graph, text) if text else []
    return _page("search.html.j2", q=text, found=found)


async def suggest(request: Request) -> Response:
    found = await _threaded(request, _suggestions, request.app.state.graph, request.query_params.get("q", ""))
    return JSONResponse(found[:10])


def _entity_view(graph, iri: str) -> dict | None:
    rows = graph.query(_ABOUT, bindings={"e": URIRef(iri)}).dicts()
    if not any(rows):
        return None
    ontology = graph.ontology
    classes = {str(c.iri): c for c in ontology.entity_classes()}
    types = {str(r["type"]) for r in rows if "type" in r and str(r["type"]) in classes}
    cls = max((classes[t] for t in types), key=lambda c: len(ontology.ancestors(c.name)), default=None)
    label = next((str(r["label"]) for r in rows if "label" in r), iri.rsplit("/", 1)[-1])
    projection = graph.projection()
    groups: dict[str, list] = {}
    if iri in projection:
        sources = projection.graph.get("sources", {})
        inverse = {r.inverse_of.name: r.label for r in ontology.relations.values() if r.inverse_of}
        for u, v, data in [*projection.out_edges(iri, data=True), *projection.in_edges(iri, data=True)]:
            outgoing = u == iri
            other = v if outgoing else u
            heading = data.get("label", data.get("relation")) if outgoing else inverse.get(data.get("relation"), f"{data.get('label')} (by)")
            qualifiers = qualifier_lines(data, ontology)
            source = data.get("source")
            groups.setdefault(heading, []).append({
                "iri": other, "label": projection.nodes[other].get("label", other), "qualifiers": qualifiers,
                "source": (sources.get(source, {}).get("title") or source) if source else None,
            })
    return {
        "iri": iri, "label": label, "cls": cls.label if cls else "", "aliases": sorted({str(r["alias"]) for r in rows if "alias" in r}),
        # Linked only when it is a web address: a source could hold "javascript:" here.
        "wikidata": next((str(r["wikidata"]) for r in rows if str(r.get("wikidata", "")).startswith(("https://", "http://"))), None),
        "groups": dict(sorted(groups.items())),
    }


async def entity(request: Request) -> Response:
    # /entity/lg-electronics names an entity of kg's own namespace; ?iri= any entity.
    local = request.path_params.get("local")
    iri = str(ID[local]) if local else request.query_params.get("iri", "")
    if not iri:
        return _page("message.html.j2", 400, title="No entity", message="Give ?iri= or search from the home page.")
    try:
        view = await _threaded(request, _entity_view, request.app.state.graph, iri)
    except KGError as error:
        return _page("message.html.j2", 400, title="Cannot show this entity", message=str(error))
    if view is None:
        return _page("message.html.j2", 404, title="Unknown entity", message=f"No entity {iri} in this graph.")
    return _page("entity.html.j2", **view)


def _links_view(graph, source: str, target: str) -> dict:
    start, end = graph.resolve(source), graph.resolve(target)
    projection = graph.projection()
    paths = find_links(projection, start, end, limit=20)
    inverse = {r.inverse_of.name: r.label for r in graph.ontology.relations.values() if r.inverse_of}
    return {
        "start": start, "end": end,
        "sentences": [(p.hops, describe_path(projection, p, inverse_labels=inverse)) for p in paths],
    }


async def links(request: Request) -> Response:
    source, target = request.query_params.get("from", ""), request.query_params.get("to", "")
    if not source or not target:
        return _page("links.html.j2", source=source, target=target, result=None, error=None)
    try:
        result = await _threaded(request, _links_view, request.app.state.graph, source, target)
    except KGError as error:
        return _page("links.html.j2", 404, source=source, target=target, result=None, error=str(error))
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
        html = await _threaded(request, lambda: request.app.state.graph.viz(max_nodes=300, **options))
    except KGError as error:
        return Response(f"{error}\n", status_code=404, media_type="text/plain")
    return HTMLResponse(html)


async def query_page(request: Request) -> Response:
    examples = example_queries()
    chosen = request.query_params.get("example")
    text = request.query_params.get("query", "")
    if chosen:
        text = next((e.text for e in examples if e.name == chosen), text)
    result = error = None
    if text.strip() and "query" in request.query_params:
        settings = request.app.state.settings
        try:
            result = await _threaded(request, lambda: request.app.state.graph.store.query(text, max_rows=min(settings.max_rows, 1000)))
        except TimeoutError:
            error = f"query timed out after {settings.timeout:g} s"
        except KGError as failure:
            error = str(failure)
    return _page("query.html.j2", examples=examples, text=text, result=result, error=error)


EXPLORER_ROUTES = [
    Route("/", home),
    Route("/api/suggest", suggest),
    Route("/entity", entity),
    Route("/entity/{local:str}", entity),
    Route("/links", links),
    Route("/picture", picture),
    Route("/query", query_page),
]
