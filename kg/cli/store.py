"""The commands that read and write the store as RDF: load, import-table, query, update,
stats, export, validate."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import click

from kg.analysis.exports import GRAPH_EXPORTS
from kg.cli.guard import (
    ALLOW_HOST_OPTION,
    check_sparql,
    interruptible,
    read_query_text,
    refuse_update_as_query,
)
from kg.cli.progress import progress_bar
from kg.cli.session import Session, refresh_projection
from kg.entity_lookup import entity_param
from kg.errors import QueryError
from kg.formats import base_iri, format_names, get_format, input_size
from kg.result_writers import WRITERS, write_results
from kg.safe_io import atomic_output
from kg.sparql import check_iri
from kg.validation_changes import WriteRefused

__all__ = ["STORE_COMMANDS", "export", "import_table", "load", "query", "stats", "update", "validate"]

LARGE_FILE = 10 * 1024 * 1024  # show a progress bar when loading more than this


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(format_names()), help="Format of every file (default: from the extension).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph for the triples (default: the default graph; quads keep theirs).")
@click.pass_obj
def load(session: Session, files: tuple[Path, ...], fmt: str | None, graph_iri: str | None) -> None:
    """Load RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML).

    Every file is checked before anything is written: a syntax error in any of them
    leaves the store as it was.
    """
    graph_name = check_iri(graph_iri) if graph_iri is not None else None  # "" is no graph name
    total = sum(input_size(f) for f in files)  # also refuses FIFOs and devices up front
    graph = session.graph(write=True)
    rdf_format = get_format(fmt) if fmt else None

    def work():
        with progress_bar("checking", total=total) if total > LARGE_FILE else nullcontext() as bar:
            return graph.load(files, fmt=rdf_format, graph=graph_name, progress=bar)

    report = interruptible(work, interrupted=lambda: _interrupted_write(graph, len(files)))
    click.echo(f"loaded {report.quads} quads from {len(report.files)} file(s) in {report.seconds:.2f} s")
    refresh_projection(graph)


def _interrupted_write(graph, files: int) -> str:
    """What Ctrl-C left of a write of *files* files."""
    if graph.store.pending_write():
        return "the write under way was already committed: it is completed when the store is next opened"
    if files > 1:
        return "the file being written was not written (files loaded before it stay)"
    return "nothing was written"


@click.command("import-table")
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--mapping", "-m", required=True, type=click.Path(path_type=Path), help="YAML mapping of columns to entities, relations and qualifiers (see examples/mappings).")
@click.option("--strict", is_flag=True, help="Stop at the first row that cannot be read instead of skipping it.")
@click.option("--validate", is_flag=True, help="Check the table's graph against kg's shapes before writing it; write nothing if it violates one.")
@click.pass_obj
def import_table(session: Session, table: Path, mapping: Path, strict: bool, validate: bool) -> None:
    """Import a CSV or JSON table into its own named graph, as a mapping says.

    Names are normalised and resolved to the graph's entities (labels, aliases, case and
    legal-form suffixes); importing the same table again replaces its graph.
    """
    graph = session.graph(write=True)

    def work():
        with progress_bar("importing rows") as bar:
            return graph.import_table(table, mapping, strict=strict, validate=validate, progress=bar)

    try:
        report = interruptible(work, interrupted=lambda: _interrupted_write(graph, 1))
    except WriteRefused as error:
        for line in error.lines():
            click.echo(line, err=True)
        raise click.exceptions.Exit(1) from None
    click.echo(
        f"imported {report.rows} rows of {table.name} into <{report.source}>: {report.statements} statements, "
        f"{report.entities_created} new entities, {report.entities_reused} existing ones, {report.quads} quads "
        f"in {report.seconds:.1f} s"
    )
    for reason, count in report.skipped.most_common():
        click.echo(f"skipped {count} row(s): {reason}", err=True)
    refresh_projection(graph)


def _parse_params(params: tuple[str, ...], store) -> dict[str, object]:
    """--param values as terms: ``@name`` the entity the name resolves to, anything else as
    :func:`kg.sparql.parse_param` reads it (a warning when plain text is an entity's name)."""
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param needs name=value, got {item!r}")
        bindings[name], warning = entity_param(store, value)
        if warning:
            click.echo(f"kg: warning: {warning}", err=True)
    return bindings


def _base(base: str | None, source: Path | None) -> str | None:
    """The base IRI of a query or update: --base checked, else the file's URL (None for
    inline text)."""
    if base is not None:
        check_iri(base)
        return base
    return base_iri(source) if source is not None else None


@click.command()
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(list(WRITERS)), default="table", show_default=True, help="Output format.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME: <iri>, prefix:name, @entity name (resolved as other commands do), \"text\"@lang, \"5\"^^xsd:integer or plain text. Repeatable.")
@click.option("--base", "base", metavar="IRI", help="Base IRI for relative IRIs in the query (default: the .rq file's URL; none for inline text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output); written whole or not at all.")
@ALLOW_HOST_OPTION
@click.pass_obj
def query(session: Session, query: str, fmt: str, params: tuple[str, ...], base: str | None, output: Path | None, allowed_hosts: tuple[str, ...]) -> None:
    """Run a SPARQL query: inline text or a .rq file.

    kg's prefixes (kg:, id:, src:, stmt:, rdfs:, skos:, xsd:, prov:, dcterms:, wd:, ...)
    are declared, and the default graph is the union of all sources and of the ontology's
    graph. Values given with --param are bound as RDF terms, never pasted into the query
    text, wherever the variable occurs (subqueries included). Literals are written as the
    store holds them, lexical form unchanged.
    """
    sparql, source = read_query_text(query)
    base = _base(base, source)
    refuse_update_as_query(sparql)
    check_sparql(sparql, allowed_hosts)
    store = session.graph().store
    bindings = _parse_params(params, store)
    results = interruptible(lambda: store.query(sparql, bindings=bindings, base=base), interrupted=lambda: "the query was stopped")
    if output is None:
        write_results(results, fmt, sys.stdout)
    else:
        with atomic_output(output) as out:
            write_results(results, fmt, out)


