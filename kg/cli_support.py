"""What every kg command shares: the session that opens the store, how library errors
reach the user, and the small helpers of several commands."""

from __future__ import annotations

import click

from kg.errors import KGError

__all__ = ["KGClickError", "KGGroup", "Session", "refresh_projection", "split_names"]


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


def split_names(values: tuple[str, ...]) -> list[str] | None:
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None
