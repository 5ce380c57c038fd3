"""The ASGI application of ``kg serve`` and the server that runs it.

Starlette routes requests; ``GET``/``POST /sparql`` go straight to the endpoint, past
Starlette's middleware and router (see :class:`EndpointFirst`: on a small query those
layers were a third of the parent's Python work); uvicorn serves them, parsing HTTP with httptools and running on
uvloop where they are installed (both are dependencies; h11 and asyncio's own loop cost
about a third of the parent's time on a query). Store work runs in worker processes for an
embedded store (see :mod:`kg.serve.workers`), in threads for other stores. Every response
carries ``X-Content-Type-Options: nosniff`` and a ``frame-ancestors`` policy.

Over a read-only embedded store, :func:`run_server` serves SPARQL queries by lanes instead
(:mod:`kg.serve.lanes`: one connection per process, each query run in the process that read
it); this application then answers only what the lanes pass on (the explorer, the service
description, refused updates, CORS), on a private Unix socket, and its worker pool runs the
explorer's tasks alone.
"""

from __future__ import annotations

import gc
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from kg.serve.explorer import EXPLORER_ROUTES
from kg.serve.protocol import EndpointSettings, sparql_endpoint
from kg.serve.workers import executor_for

__all__ = ["EndpointFirst", "SecurityHeaders", "create_app", "run_server"]


async def _not_found(request, exc) -> PlainTextResponse:
    return PlainTextResponse("not found\n", status_code=404)


async def _server_error(request, exc) -> PlainTextResponse:
    # Never a traceback to the client; the server log has it.
    return _internal_error()


def _internal_error() -> PlainTextResponse:
    response = PlainTextResponse("internal error\n", status_code=500)
    response.raw_headers = _with_security_headers(response.raw_headers)
    return response


#: What every response carries: no sniffing, and no framing unless a page says otherwise.
_NOSNIFF = (b"x-content-type-options", b"nosniff")
_NO_FRAMING = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")


def _with_security_headers(headers: list) -> list:
    """*headers* with nosniff, and the no-framing policy unless they hold a policy of their own."""
    if not any(name.lower() == b"content-security-policy" for name, _ in headers):
        return [*headers, _NOSNIFF, _NO_FRAMING]
    return [*headers, _NOSNIFF]


class SecurityHeaders:
    """ASGI middleware: ``nosniff`` on every response, and a policy forbidding framing on
    any response that does not set its own ``Content-Security-Policy`` (the explorer's
    pages set theirs, with ``frame-ancestors``)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _with_security_headers(list(message.get("headers", [])))}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class EndpointFirst:
    """The outermost ASGI layer (without CORS): ``GET``/``POST /sparql`` go straight to the
    endpoint, which is given the security headers and the 500 without a traceback that the
    middleware would add; other methods and paths go to *app*. With CORS origins set, every
    request takes Starlette's way, through the CORS middleware."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql" or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        scope["app"] = self.app  # what Starlette sets, and the endpoint reads its settings from
        started = False

        async def send_tracked(message) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            response = await sparql_endpoint(Request(scope, receive))
            response.raw_headers = _with_security_headers(response.raw_headers)
            await response(scope, receive, send_tracked)
        except Exception:
            if not started:
                await _internal_error()(scope, receive, send)
            raise  # uvicorn logs it, as after Starlette's own handler


def create_app(graph, settings: EndpointSettings, *, cors_origins: list[str] | None = None) -> Starlette:
    """The application serving *graph* (a :class:`~kg.graph.KnowledgeGraph`).

    For an embedded store the graph's handle is closed here: the workers open the store
    themselves. Call ``app.state.executor.close()`` (done by :func:`run_server`) to stop them.
    """
    middleware = [Middleware(SecurityHeaders)]
    if cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Accept", "Authorization"],
        ))
    app = Starlette(
        routes=[Route("/sparql", sparql_endpoint, methods=["GET", "POST"]), *EXPLORER_ROUTES],
        middleware=middleware,
        exception_handlers={404: _not_found, 500: _server_error},
    )
    app.state.settings = settings
    app.state.endpoint_first = not cors_origins
    app.state.lanes_url = _lanes_store(graph, settings)
    # With lanes, the pool runs the explorer's tasks only, which people send by clicking.
    threads = min(_EXPLORER_WORKERS, settings.threads) if app.state.lanes_url else settings.threads
    app.state.executor = executor_for(
        graph, threads=threads, idle_close=settings.idle_close, lock_wait=max(0.1, settings.timeout * 0.8)
    )
    return app


#: Worker processes the parent keeps for the explorer when lanes answer SPARQL.
_EXPLORER_WORKERS = 2


def _lanes_store(graph, settings: EndpointSettings) -> str | None:
    """The URL lanes open, when *graph* can be served by lanes: an embedded store, served
    read-only (only one process may write), and lanes not turned off."""
    from kg.store.oxigraph import OxigraphStore

    store = graph.store
    if not settings.lanes or settings.allow_update or not isinstance(store, OxigraphStore) or not store.read_only:
        return None
    return f"oxigraph:{store.path.resolve()}"


def run_server(app: Starlette, *, host: str, port: int) -> None:
    """Serve *app* with uvicorn until interrupted, then stop its workers.

    When the app can be served by lanes (see :mod:`kg.serve.lanes`), this process opens the
    listening socket, starts the lanes on it, and serves what they pass on with uvicorn on
    a Unix socket in a private folder.
    """
    import uvicorn

    entry = EndpointFirst(app) if app.state.endpoint_first else app
    # What exists now lives as long as the server: the collector need not scan it again
    # on every collection (with a large graph loaded, that cost milliseconds a request).
    gc.collect()
    gc.freeze()
    try:
        if app.state.lanes_url is None:
            config = uvicorn.Config(entry, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
            uvicorn.Server(config).run()
        else:
            _run_with_lanes(app, entry, host, port)
    finally:
        app.state.executor.close()


def _run_with_lanes(app: Starlette, entry, host: str, port: int) -> None:
    import shutil
    import socket
    import tempfile

    import uvicorn

    from kg.serve.lanes import Lanes

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.create_server((host, port), family=family, backlog=2048)
    folder = tempfile.mkdtemp(prefix="kg-serve-")  # mode 0700: only this user reaches the parent
    address = os.path.join(folder, "parent.sock")
    inner = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    inner.bind(address)
    inner.listen(256)
    lanes = None
    try:
        lanes = Lanes(app.state.lanes_url, app.state.settings, listener, address, cors=not app.state.endpoint_first)
        app.state.lanes = lanes
        # Requests reach this server only from the lanes, which pass the client's
        # X-Forwarded-* on only where uvicorn would have trusted them (see kg.serve.lane_http).
        config = uvicorn.Config(entry, log_level="warning", access_log=False, lifespan="off", forwarded_allow_ips="*")
        uvicorn.Server(config).run(sockets=[inner])
    finally:
        if lanes is not None:
            lanes.close()
        listener.close()
        inner.close()
        shutil.rmtree(folder, ignore_errors=True)
