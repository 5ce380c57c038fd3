"""What every kg command shares: the session that opens the store, how library errors
reach the user, and the small helpers of several commands."""

from __future__ import annotations

import json
import sys

import click

from kg.errors import KGError

__all__ = ["FORMAT_OPTION", "KGClickError", "KGGroup", "Session", "emit_rows", "refresh_projection", "split_names", "table_cell"]


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
    """After a write to an embedded store, read and cache the projection's pieces of the
    graphs written (:func:`kg.analysis.project.refresh_pieces`), so that the first analysis
    command reads every graph from the cache; the other graphs are not read."""
    from kg.analysis.project import refresh_pieces

    if graph.store.url.startswith("oxigraph:"):
        refresh_pieces(graph)


def split_names(values: tuple[str, ...]) -> list[str] | None:
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None


def emit_rows(rows: list[dict], columns: list[tuple[str, str]], fmt: str, empty: str) -> None:
    """Print rows as a table for people or JSON for scripts."""
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False, default=list))
        return
    if not rows:
        click.echo(empty)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*(title for _, title in columns), header_style="bold")
    for row in rows:
        table.add_row(*(table_cell(row.get(key)) for key, _ in columns))
    # On a terminal rich measures it; into a pipe, keep long names on one line.
    width = None if sys.stdout.isatty() else 160
    Console(markup=False, width=width).print(table)


def table_cell(value) -> str:
    """A value as a table shows it: numbers rounded for reading, lists and totals joined."""
    if value is None:
        return ""
    if isinstance(value, float):
        if 0 < abs(value) < 1:
            return f"{value:#.3g}"  # three significant digits: a PageRank of 0.0025 is no "0"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, dict):
        return ", ".join(f"{amount:,.0f} {currency}".strip() for currency, amount in value.items())
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    return str(value)


FORMAT_OPTION = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="table for people, json for scripts.")
