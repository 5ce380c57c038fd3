"""The commands that ask the graph questions: links, portfolio, investors, coinvestors,
owners, central, communities. Each asks :class:`~kg.graph.KnowledgeGraph` (or
:mod:`kg.analysis`) for rows and prints them."""

from __future__ import annotations

import json
from contextlib import nullcontext

import click

from kg.analysis.metrics import (
    EXACT_BETWEENNESS_NODES,
    community_rows,
    ranking_rows,
    sources_to_sample,
)
from kg.cli.output import FORMAT_OPTION, emit_rows, split_names
from kg.cli.progress import progress_bar
from kg.cli.session import Session

__all__ = ["ANALYSIS_COMMANDS", "central", "coinvestors", "communities", "investors", "links", "owners", "portfolio"]

DEAL_COLUMNS = [("label", "name"), ("relations", "relations"), ("deals", "deals"), ("amounts", "known amounts"), ("first", "first"), ("last", "last"), ("stake_percent", "stake %")]


@click.command()
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
        click.echo(json.dumps([path.as_dict(sentence) for path, sentence in found], indent=1, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no path of at most {max_hops} hops between {source} and {target}")
        return
    for number, (path, sentence) in enumerate(found, 1):
        click.echo(f"{number}. [{path.hops} hop{'s' if path.hops > 1 else ''}] {sentence}")


@click.command()
@click.argument("investor")
@FORMAT_OPTION
@click.pass_obj
def portfolio(session: Session, investor: str, fmt: str) -> None:
    """Firms INVESTOR invested in, holds a stake in or acquired, most deals first."""
    emit_rows(session.graph().portfolio(investor), DEAL_COLUMNS, fmt, f"{investor} has no investments in the graph")


@click.command()
@click.argument("firm")
@FORMAT_OPTION
@click.pass_obj
def investors(session: Session, firm: str, fmt: str) -> None:
    """Who invested in, holds a stake in or acquired FIRM, most deals first."""
    emit_rows(session.graph().investors(firm), DEAL_COLUMNS, fmt, f"no investors of {firm} in the graph")


@click.command()
@click.argument("investor")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1), help="How many co-investors to show.")
@FORMAT_OPTION
@click.pass_obj
def coinvestors(session: Session, investor: str, limit: int, fmt: str) -> None:
    """Investors that backed the same firms as INVESTOR, ranked by firms shared."""
    rows = session.graph().coinvestors(investor, limit=limit)
    emit_rows(rows, [("label", "co-investor"), ("shared", "firms shared"), ("firms", "firms")], fmt, f"{investor} has no co-investors in the graph")


@click.command()
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
    columns = [("label", "owner"), ("stake", "effective stake"), ("depth", "chain"), ("kind", "kind")]
    emit_rows(result["rows"], columns, fmt, f"no owners of {firm} in the graph")
    if fmt == "table" and result["cycles"]:
        state = "converged" if result["converged"] else "did not converge: the cycle owns all of itself"
        click.echo(f"cross-holdings ({state}): " + "; ".join(", ".join(c) for c in result["cycles"]))


@click.command()
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
    if measure == "betweenness" and sample is None:
        sample = sources_to_sample(projection.number_of_nodes(), exact=exact)
        if sample is not None:
            click.echo(f"kg: betweenness from {sample} sampled sources on {projection.number_of_nodes():,} entities; "
                       "--exact for all (minutes)", err=True)
    # Exact betweenness takes minutes on big graphs: computed in slices, with a bar.
    with progress_bar("betweenness (sources)") if measure == "betweenness" and sample is None else nullcontext() as bar:
        ranked = graph.central(measure=measure, classes=split_names(classes), k=sample, limit=limit, progress=bar)
    emit_rows(ranking_rows(projection, ranked, measure), [("label", "entity"), ("class", "class"), (measure, measure)], fmt, "the graph has no entities")


@click.command()
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1), help="How many communities to show.")
@click.option("--members", "all_members", is_flag=True, help="List every member, not only the best-connected five.")
@FORMAT_OPTION
@click.pass_obj
def communities(session: Session, limit: int, all_members: bool, fmt: str) -> None:
    """Groups of densely linked entities (Louvain), largest first: one line each, with its
    dominant class and best-connected members."""
    graph = session.graph()
    rows = community_rows(graph.projection(), graph.communities()[:limit], members=all_members)
    columns = [("size", "size"), ("class", "mostly"), ("best connected", "best connected")]
    emit_rows(rows, columns + ([("members", "members")] if all_members else []), fmt, "the graph has no entities")


ANALYSIS_COMMANDS = (links, portfolio, investors, coinvestors, owners, central, communities)