@click.command()
@click.argument("update")
@click.option("--base", "base", metavar="IRI", help="Base IRI for relative IRIs (default: the .ru file's URL; none for inline text).")
@ALLOW_HOST_OPTION
@click.pass_obj
def update(session: Session, update: str, base: str | None, allowed_hosts: tuple[str, ...]) -> None:
    """Run a SPARQL 1.1 Update (inline text or a .ru file) in one transaction.

    kg's prefixes are declared. LOAD <url> fetches nothing unless --allow-host lists the host.
    """
    text, source = read_query_text(update)
    base = _base(base, source)
    check_sparql(text, allowed_hosts, what="update")
    store = session.graph(write=True).store
    before = len(store)
    interruptible(lambda: store.update(text, base=base), interrupted=lambda: "the update was not written")
    click.echo(f"update done: the store holds {len(store) - before:+} quads")


@click.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
@click.pass_obj
def stats(session: Session, fmt: str) -> None:
    """Count quads, entities by class, relations by name, statements and sources."""
    result = session.graph().stats()
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False))
        return
    for line in result.as_lines():
        click.echo(line)


@click.command()
@click.option("--format", "-f", "fmt", type=click.Choice(format_names() + list(GRAPH_EXPORTS)), default="trig", show_default=True, help="RDF syntax, or graphml, gexf, cytoscape for the projection.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Export one named graph only.")
@click.pass_obj
def export(session: Session, fmt: str, output: Path | None, graph_iri: str | None) -> None:
    """Export the store (or one graph) as RDF, or the entity graph for Gephi or Cytoscape.

    Triple formats (turtle, ntriples, rdfxml) given the whole store write the union of
    its graphs; trig, nquads and jsonld keep the graphs. graphml, gexf and cytoscape write
    entities and relations with labels, classes and qualifiers as attributes.
    """
    graph = session.graph()
    if fmt in GRAPH_EXPORTS:
        if graph_iri:
            raise QueryError("--graph applies to RDF formats only")

        def write(out) -> None:
            graph.export_graph(out, fmt)
    else:
        rdf_format = get_format(fmt)
        graph_name = check_iri(graph_iri) if graph_iri else None

        def write(out) -> None:
            graph.export(out, rdf_format, graph=graph_name)
    # The store's engine writes in one call: the bar can only show that it is alive. Not
    # over the export itself, when that goes to the same terminal.
    with progress_bar("exporting") if output is not None or not sys.stdout.isatty() else nullcontext():
        if output is None:
            write(sys.stdout.buffer)
        else:
            with atomic_output(output, binary=True) as out:
                write(out)


@click.command()
@click.option("--all", "everything", is_flag=True, help="Check the whole store, not only what was written since the last validation.")
@click.pass_context
def validate(ctx: click.Context, everything: bool) -> None:
    """Check the store against the SHACL shapes; exit 1 and list violations if any.

    By default only the graphs written since the last validation are checked, with the
    nodes they touch judged against the whole store; the report is the whole store's
    (earlier violations that still stand are listed too). --all checks everything again.
    """
    from kg.validation_changes import validate_changes

    graph = ctx.obj.graph()
    with progress_bar("validating") as bar:
        run = interruptible(lambda: validate_changes(graph.store, graph.ontology, everything=everything, progress=bar),
                            interrupted=lambda: "the validation was stopped; nothing was recorded")
    _describe_run(run)
    if run.report.conforms:
        click.echo("valid: the graph conforms to kg's shapes")
        return
    for violation in run.report.violations:
        click.echo(str(violation))
    click.echo(f"{len(run.report.violations)} violation(s)", err=True)
    ctx.exit(1)


def _describe_run(run) -> None:
    """One line on standard error: what this validation checked."""
    if run.scope == "unchanged":
        line = "nothing written since the last validation; its report stands (--all checks again)"
    elif run.scope == "changes":
        line = (f"checked {len(run.graphs)} graph(s) written since the last validation, {run.focus} node(s) "
                "judged against the whole store (--all checks everything)")
    else:
        line = "checked the whole store" + (f": {run.reason}" if run.reason else "")
    click.echo(f"kg: {line}", err=True)
    if run.scope == "changes" and run.reason:  # the record could not be saved
        click.echo(f"kg: warning: {run.reason}", err=True)


STORE_COMMANDS = (load, import_table, query, update, stats, export, validate)
