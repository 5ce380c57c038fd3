"""The ASGI application of ``kg serve`` and the server that runs it.

Starlette routes requests; uvicorn serves them. The store is opened once, read-only
unless updates are allowed, and shared by every request.
"""

from __future__ import annotations

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from kg.serve.explorer import EXPLORER_ROUTES
from kg.serve.protocol import EndpointSettings, sparql_endpoint

__all__ = ["create_app", "run_server"]


async def _not_found(request, exc) -> PlainTextResponse:  # noqa: ARG001 - Starlette's handler signature
    return PlainTextResponse("not found\n", status_code=404)


async def _server_error(request, exc) -> PlainTextResponse:  # noqa: ARG001
    # Never a traceback to the client; the server log has it.
    return PlainTextResponse("internal error\n", status_code=500)


def create_app(graph, settings: EndpointSettings, *, cors_origins: list[str] | None = None) -> Starlette:
    """The application serving *graph* (a :class:`~kg.graph.KnowledgeGraph`)."""
    middleware = []
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
    app.state.graph = graph
    app.state.settings = settings
    app.state.limiter = anyio.CapacityLimiter(settings.threads)
    return app


def run_server(app: Starlette, *, host: str, port: int) -> None:
    """Serve *app* with uvicorn until interrupted."""
    import uvicorn

    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run()
