"""The ASGI application of ``kg serve`` and the server that runs it.

Starlette routes requests (``/sparql`` goes straight to its endpoint, see
:class:`EndpointFirst`); uvicorn serves them, parsing HTTP with httptools and running on
uvloop where they are installed (both are dependencies; h11 and asyncio's own loop cost
about a third of the parent's time on a query). Store work runs in worker processes for an
embedded store (see :mod:`kg.serve.workers`), in threads for other stores. Every response
carries ``X-Content-Type-Options: nosniff`` and a ``frame-ancestors`` policy.
"""

from __future__ import annotations

import gc

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
    return PlainTextResponse("internal error\n", status_code=500)


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
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class EndpointFirst:
    """ASGI middleware, innermost: ``GET``/``POST /sparql`` go straight to the endpoint,
    past the router and the wrappers Starlette puts around a route (about a fifth of the
    parent's Python work on a query). Errors still reach the outer handler (a 500 without
    a traceback); other methods and paths take the usual way."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql" and scope["method"] in ("GET", "POST"):
            response = await sparql_endpoint(Request(scope, receive))
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


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
    middleware.append(Middleware(EndpointFirst))
    app = Starlette(
        routes=[Route("/sparql", sparql_endpoint, methods=["GET", "POST"]), *EXPLORER_ROUTES],
        middleware=middleware,
        exception_handlers={404: _not_found, 500: _server_error},
    )
    app.state.settings = settings
    app.state.executor = executor_for(
        graph, threads=settings.threads, idle_close=settings.idle_close, lock_wait=max(0.1, settings.timeout * 0.8)
    )
    return app


def run_server(app: Starlette, *, host: str, port: int) -> None:
    """Serve *app* with uvicorn until interrupted, then stop its workers."""
    import uvicorn

    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
    # What exists now lives as long as the server: the collector need not scan it again
    # on every collection (with a large graph loaded, that cost milliseconds a request).
    gc.collect()
    gc.freeze()
    try:
        uvicorn.Server(config).run()
    finally:
        app.state.executor.close()
