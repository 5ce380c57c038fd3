"""The ``kg`` command. Each command is a thin shell over one KnowledgeGraph call; errors
from the library reach the user as one ``kg: error: ...`` line and a non-zero exit."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import click

from kg.analysis.exports import GRAPH_EXPORTS
from kg.cli_guard import (
    ALLOW_HOST_OPTION,
    check_sparql,
    interruptible,
    read_query_text,
    refuse_update_as_query,
)
from kg.cli_news import NEWS_COMMANDS
from kg.cli_progress import progress_bar
from kg.cli_resolve import RESOLVE_COMMANDS
from kg.cli_support import (
    DEBUG_OPTION,
    FORMAT_OPTION,
    KGGroup,
    Session,
    emit_rows,
    refresh_projection,
    run_group,
    split_names,
)
from kg.entity_lookup import entity_param
from kg.errors import QueryError
from kg.validation_changes import WriteRefused
from kg.formats import base_iri, format_names, get_format, input_size
from kg.result_writers import WRITERS, write_results
from kg.safe_io import atomic_output
from kg.sparql import check_iri
from kg.store import resolve_store_url, shown_url

__all__ = ["cli", "main"]

LARGE_FILE = 10 * 1024 * 1024  # show a progress bar when loading more than this
EXACT_BETWEENNESS_NODES = 20_000  # past this, betweenness is sampled unless --exact
SAMPLED_SOURCES = 200
# The question kg exists for, asked of the seed graph by `kg demo`.
DEMO_LINKS = (("Mirae Asset Management", "Lee Jae-myung"), ("LG Electronics", "China"))


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


# -- load ----------------------------------------------------------------------------


@cli.command()
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

    def work():
        if total > LARGE_FILE and sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                task = bar.add_task("checking", total=total)
                return graph.load(
                    files,
                    fmt=get_format(fmt) if fmt else None,
                    graph=graph_name,
                    progress=lambda done, _total: bar.update(task, completed=done),
                )
        return graph.load(files, fmt=get_format(fmt) if fmt else None, graph=graph_name)

    report = interruptible(work, interrupted=lambda: _load_interrupted(graph, len(files)))
    click.echo(f"loaded {report.quads} quads from {len(report.files)} file(s) in {report.seconds:.2f} s")
    refresh_projection(graph)


def _load_interrupted(graph, files: int) -> str:
    if graph.store.pending_write():
        return "the write under way was already committed: it is completed when the store is next opened"
    if files > 1:
        return "the file being written was not written (files loaded before it stay)"
    return "nothing was written"


@cli.command("import-table")
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
    from kg.ingest.tables import import_table as run_import

    graph = session.graph(write=True)

    def work():
        with progress_bar("importing rows") as bar:
            return run_import(graph, table, mapping, strict=strict, validate=validate, progress=bar)

    try:
        report = interruptible(work, interrupted=lambda: _load_interrupted(graph, 1))
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


# -- query ---------------------------------------------------------------------------


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


@cli.command()
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
    if base is not None:
        check_iri(base)
    elif source is not None:  # read from a file: relative IRIs are relative to it
        base = base_iri(source)
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


@cli.command()
@click.argument("update")
@click.option("--base", "base", metavar="IRI", help="Base IRI for relative IRIs (default: the .ru file's URL; none for inline text).")
@ALLOW_HOST_OPTION
@click.pass_obj
def update(session: Session, update: str, base: str | None, allowed_hosts: tuple[str, ...]) -> None:
    """Run a SPARQL 1.1 Update (inline text or a .ru file) in one transaction.

    kg's prefixes are declared. LOAD <url> fetches nothing unless --allow-host lists the host.
    """
    text, source = read_query_text(update)
    if base is not None:
        check_iri(base)
    elif source is not None:
        base = base_iri(source)
    check_sparql(text, allowed_hosts, what="update")
    store = session.graph(write=True).store
    before = len(store)
    interruptible(lambda: store.update(text, base=base), interrupted=lambda: "the update was not written")
    click.echo(f"update done: the store holds {len(store) - before:+} quads")


# -- stats ---------------------------------------------------------------------------


@cli.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
@click.pass_obj
def stats(session: Session, fmt: str) -> None:
    """Count quads, entities by class, relations by name, statements and sources."""
    result = session.graph().stats()
    if fmt == "json":
        click.echo(json.dumps(result.__dict__, indent=1, ensure_ascii=False))
        return
    click.echo(f"quads       {result.quads}")
    click.echo(f"graphs      {result.graphs}")
    click.echo(f"statements  {result.statements}")
    click.echo("entities by class:")
    for name, count in sorted(result.entities.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {name:<24}{count}")
    click.echo("relations:")
    for name, count in sorted(result.relations.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {name:<24}{count}")
    click.echo("sources:")
    for source in result.sources:
        title = f"  {source['title']}" if source["title"] else ""
        issued = f" ({source['issued']})" if source["issued"] else ""
        click.echo(f"  {source['source']}{title}{issued}: {source['quads']} quads")


# -- export --------------------------------------------------------------------------


@cli.command()
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
        write = lambda out: graph.export_graph(out, fmt)  # noqa: E731
    else:
        rdf_format = get_format(fmt)
        graph_name = check_iri(graph_iri) if graph_iri else None
        write = lambda out: graph.export(out, rdf_format, graph=graph_name)  # noqa: E731
    # The store's engine writes in one call: the bar can only show that it is alive. Not
    # over the export itself, when that goes to the same terminal.
    with progress_bar("exporting") if output is not None or not sys.stdout.isatty() else nullcontext():
        if output is None:
            write(sys.stdout.buffer)
        else:
            with atomic_output(output, binary=True) as out:
                write(out)


# -- validate ------------------------------------------------------------------------


@cli.command()
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
        run = interruptible(lambda: validate_changes(graph, everything=everything, progress=bar),
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


# -- links ---------------------------------------------------------------------------


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 8), help="Longest path to consider.")
@click.option("--relations", "-r", multiple=True, metavar="NAMES", help="Only follow these relations (comma-separated or repeated; e.g. holds_stake_in,invests_in).")
@click.option("--through", "-t", multiple=True, metavar="CLASSES", help="Intermediate entities must be of these classes (e.g. Company).")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many paths to show.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
@click.pass_obj
def links(session: Session, source: str, target: str, max_hops: int, relations, through, limit: int, fmt: str) -> None:
    """How is SOURCE linked to TARGET? Paths up to --max-hops, shortest and strongest first.

    SOURCE and TARGET are labels, aliases, id:names or IRIs. Each path is told as one
    sentence from the ontology's relation labels.
    """
    found = session.graph().links(
        source, target, max_hops=max_hops, relations=split_names(relations),
        through=split_names(through), limit=limit,
    )
    if fmt == "json":
        click.echo(json.dumps([
            {"hops": path.hops, "strength": path.strength, "nodes": list(path.nodes), "sentence": sentence,
             "steps": [{"subject": s.subject, "object": s.object, "statement": s.key, "forward": s.forward} for s in path.steps]}
            for path, sentence in found
        ], indent=1, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no path of at most {max_hops} hops between {source} and {target}")
        return
    for number, (path, sentence) in enumerate(found, 1):
        click.echo(f"{number}. [{path.hops} hop{'s' if path.hops > 1 else ''}] {sentence}")


# -- investments, ownership, centrality ---------------------------------------------------


DEAL_COLUMNS = [("label", "name"), ("relations", "relations"), ("deals", "deals"), ("amounts", "known amounts"), ("first", "first"), ("last", "last"), ("stake_percent", "stake %")]


@cli.command()
@click.argument("investor")
@FORMAT_OPTION
@click.pass_obj
def portfolio(session: Session, investor: str, fmt: str) -> None:
    """Firms INVESTOR invested in, holds a stake in or acquired, most deals first."""
    emit_rows(session.graph().portfolio(investor), DEAL_COLUMNS, fmt, f"{investor} has no investments in the graph")


@cli.command()
@click.argument("firm")
@FORMAT_OPTION
@click.pass_obj
def investors(session: Session, firm: str, fmt: str) -> None:
    """Who invested in, holds a stake in or acquired FIRM, most deals first."""
    emit_rows(session.graph().investors(firm), DEAL_COLUMNS, fmt, f"no investors of {firm} in the graph")


@cli.command()
@click.argument("investor")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many co-investors to show.")
@FORMAT_OPTION
@click.pass_obj
def coinvestors(session: Session, investor: str, limit: int, fmt: str) -> None:
    """Investors that backed the same firms as INVESTOR, ranked by firms shared."""
    rows = session.graph().coinvestors(investor, limit=limit)
    emit_rows(rows, [("label", "co-investor"), ("shared", "firms shared"), ("firms", "firms")], fmt, f"{investor} has no co-investors in the graph")


@cli.command()
@click.argument("firm")
@click.option("--max-depth", type=click.IntRange(1), help="Longest ownership chain to follow.")
@FORMAT_OPTION
@click.pass_obj
def owners(session: Session, firm: str, max_depth: int | None, fmt: str) -> None:
    """Who owns FIRM, directly and through chains, with effective stakes.

    Stakes multiply along chains and add up over chains; cross-holdings are followed to
    their limit. A stake the sources do not give is shown as unknown, never as zero;
    "at least" marks an owner whose known figure misses some unknown chains.
    """
    result = session.graph().owners(firm, max_depth=max_depth)
    rows = [
        {**row, "stake": "unknown" if row["percent"] is None else f"{'≥ ' if row['at_least'] else ''}{row['percent']:.4g}%",
         "kind": "ultimate" if row["ultimate"] else "intermediate" if row["depth"] > 1 or row["in_cycle"] else "direct"}
        for row in result["rows"]
    ]
    emit_rows(rows, [("label", "owner"), ("stake", "effective stake"), ("depth", "chain"), ("kind", "kind")], fmt, f"no owners of {firm} in the graph")
    if fmt == "table" and result["cycles"]:
        state = "converged" if result["converged"] else "did not converge: the cycle owns all of itself"
        click.echo(f"cross-holdings ({state}): " + "; ".join(", ".join(c) for c in result["cycles"]))


@cli.command()
@click.option("--measure", "-m", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree", show_default=True, help="Centrality measure.")
@click.option("--class", "classes", multiple=True, metavar="CLASS", help="Rank only entities of this class (and its subclasses); repeatable.")
@click.option("--sample", "-k", type=click.IntRange(2), help="Betweenness from this many sampled sources, at least 2 (faster on big graphs).")
@click.option("--exact", is_flag=True, help=f"Exact betweenness even past {EXACT_BETWEENNESS_NODES:,} entities (minutes).")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many entities to show.")
@FORMAT_OPTION
@click.pass_obj
def central(session: Session, measure: str, classes, sample: int | None, exact: bool, limit: int, fmt: str) -> None:
    """The most central entities by degree, PageRank or betweenness."""
    graph = session.graph()
    projection = graph.projection()
    if measure == "betweenness" and sample is None and not exact and projection.number_of_nodes() > EXACT_BETWEENNESS_NODES:
        # Exact betweenness on the Crunchbase store took 4 min 44 s; 200 sampled sources
        # rank nearly the same in seconds.
        sample = SAMPLED_SOURCES
        click.echo(f"kg: betweenness from {sample} sampled sources on {projection.number_of_nodes():,} entities; "
                   "--exact for all (minutes)", err=True)
    if measure == "betweenness" and sample is None:
        from kg.analysis.metrics import centrality

        # Exact betweenness takes minutes on big graphs: computed in slices, with a bar.
        with progress_bar("betweenness (sources)") as bar:
            ranked = centrality(projection, measure=measure, classes=graph._with_subclasses(split_names(classes)),
                                limit=limit, progress=bar)
    else:
        ranked = graph.central(measure=measure, classes=split_names(classes), k=sample, limit=limit)
    rows = [{"entity": node, "label": projection.nodes[node].get("label", node), "class": projection.nodes[node].get("cls", ""), measure: score} for node, score in ranked]
    emit_rows(rows, [("label", "entity"), ("class", "class"), (measure, measure)], fmt, "the graph has no entities")


@cli.command()
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1), help="How many communities to show.")
@click.option("--members", "all_members", is_flag=True, help="List every member, not only the best-connected five.")
@FORMAT_OPTION
@click.pass_obj
def communities(session: Session, limit: int, all_members: bool, fmt: str) -> None:
    """Groups of densely linked entities (Louvain), largest first: one line each, with its
    dominant class and best-connected members."""
    graph = session.graph()
    projection = graph.projection()
    rows = []
    for group in graph.communities()[:limit]:
        classes = Counter(projection.nodes[n].get("cls", "") for n in group)
        cls, count = classes.most_common(1)[0]
        ranked = sorted(group, key=lambda n: (-projection.degree(n), projection.nodes[n].get("label", n)))
        row = {"size": len(group), "class": f"{cls} ({count})",
               "best connected": [projection.nodes[n].get("label", n) for n in ranked[:5]]}
        if all_members:
            row["members"] = sorted(projection.nodes[n].get("label", n) for n in group)
        rows.append(row)
    columns = [("size", "size"), ("class", "mostly"), ("best connected", "best connected")]
    emit_rows(rows, columns + ([("members", "members")] if all_members else []), fmt, "the graph has no entities")


for _command in (*NEWS_COMMANDS, *RESOLVE_COMMANDS):
    cli.add_command(_command)


# -- viz -----------------------------------------------------------------------------


@cli.command()
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write.")
@click.option("--focus", metavar="ENTITY", help="Show ENTITY and what lies within --hops links of it.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(1, 6), help="Radius of a --focus view.")
@click.option("--links", nargs=2, metavar="A B", help="Show the paths between A and B (as kg links finds them), highlighted.")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 8), help="Longest path of a --links view.")
@click.option("--class", "classes", multiple=True, metavar="CLASSES", help="Only entities of these classes (and subclasses); comma-separated or repeated.")
@click.option("--relation", "relations", multiple=True, metavar="NAMES", help="Only these relations; comma-separated or repeated.")
@click.option("--query", "query_file", metavar="FILE.rq", help="Show what a query returns: a CONSTRUCT, or a SELECT of entity pairs.")
@click.option("--size-by", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree", show_default=True, help="What node size shows.")
@click.option("--max-nodes", default=1500, show_default=True, type=click.IntRange(10), help="Larger views keep the best-connected nodes and say what was left out.")
@click.pass_obj
def viz(session: Session, output: Path, focus, hops, links, max_hops, classes, relations, query_file, size_by, max_nodes) -> None:
    """Write an interactive picture of the graph as one HTML file that needs no network.

    Colours and shapes come from the ontology; hover a node or a link for its details and
    sources; type a name in the page's search box to find an entity.
    """
    html = session.graph().viz(
        focus=focus, hops=hops, links=tuple(links) if links else None, max_hops=max_hops,
        classes=split_names(classes), relations=split_names(relations),
        query=read_query_text(query_file)[0] if query_file else None,
        size_by=size_by, max_nodes=max_nodes,
    )
    with atomic_output(output, binary=True) as out:
        out.write(html.encode("utf-8"))
    click.echo(f"wrote {output} ({len(html.encode('utf-8')) / 1024:.0f} KiB)")


# -- demo ----------------------------------------------------------------------------


@cli.command()
@click.pass_obj
def demo(session: Session) -> None:
    """Load the curated seed graph and answer the example questions with it."""
    from kg.examples import example_queries

    started = time.perf_counter()
    graph = session.graph(write=True)
    count = graph.load_seed()
    click.echo(f"seed graph: {count} quads in {shown_url(session.store_url)}\n")
    for example in example_queries():
        if example.parameters:
            continue
        click.secho(example.question, bold=True)
        write_results(graph.query(example.text), "table", sys.stdout)
        click.echo()
    for source, target in DEMO_LINKS:
        click.secho(f"How is {source} linked to {target}?", bold=True)
        for number, (path, sentence) in enumerate(graph.links(source, target, limit=3), 1):
            click.echo(f"{number}. [{path.hops} hops] {sentence}")
        click.echo()
    page = Path("kg-demo.html")
    html = graph.viz()
    with atomic_output(page, binary=True) as out:
        out.write(html.encode("utf-8"))
    click.echo(f"a picture of the seed graph: {page.resolve()} (open it in a browser)")
    click.echo(f"demo done in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` script: every error becomes one line (see
    :func:`kg.cli_support.run_group`)."""
    run_group(cli, argv)
