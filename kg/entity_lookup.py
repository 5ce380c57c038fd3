"""Finding the entity a user means: by IRI, ``prefix:name``, label or alias, the same
ignoring case, then normalised as import-table normalises names (punctuation, a leading
"the", legal-form suffixes, accents: "Facebook, Inc." finds "Facebook").

An entity merged into another (see :mod:`kg.resolution.judgements`) resolves to its
cluster's canonical entity, so every command that takes a name sees one node. A name that
fits two entities is an error listing both; an unknown name is an error with the closest
names as suggestions. A junk name ("????", "N/A", "", digits only: see
:func:`~kg.ingest.normalize.is_meaningful_name`) names nothing, even when a stored entity
is labelled with it. The name is bound as a literal, never pasted.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.errors import KGError, QueryError
from kg.ingest.normalize import is_meaningful_name
from kg.namespaces import PREFIXES
from kg.resolution.judgements import canonical_map, read_judgements
from kg.resolution.names import block_keys, match_key, name_similarity
from kg.sparql import check_iri, parse_param
from kg.store import Store

__all__ = ["AmbiguousEntity", "EntityNotFound", "entity_param", "resolve_entity"]


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

# Every name in one plain scan (labels flagged), without the typing join of the queries
# above: on 40k entities that join is what costs seconds.
_NAMES = """SELECT ?e ?name ?k WHERE {
  { ?e rdfs:label ?name BIND(0 AS ?k) } UNION { ?e skos:altLabel ?name BIND(1 AS ?k) }
}"""


def _all_names(store: Store) -> list[tuple[str, str, str]]:
    """(entity, name, label) for every label and alias of the store."""
    _, rows = store.select_rows(_NAMES)
    labels: dict[str, str] = {}
    for entity, name, kind in rows:
        if kind == "0":
            labels.setdefault(entity, name)
    return [(entity, name, labels.get(entity, name)) for entity, name, _ in rows]


def _candidates(store: Store, sparql: str, bindings: dict, canonical: dict[str, str]) -> list[_Candidate]:
    rows = store.query(sparql, bindings=bindings).rows
    return _distinct([(str(iri), str(label) if label is not None else str(iri)) for iri, label in rows], canonical)


def _distinct(found: list[tuple[str, str]], canonical: dict[str, str]) -> list[_Candidate]:
    """One candidate per canonical entity: two members of a cluster are one answer."""
    by_iri: dict[str, str] = {}
    for iri, label in found:
        by_iri.setdefault(canonical.get(iri, iri), label)
    return [_Candidate(iri, label) for iri, label in sorted(by_iri.items())]


def resolve_entity(store: Store, name: str, *, merged: bool = True) -> str:
    """The IRI of the entity *name* denotes: the canonical one when it was merged, unless
    *merged* is False (``kg unmerge`` names the member itself).

    Tries, in order: an IRI or ``prefix:local`` form that is the subject of some triple; an
    exact label or alias; the same ignoring case; the same normalised as import-table
    normalises names (:func:`~kg.resolution.names.match_key`). Raises
    :class:`AmbiguousEntity` or :class:`EntityNotFound` otherwise, and
    :class:`EntityNotFound` for a junk name.
    """
    name = name.strip()
    canonical = canonical_map(read_judgements(store)) if merged else {}
    iri = _as_iri(name)
    if iri is not None:
        if store.query("ASK { ?e ?p ?o }", bindings={"e": URIRef(iri)}).boolean:
            return canonical.get(iri, iri)
        raise EntityNotFound(f"no entity {name} in the store")
    if not is_meaningful_name(name):
        raise EntityNotFound(
            f"{name!r} is not a name (only punctuation, digits or a placeholder); give an entity's name or IRI"
        )
    found = _one(name, _candidates(store, _EXACT, {"name": Literal(name)}, canonical))
    if found is not None:
        return found
    # Ignoring case, then normalised: one scan of every name serves both and the
    # suggestions (a FILTER over LCASE of every name costs seconds on 40k entities).
    rows = _all_names(store)
    folded, key = name.casefold(), match_key(name)
    for same in (lambda n: n.casefold() == folded, lambda n: match_key(n) == key):
        matches = [(e, label) for e, n, label in rows if is_meaningful_name(n) and same(n)]
        found = _one(name, _distinct(matches, canonical))
        if found is not None:
            return found
    raise EntityNotFound(_not_found_message(name, rows))


def _one(name: str, found: list[_Candidate]) -> str | None:
    """The IRI when *found* is one entity, None when none; several are an error."""
    if len(found) == 1:
        return found[0].iri
    if len(found) > 1:
        listed = "; ".join(f"{c.label} <{c.iri}>" for c in found[:10])
        raise AmbiguousEntity(f"{name!r} names {len(found)} entities: {listed}; give an IRI")
    return None


def _not_found_message(name: str, rows: list[tuple[str, ...]]) -> str:
    # Only names sharing a block with the query (a word, the key without spaces,
    # initials) or its first four letters are compared: a few dozen names, not the 150k
    # of a large store.
    keys = block_keys(name)
    close: dict[str, float] = {}
    for _, candidate, _ in rows:
        if candidate in close or not is_meaningful_name(candidate):
            continue
        if not keys & block_keys(candidate) and _prefix(candidate) != _prefix(name):
            continue
        close[candidate] = name_similarity(name, candidate)[0]
    # Near the best only: "LG" is no suggestion for "LG Electronic" beside "LG Electronics".
    floor = max([0.5] + [score - 0.1 for score in close.values()])
    ranked = sorted((n for n, score in close.items() if score >= floor), key=lambda n: (-close[n], n))[:3]
    if not ranked:
        lowered = name.lower()
        ranked = sorted({n for _, n, _ in rows if lowered in n.lower() and is_meaningful_name(n)})[:3]
    hint = f"; did you mean {', '.join(repr(c) for c in ranked)}?" if ranked else ""
    return f"no entity named {name!r}{hint}"


def _prefix(name: str) -> tuple[str, str]:
    # A typo after the fourth letter ("Dropbx") still shares the start of the name.
    return ("p", match_key(name).replace(" ", "")[:4])


def entity_param(store: Store, text: str) -> tuple[Identifier, str | None]:
    """A ``--param`` value as a term, and a warning or None.

    ``@name`` binds the IRI of the entity *name* resolves to (as every command resolves
    names); ``@@text`` binds the text ``@text``. Any other value is read by
    :func:`kg.sparql.parse_param`; when it is plain text that is exactly an entity's label
    or alias, the warning says it was bound as text and how to bind the entity.
    """
    if text.startswith("@@"):
        return Literal(text[1:]), None
    if text.startswith("@"):
        return URIRef(resolve_entity(store, text[1:])), None
    term = parse_param(text)
    plain = isinstance(term, Literal) and term.language is None and term.datatype is None and text == str(term)
    if plain and is_meaningful_name(text) and _candidates(store, _EXACT, {"name": term}, {}):
        return term, f"{text!r} was bound as text, not as the entity of that name; write @{text} to bind the entity"
    return term, None
