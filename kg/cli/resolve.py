"""The resolution commands: ``kg dedupe`` proposes, ``kg merge``, ``kg not-same`` and
``kg unmerge`` record judgements, ``kg judgements`` lists them. Thin shells over
:mod:`kg.resolution`; library errors reach the user as one ``kg: error:`` line."""

from __future__ import annotations

import getpass
import json

import click

from kg.cli.output import FORMAT_OPTION, emit_rows, split_names
from kg.cli.session import Session, refresh_projection
from kg.entity_lookup import resolve_entity
from kg.resolution import CANDIDATE_COLUMNS, candidate_cells, read_judgements
from kg.resolution import dedupe as find_candidates
from kg.resolution import merge as record_merge
from kg.resolution import not_same as record_not_same
from kg.resolution import unmerge as record_unmerge

__all__ = ["RESOLVE_COMMANDS", "dedupe", "judgements", "merge", "not_same", "unmerge"]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "unknown"


_BY = click.option("--by", "who", default=None, metavar="NAME", help="Who judges (default: your login name).")
_WHY = click.option("--why", default="", metavar="TEXT", help="Why: kept with the judgement.")


@click.command()
@click.option("--class", "classes", multiple=True, metavar="CLASS", help="Only pairs with an entity of this class or below (repeatable, or comma-separated).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.6, show_default=True, help="Leave out pairs scoring less.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many pairs.")
@FORMAT_OPTION
@click.pass_obj
def dedupe(session: Session, classes: tuple[str, ...], min_score: float, limit: int, fmt: str) -> None:
    """Pairs of entities that may be one, best first, with the evidence for each.

    Nothing is changed: record what you decide with kg merge or kg not-same, and kg
    will not ask about that pair again.
    """
    graph = session.graph()
    rows = find_candidates(graph.store, graph.ontology, classes=split_names(classes), min_score=min_score, limit=limit)
    shown = rows if fmt == "json" else candidate_cells(rows)
    emit_rows(shown, list(CANDIDATE_COLUMNS), fmt, "no likely duplicates")


@click.command()
@click.argument("keep")
@click.argument("other")
@_BY
@_WHY
@click.option("--overrule", is_flag=True, help="Withdraw not-same judgements that forbid this merge.")
@click.pass_obj
def merge(session: Session, keep: str, other: str, who: str | None, why: str, overrule: bool) -> None:
    """Record that KEEP and OTHER are one entity; KEEP's IRI stays the canonical one.

    Every command then sees one node with both entities' names and links. Undo with
    kg unmerge OTHER. A not-same judgement between the two (or members of what they
    were merged with) refuses the merge unless --overrule.
    """
    graph = session.graph(write=True)
    a, b = resolve_entity(graph.store, keep), resolve_entity(graph.store, other)
    record_merge(graph.store, a, b, who=who or _user(), why=why, overrule=overrule)
    click.echo(f"merged <{b}> into <{a}>")
    refresh_projection(graph)


@click.command("not-same")
@click.argument("first")
@click.argument("second")
@_BY
@_WHY
@click.pass_obj
def not_same(session: Session, first: str, second: str, who: str | None, why: str) -> None:
    """Record that FIRST and SECOND are different entities: kg dedupe stops proposing
    them, and kg never merges them."""
    graph = session.graph(write=True)
    a, b = resolve_entity(graph.store, first), resolve_entity(graph.store, second)
    record_not_same(graph.store, a, b, who=who or _user(), why=why)
    click.echo(f"recorded: <{a}> and <{b}> are different entities")


@click.command()
@click.argument("entity")
@_BY
@_WHY
@click.pass_obj
def unmerge(session: Session, entity: str, who: str | None, why: str) -> None:
    """Take ENTITY out of the entity it was merged with. The merge stays in the record,
    marked withdrawn."""
    graph = session.graph(write=True)
    iri = resolve_entity(graph.store, entity, merged=False)
    withdrawn = record_unmerge(graph.store, iri, who=who or _user(), why=why)
    for judgement in withdrawn:
        click.echo(f"withdrawn: <{judgement.b}> same as <{judgement.a}>")
    refresh_projection(graph)


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Withdrawn judgements too.")
@FORMAT_OPTION
@click.pass_obj
def judgements(session: Session, show_all: bool, fmt: str) -> None:
    """The merge and not-same judgements recorded, oldest first."""
    shown = read_judgements(session.graph().store, withdrawn=show_all)
    if fmt == "json":
        click.echo(json.dumps([j.as_row() for j in shown], indent=1, ensure_ascii=False))
        return
    if not shown:
        click.echo("no judgements")
        return
    for judgement in shown:
        click.echo(judgement.as_line())


#: Registered by the ``kg`` group (:mod:`kg.cli`), as every family's commands are.
RESOLVE_COMMANDS = (dedupe, merge, not_same, unmerge, judgements)
