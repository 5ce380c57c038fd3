"""What every kg command shares: the session that opens the store, how library errors
reach the user (one ``kg: error:`` line; the traceback behind it with ``--debug`` or
``KG_DEBUG=1``), and the small helpers of several commands."""

from __future__ import annotations

import json
import os
import sys
import traceback

import click

from kg.cli_guard import flush_stdout
from kg.errors import KGError

__all__ = [
    "DEBUG_OPTION",
    "FORMAT_OPTION",
    "KGClickError",
    "KGGroup",
    "Session",
    "debug_traceback",
    "debug_wanted",
    "emit_rows",
    "refresh_projection",
    "run_group",
    "show_error",
    "split_names",
    "table_cell",
]


class _Debug:
    """Whether this run of kg was given ``--debug``; the option's callback sets it on every
    run (False when absent), so one in-process run does not leak into the next."""

    given = False


def _remember_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:  # noqa: ARG001 - click's signature
    _Debug.given = bool(value)


DEBUG_OPTION = click.option(
    "--debug", is_flag=True, expose_value=False, is_eager=True, callback=_remember_debug,
    help="Show the Python traceback behind an error line (also $KG_DEBUG=1).",
)


def debug_wanted() -> bool:
    """True when this run was given ``--debug`` or ``KG_DEBUG`` is set to anything but
    nothing or ``0``."""
    return _Debug.given or os.environ.get("KG_DEBUG", "").strip() not in ("", "0")


def debug_traceback(error: BaseException) -> str:
    """The tracebacks of *error* and of every exception it was raised from or while
    handling, oldest first: kg raises its errors ``from None`` to keep the user's line
    short, and the original is what a bug report needs.

    >>> try:
    ...     try:
    ...         {}["ontology"]
    ...     except KeyError:
    ...         raise KGError("no ontology") from None
    ... except KGError as error:
    ...     text = debug_traceback(error)
    >>> text.index("KeyError: 'ontology'") < text.index("KGError: no ontology")
    True
    """
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    parts = ["".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)) for e in reversed(chain)]
    return "\nwhich led to:\n\n".join(parts)


def show_error(message: str, error: BaseException | None = None) -> None:
    """Print kg's one error line on stderr, after the traceback of *error* when the user
    asked for it (:func:`debug_wanted`)."""
    if error is not None and debug_wanted():
        click.echo(debug_traceback(error), err=True, nl=False)
    click.echo(f"kg: error: {message}", err=True)


class KGClickError(click.ClickException):
    """A library error as the CLI shows it: one line on stderr, exit code 1; *original* is
    the error it stands for, shown with ``--debug``."""

    def __init__(self, message: str, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.original = original

    def show(self, file=None) -> None:  # noqa: ARG002 - click's signature
        show_error(self.format_message(), self.original or self)


class KGGroup(click.Group):
    """Turns library errors raised by any command into :class:`KGClickError`."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as error:
            raise KGClickError(str(error), error) from error


def run_group(group: click.Group, argv: list[str] | None) -> None:
    """Run the ``kg`` command *group* on *argv* and exit: every error, usage errors too,
    is one ``kg: error:`` line on stderr and a non-zero exit (the traceback behind it
    first with ``--debug``); a bug's exception is left to Python, which shows it."""
    try:
        code = group.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.UsageError as error:
        # About the command line, not kg's code: no traceback even with --debug.
        command = f" {error.ctx.command_path.removeprefix('kg ')}" if error.ctx and error.ctx.parent else ""
        click.echo(f"kg: error: {error.format_message()} (see kg{command} --help)", err=True)
        sys.exit(2)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("kg: error: aborted", err=True)
        sys.exit(130)
    except KGError as error:
        show_error(str(error), error)
        sys.exit(1)
    except BrokenPipeError:
        # The reader went away (kg query ... | head): not an error of ours.
        flush_stdout()
        sys.stderr.close()
        sys.exit(0)
    except OSError as error:  # standard output on a full disk, most often
        flush_stdout()
        where = f" ({error.filename})" if error.filename else ""
        show_error(f"cannot write the output: {error.strerror or error}{where}", error)
        sys.exit(1)
    failure = flush_stdout()
    if failure is not None:
        click.echo(f"kg: error: cannot write the output: {failure}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


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
    command reads every graph from the cache; the other graphs are not read. A store with
    no cache on disk (in memory, on a server) keeps nothing past the command: nothing is
    built for it."""
    from kg.analysis.project import refresh_pieces
    from kg.store.pieces import store_cache_folder

    # The store package knows which stores keep pieces on disk; the CLI does not look at
    # the URL's scheme itself.
    if store_cache_folder(graph.store) is not None:
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


FORMAT_OPTION = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="table for people, json for scripts.")
