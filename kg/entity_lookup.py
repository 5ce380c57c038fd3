"""Finding the entity a user means: by IRI, ``prefix:name``, label or alias.

A name that fits two entities is an error listing both; an unknown name is an error with
the closest labels as suggestions. A junk name ("????", "N/A", "", digits only: see
:func:`~kg.ingest.normalize.is_meaningful_name`) names nothing, even when a stored entity
is labelled with it. The name is bound as a literal, never pasted.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from rdflib import Literal, URIRef

from kg.errors import KGError, QueryError
from kg.ingest.normalize import is_meaningful_name
from kg.namespaces import PREFIXES
from kg.sparql import check_iri
from kg.store import Store

__all__ = ["EntityNotFound", "AmbiguousEntity", "resolve_entity"]


class EntityNotFound(KGError):
    """No entity has that name."""


class AmbiguousEntity(KGError):
    """More than one entity has that name."""


@dataclass(frozen=True)
class _Candidate:
    iri: str
    label: str


def _as_iri(name: str) -> str | None:
    """The IRI *name* spells, or None if it is a name (news has names like ``<b>``)."""
    candidate = None
    if name.startswith("<") and name.endswith(">"):
        candidate = name[1:-1]
    elif name.startswith(("http://", "https://")):
        candidate = name
    else:
        prefix, sep, local = name.partition(":")
        if sep and prefix in PREFIXES and " " not in name:
            candidate = PREFIXES[prefix] + local
    if candidate is None:
        return None
    try:
        return str(check_iri(candidate))
    except QueryError:
        return None


_EXACT = """SELECT DISTINCT ?e ?label WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  ?e a ?type . OPTIONAL { ?e rdfs:label ?label }
}"""

_FOLDED = """SELECT DISTINCT ?e ?label WHERE {
  { ?e rdfs:label ?any } UNION { ?e skos:altLabel ?any }
  FILTER(LCASE(STR(?any)) = ?folded)
  ?e a ?type . OPTIONAL { ?e rdfs:label ?label }
}"""


def _candidates(store: Store, sparql: str, bindings: dict) -> list[_Candidate]:
    rows = store.query(sparql, bindings=bindings).rows
    by_iri: dict[str, str] = {}
    for iri, label in rows:
        by_iri.setdefault(str(iri), str(label) if label is not None else str(iri))
    return [_Candidate(iri, label) for iri, label in sorted(by_iri.items())]


def resolve_entity(store: Store, name: str) -> str:
    """The IRI of the entity *name* denotes.

    Tries, in order: an IRI or ``prefix:local`` form that is the subject of some triple; an
    exact label or alias; the same ignoring case. Raises :class:`AmbiguousEntity` or
    :class:`EntityNotFound` otherwise, and :class:`EntityNotFound` for a junk name.
    """
    name = name.strip()
    iri = _as_iri(name)
    if iri is not None:
        if store.query("ASK { ?e ?p ?o }", bindings={"e": URIRef(iri)}).boolean:
            return iri
        raise EntityNotFound(f"no entity {name} in the store")
    if not is_meaningful_name(name):
        raise EntityNotFound(
            f"{name!r} is not a name (only punctuation, digits or a placeholder); give an entity's name or IRI"
        )
    for sparql, bindings in (
        (_EXACT, {"name": Literal(name)}),
        (_FOLDED, {"folded": Literal(name.lower())}),
    ):
        found = _candidates(store, sparql, bindings)
        if len(found) == 1:
            return found[0].iri
        if len(found) > 1:
            listed = "; ".join(f"{c.label} <{c.iri}>" for c in found[:10])
            raise AmbiguousEntity(f"{name!r} names {len(found)} entities: {listed}; give an IRI")
    raise EntityNotFound(_not_found_message(store, name))


def _not_found_message(store: Store, name: str) -> str:
    _, rows = store.select_rows("SELECT DISTINCT ?label WHERE { ?e a ?t ; rdfs:label ?label }")
    labels = [row[0] for row in rows if is_meaningful_name(row[0])]
    # difflib compares against every label: affordable on a news graph, not on 150k names.
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6) if len(labels) < 20_000 else []
    if not close:
        lowered = name.lower()
        close = sorted(label for label in labels if lowered in label.lower())[:3]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return f"no entity named {name!r}{hint}"
