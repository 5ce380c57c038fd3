"""``kg serve``: the store shared over HTTP, a SPARQL 1.1 endpoint and the explorer (the
server itself is :mod:`kg.serve`)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.cli.errors import KGClickError
from kg.cli.session import Session
from kg.store import shown_url

__all__ = ["serve"]
@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (another than 127.0.0.1 exposes the store).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update with the bearer token of $KG_SERVE_TOKEN or --token-file.")
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), help="File holding the bearer token for updates.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds a query may run before it is answered 503.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(1), help="Most rows (or triples) an answer may have.")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN", help="Allow cross-origin requests from ORIGIN (repeatable; off by default).")
@click.option("--max-query-depth", default=100, show_default=True, type=click.IntRange(1, 2000), help="Deepest nesting of brackets a query or update may have (the engine crashes near 3,000).")
@click.option("--max-query-tokens", default=10_000, show_default=True, type=click.IntRange(1), help="Most tokens a query or update may have.")
@click.option("--stream-threshold", default=1024 * 1024, show_default=True, type=click.IntRange(1), metavar="BYTES", help="Answers longer than this are streamed (chunked) as they are written instead of sent whole with their length (read-only embedded stores).")
@click.option("--allow-service", "allowed_hosts", multiple=True, metavar="HOST", help="A host SERVICE and LOAD may reach (repeatable; none by default, so the server sends no request anywhere).")
@click.pass_obj
def serve(session: Session, host, port, allow_update, token_file, timeout, max_rows, cors_origins,
          max_query_depth, max_query_tokens, stream_threshold, allowed_hosts) -> None:
    """Serve the store: a SPARQL 1.1 endpoint at /sparql and an explorer at /.

    Read-only unless --allow-update; updates then need "Authorization: Bearer TOKEN".
    """
    from kg.query_limits import QueryLimits
    from kg.serve import EndpointSettings, create_app, run_server

    token = None
    if allow_update:
        token = _serve_token(token_file)
    _check_port_free(host, port)
    limits = QueryLimits(max_depth=max_query_depth, max_tokens=max_query_tokens, allowed_hosts=tuple(allowed_hosts))
    settings = EndpointSettings(allow_update=allow_update, token=token, timeout=timeout, max_rows=max_rows, limits=limits,
                                stream_threshold=stream_threshold)
    graph = session.graph(write=allow_update)
    graph.projection()  # built before the first request, not during it
    app = create_app(graph, settings, cors_origins=list(cors_origins) or None)
    click.echo(f"kg serving {shown_url(session.store_url)} at http://{host}:{port}/ (SPARQL at /sparql; "
               f"{'updates allowed with the token' if allow_update else 'read-only'}); Ctrl-C stops", err=True)
    run_server(app, host=host, port=port)


def _check_port_free(host: str, port: int) -> None:
    """One error line before any banner when the address is taken (or not ours)."""
    import socket

    try:
        with socket.create_server((host, port), reuse_port=False):
            pass
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise KGClickError(f"cannot listen on {host}:{port}: {reason}") from None


def _serve_token(token_file: Path | None) -> str:
    if token_file is not None:
        from kg.safe_io import read_capped_text

        # A regular file of a few KB: a FIFO would block the server's start, a device never end.
        token = read_capped_text(token_file, 4096, what="token file").strip()
    else:
        token = os.environ.get("KG_SERVE_TOKEN", "").strip()
    if len(token) < 16:
        raise KGClickError("--allow-update needs a token of at least 16 characters in $KG_SERVE_TOKEN or --token-file")
    return token
