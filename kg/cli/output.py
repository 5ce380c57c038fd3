"""How kg commands print what the library returns, and the options that say how: rows as a
table for people or JSON for scripts (:func:`emit_rows`, :data:`FORMAT_OPTION`), and
comma-separated names given to repeatable options (:func:`split_names`)."""

from __future__ import annotations

import json
import sys

import click

__all__ = ["FORMAT_OPTION", "emit_rows", "split_names", "table_cell"]

FORMAT_OPTION = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="table for people, json for scripts.")


def split_names(values: tuple[str, ...]) -> list[str] | None:
    """The names of a repeatable option whose values may also be comma-separated; None
    when none is given.

    >>> split_names(("holds_stake_in, invests_in", "acquires")), split_names(())
    (['holds_stake_in', 'invests_in', 'acquires'], None)
    """
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None


def emit_rows(rows: list[dict], columns: list[tuple[str, str]], fmt: str, empty: str) -> None:
    """Print *rows* as JSON (every key) or as a table of *columns* ((key, title) pairs);
    *empty* is the line a table shows when there is no row."""
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
    """A value as a table shows it: numbers rounded for reading, lists and totals joined,
    sums of money as :func:`kg.qualifier_display.money_text` writes them everywhere.

    >>> table_cell({"USD": 1500000.0, "EUR": 2.5, "": 7})
    '1,500,000 USD, 2.50 EUR, 7'
    >>> table_cell(0.00251), table_cell(1234.5), table_cell(["a", "b"])
    ('0.00251', '1,234.5', 'a, b')
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if 0 < abs(value) < 1:
            return f"{value:#.3g}"  # three significant digits: a PageRank of 0.0025 is no "0"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, dict):
        # Imported here: the formatter brings the ontology's modules (rdflib), which a
        # command printing no money need not load.
        from kg.qualifier_display import money_text

        return ", ".join(money_text(amount, currency) for currency, amount in value.items())
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    return str(value)
