"""The commands that show the graph: ``kg viz`` writes a picture of it, ``kg demo`` loads
the seed graph and answers the example questions with it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kg.cli.guard import read_query_text
from kg.cli.output import split_names
from kg.cli.session import Session
from kg.result_writers import write_results
from kg.safe_io import atomic_output
from kg.store import shown_url

__all__ = ["VIZ_COMMANDS", "demo", "viz"]

# The question kg exists for, asked of the seed graph by `kg demo`.
DEMO_LINKS = (("Mirae Asset Management", "Lee Jae-myung"), ("LG Electronics", "China"))


@click.command()
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
    size = _write_page(output, html)
    click.echo(f"wrote {output} ({size / 1024:.0f} KiB)")


def _write_page(path: Path, html: str) -> int:
    """Write *html* to *path* whole or not at all; returns its size in bytes."""
    data = html.encode("utf-8")
    with atomic_output(path, binary=True) as out:
        out.write(data)
    return len(data)


@click.command()
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
    _write_page(page, graph.viz())
    click.echo(f"a picture of the seed graph: {page.resolve()} (open it in a browser)")
    click.echo(f"demo done in {time.perf_counter() - started:.1f} s")


VIZ_COMMANDS = (viz, demo)
