"""What every kg command shares: the session that opens the store, how library errors
reach the user, and the small helpers of several commands."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import click

from kg.errors import KGError, QueryError

__all__ = ["KGClickError", "KGGroup", "Session", "write_atomically", "refresh_projection", "read_query", "split_names"]


class KGClickError(click.ClickException):
    """A library error as the CLI shows it: one line on stderr, exit code 1."""

    def show(self, file=None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"kg: error: {self.format_message()}", err=True)


class KGGroup(click.Group):
    """Turns library errors raised by any command into :class:`KGClickError`."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as error:
            raise KGClickError(str(error)) from None


class Session:
    """What the group puts in ``ctx.obj``: the store URL, opened once by the first command
    that asks, read-only unless the command writes."""

    def __init__(self, store_url: str) -> None:
        self.store_url = store_url
        self._graph = None

    def graph(self, *, write: bool = False):
        from kg.graph import KnowledgeGraph

        if self._graph is None:
            self._graph = KnowledgeGraph.open(self.store_url, read_only=not write)
        return self._graph

    def close(self) -> None:
        if self._graph is not None:
            self._graph.close()


def refresh_projection(graph) -> None:
    """After a bulk write to an embedded store, build and cache the projection now, so that
    the first analysis command starts from the cache instead of paying for the rebuild
    (seconds on a million triples, against a small share of the write's own time)."""
    if graph.store.url.startswith("oxigraph:"):
        graph.projection()


def read_query(text: str) -> str:
    path = Path(text)
    if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"no such query file: {text}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise QueryError(f"cannot read query file {text}: {error}") from None
    return text


def write_atomically(path: Path, write: Callable) -> None:
    """Write through a temporary file beside *path*, so a failure leaves no half file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise KGClickError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        # mkstemp makes the file private (0600); the result is an ordinary file, so it gets
        # the permissions the user's umask gives new files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def split_names(values: tuple[str, ...]) -> list[str] | None:
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None
