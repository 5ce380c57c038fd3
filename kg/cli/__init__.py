"""The ``kg`` command: the group, its ``--store`` and ``--debug`` options, and :func:`main`,
the installed script's entry point.

Each command is a thin shell over one :class:`~kg.graph.KnowledgeGraph` (or library) call
that prints what it returns; errors from the library reach the user as one
``kg: error: ...`` line and a non-zero exit (:mod:`kg.cli.errors`). The commands live one
module per family:

- :mod:`kg.cli.store`: load, import-table, query, update, stats, export, validate;
- :mod:`kg.cli.analysis`: links, portfolio, investors, coinvestors, owners, central,
  communities;
- :mod:`kg.cli.news`: extract, ingest, eval, why;
- :mod:`kg.cli.resolve`: dedupe, merge, not-same, unmerge, judgements;
- :mod:`kg.cli.viz`: viz, demo;
- :mod:`kg.cli.serve`: serve.

What they share: :mod:`kg.cli.session` (the store, opened once), :mod:`kg.cli.output`
(tables or JSON), :mod:`kg.cli.guard` (query text checked, work Ctrl-C stops, output a full
disk cannot half write), :mod:`kg.cli.progress` (the progress bar). Only this package, the
server and the package root import the façade; nothing below imports this package.
"""

from __future__ import annotations

import click

from kg.cli.analysis import ANALYSIS_COMMANDS
from kg.cli.errors import DEBUG_OPTION, KGGroup, run_group
from kg.cli.news import NEWS_COMMANDS
from kg.cli.resolve import RESOLVE_COMMANDS
from kg.cli.serve import serve
from kg.cli.session import Session
from kg.cli.store import STORE_COMMANDS
from kg.cli.viz import VIZ_COMMANDS
from kg.store import resolve_store_url

__all__ = ["cli", "main"]


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_url",
    envvar="KG_STORE",
    default=None,
    metavar="URL",
    help="oxigraph:PATH (default oxigraph:./kg-store), memory: or http(s)://HOST/PATH "
    "of a SPARQL endpoint. Also read from $KG_STORE.",
)
@DEBUG_OPTION
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, store_url: str | None) -> None:
    """kg: economic and geopolitical news as a knowledge graph of actors and relations."""
    session = Session(resolve_store_url(store_url))
    ctx.obj = session
    ctx.call_on_close(session.close)


for _command in (*STORE_COMMANDS, *ANALYSIS_COMMANDS, *NEWS_COMMANDS, *RESOLVE_COMMANDS, *VIZ_COMMANDS, serve):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` script: every error becomes one line (see
    :func:`kg.cli.errors.run_group`)."""
    run_group(cli, argv)
