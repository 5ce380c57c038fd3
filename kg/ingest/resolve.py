"""Resolving names to entities: the graph's own first, then this import's, then new ones.

A raw name resolves, in order, to the one existing entity with exactly that label or alias;
to the one existing entity whose label or alias has the same :func:`name_key`, when the
evidence allows it (below); to an entity already created in this import for the name's
spelling group; or to a new entity with a stable IRI. Two distinct known entities are never
merged: a key they share resolves to neither. A junk name
(:func:`~kg.ingest.normalize.is_meaningful_name`) is not indexed and resolves to nothing.

A key alone is weak evidence: on the labelled Crunchbase sample, two spellings of one key
(``Kiwi`` / ``Kiwi Inc.``, ``bench`` / ``Bench``) are one firm 75 times in 90. A resolver
given the source's *neighbours* (each spelling's neighbours in the source: the keys of the
names it shares a row's relation with) asks for more: two spellings are one entity only
when they share a neighbour, directly or through other spellings of the key
(:func:`spelling_groups`), and a spelling joins an existing entity it equals only by key
when its group shares a neighbour with that entity in the store, or another spelling of
its group is that entity's exact name. Spellings kept apart are separate entities, which
``kg dedupe`` proposes at score 1. A resolver without *neighbours* (no rows to read) links
on the key alone.

Judgements count (:mod:`kg.resolution.judgements`): the names of entities merged into one
are that one's, so a name of a merged member resolves to the canonical entity and a key
two members share is not ambiguous. Entities judged different stay two: their shared key
resolves to neither, and the new mention appears in ``kg dedupe``; and a name whose own
entity (the one an earlier import of the graph being replaced made of it) was judged
different from the entity it would resolve to stays that entity (:meth:`Resolver._judged_apart`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.errors import IngestError
from kg.ids import entity_iri
from kg.ingest.normalize import (
    is_meaningful_name,
    learn_name_keys,
    name_key,
    normalisation_digest,
)
from kg.namespaces import KG, RDF, RDFS, SKOS
from kg.ontology import load_ontology
from kg.resolution.judgements import canonical_map, read_judgements
from kg.store.pieces import graph_pieces, read_sections, rows

__all__ = ["Resolved", "Resolver", "name_pieces", "spelling_groups"]

_NAMES_KIND = "names"
_NAMES_FORMAT = "3"
_SECTIONS = {
    "types": ("?e ?t", f'?e <{RDF.type}> ?t FILTER(STRSTARTS(STR(?t), "{KG}"))'),
    "labels": ("?e ?name", f"?e <{RDFS.label}> ?name"),
    "aliases": ("?e ?name", f"?e <{SKOS.altLabel}> ?name"),
}


def name_pieces(store) -> list[tuple[str, dict[str, list[str]]]]:
    """The names the store gives entities, graph by graph: (graph IRI, ``""`` for the
    default graph; piece), graphs in order. A piece holds flat rows (entity, value) of
    ``types`` (classes of kg's ontology), ``labels`` and ``aliases`` (skos:altLabel), and
    ``keys``, (name, :func:`~kg.ingest.normalize.name_key` of it) for each of its names.

    Each graph's piece is cached under its token (:mod:`kg.store.pieces`), so after a write
    only the graphs written are read again; a store that cannot tell graphs' writes apart
    is read whole, its names grouped by graph. The keys were computed when a graph's piece
    was built (its format names the normalisation they follow): this process takes them
    (:func:`~kg.ingest.normalize.learn_name_keys`) instead of keying every name again."""
    found = graph_pieces(store, _NAMES_KIND, f"{_NAMES_FORMAT}|{normalisation_digest()}", _read_names)
    if found is not None:
        for _, piece in found:
            flat = piece.get("keys", ())
            learn_name_keys(zip(flat[0::2], flat[1::2]))
        return found
    pieces: dict[str, dict[str, list[str]]] = {}
    for section in ("labels", "aliases"):
        variables, pattern = _SECTIONS[section]
        _, answer = store.select_rows(f"SELECT ?g {variables} WHERE {{ GRAPH ?g {{ {pattern} }} }}")
        for graph, entity, name in sorted(answer):
            pieces.setdefault(graph, {"types": [], "labels": [], "aliases": [], "keys": []})[section] += (entity, name)
    _, answer = store.select_rows("SELECT {} WHERE {{ {} }}".format(*_SECTIONS["types"]))
    typed = {"types": [value for row in answer for value in row], "labels": [], "aliases": [], "keys": []}
    return [("", typed), *sorted(pieces.items())]


def _read_names(store, graphs: list) -> dict[str, dict[str, list[str]]]:
    pieces = read_sections(store, graphs, _SECTIONS)
    # Rows in order, whichever way the store read them: an entity is shown by its first name.
    for piece in pieces.values():
        for section in ("labels", "aliases"):
            piece[section] = [value for row in sorted(rows(piece[section], 2)) for value in row]
        names = dict.fromkeys([*piece["labels"][1::2], *piece["aliases"][1::2]])
        piece["keys"] = [value for name in names for value in (name, name_key(name))]
    return pieces


def spelling_groups(neighbours: dict[str, set[str]]) -> dict[str, str]:
    """Spelling -> the first spelling of its group: spellings of one :func:`name_key` are
    grouped when they share a neighbour key, directly or through other spellings of the key.

    *neighbours* maps each spelling of a source (stripped, in the order the source met them)
    to the keys of the names it shares a relation with. Groups do not depend on the order of
    rows beyond which spelling names the group.

    >>> spelling_groups({"Kiwi": {"sv angel"}, "Kiwi Inc.": {"sequoia"}, "KIWI": {"sequoia", "sv angel"},
    ...                  "Spire": {"hearst"}, "Spire Inc.": {"rock health"}})["Kiwi Inc."]
    'Kiwi'
    >>> spelling_groups({"Spire": {"hearst"}, "Spire Inc.": {"rock health"}})
    {'Spire': 'Spire', 'Spire Inc.': 'Spire Inc.'}
    """
    parent = {spelling: spelling for spelling in neighbours}
    order = {spelling: number for number, spelling in enumerate(neighbours)}

    def root(spelling: str) -> str:
        while parent[spelling] != spelling:
            parent[spelling] = parent[parent[spelling]]
            spelling = parent[spelling]
        return spelling

    by_key: dict[str, list[str]] = defaultdict(list)
    for spelling in neighbours:
        if is_meaningful_name(spelling):
            by_key[name_key(spelling)].append(spelling)
    for spellings in by_key.values():
        if len(spellings) < 2:
            continue
        first_with: dict[str, str] = {}
        for spelling in spellings:
            for neighbour in neighbours[spelling]:
                other = first_with.setdefault(neighbour, spelling)
                a, b = root(other), root(spelling)
                if a != b:
                    # The earlier spelling names the group, whatever order they join in.
                    parent[max(a, b, key=order.__getitem__)] = min(a, b, key=order.__getitem__)
    return {spelling: root(spelling) for spelling in neighbours}


@dataclass
class Resolved:
    """The entity a name resolved to; ``new`` when this import creates it."""

    iri: str
    label: str
    cls: str
    new: bool
    variants: set[str] = field(default_factory=set)


class Resolver:
    """Maps raw names to entity IRIs; see the module docstring for the order of tries.

    >>> r = Resolver({"https://w3id.org/kg/id/china": ["China", "PRC"]})
    >>> r.resolve("prc", "Country").iri
    'https://w3id.org/kg/id/china'
    >>> a, b = r.resolve("Acme Inc.", "Company"), r.resolve("ACME", "Company")
    >>> a is b, a.new, sorted(a.variants)
    (True, True, ['ACME', 'Acme Inc.'])
    >>> r.resolve("????", "Company")
    Traceback (most recent call last):
    kg.errors.IngestError: not a name: '????'

    With a source's neighbours, spellings that share none stay apart:

    >>> r = Resolver(neighbours={"Kiwi": {"under n d a"}, "Kiwi Inc.": {"sequoia"}, "KIWI": {"sequoia"}})
    >>> [r.resolve(n, "Company").iri.rsplit("/", 1)[1] for n in ("Kiwi", "Kiwi Inc.", "KIWI")]
    ['kiwi', 'kiwi-inc', 'kiwi-inc']
    """

    def __init__(
        self,
        known: dict[str, list[str]] | None = None,
        *,
        apart: set[frozenset[str]] | None = None,
        canonical: dict[str, str] | None = None,
        neighbours: dict[str, set[str]] | None = None,
        known_neighbours: dict[str, set[str]] | None = None,
    ) -> None:
        self._apart = apart or set()
        self._canonical = canonical or {}
        # None: no rows to read, names alone decide (the module docstring).
        self._neighbours = neighbours
        self._groups = spelling_groups(neighbours) if neighbours is not None else {}
        self._members: dict[str, list[str]] = defaultdict(list)
        for spelling, group in self._groups.items():
            self._members[group].append(spelling)
        self._known_neighbours = known_neighbours or {}
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._known_labels: dict[str, str] = {}
        self._known_names: dict[str, set[str]] = {}
        for iri, names in (known or {}).items():
            self._known_labels[iri] = names[0] if names else iri
            self._known_names[iri] = set(names)
            for name in names:
                if not is_meaningful_name(name):
                    continue  # a stored "????" must not catch every other non-name
                self._exact[name].add(iri)
                self._by_key[name_key(name)].add(iri)
        self._taken = set(self._known_labels)
        self._created: dict[str, Resolved] = {}
        self._known_hits: dict[str, Resolved] = {}
        self._cache: dict[tuple[str, str], Resolved] = {}

    @classmethod
    def from_store(
        cls, store, *, replacing: str | None = None, neighbours: dict[str, set[str]] | None = None,
    ) -> Resolver:
        """A resolver knowing every entity of *store* typed in kg's ontology by the labels
        and aliases named graphs give it (:func:`name_pieces`, cached graph by graph),
        except names that only the graph *replacing* gives: that graph is about to be
        rewritten, so what it defines must be defined again.

        With *neighbours* (the source's, see the module docstring), the store's neighbours
        of the entities some spelling equals only by key are read too, from every graph but
        *replacing*."""
        pieces = name_pieces(store)
        typed = {entity for _, piece in pieces for entity in piece["types"][::2]}
        judgements = read_judgements(store)
        canonical = canonical_map(judgements)
        known: dict[str, list[str]] = defaultdict(list)
        named = [piece for graph, piece in pieces if graph and graph != replacing]
        # Labels first: the first name of an entity is the one it is shown by, and a
        # merged cluster is shown by its canonical entity's own label.
        for section in ("labels", "aliases"):
            for members in (False, True):
                for piece in named:
                    for iri, name in rows(piece[section], 2):
                        if iri in typed and (iri in canonical) is members:
                            target = canonical.get(iri, iri)
                            if name not in known[target]:
                                known[target].append(name)
        apart = {
            frozenset(canonical.get(iri, iri) for iri in judgement.pair)
            for judgement in judgements if judgement.kind == "different" and judgement.withdrawn is None
        }
        resolver = cls(known, apart=apart, canonical=canonical, neighbours=neighbours)
        if neighbours is not None:
            resolver._known_neighbours = _stored_neighbours(
                store, resolver._key_only_targets(), canonical, replacing,
            )
        return resolver

    def resolve(self, raw: str, cls: str) -> Resolved:
        """The entity *raw* names; *cls* is the class a new entity gets.

        Raises :class:`~kg.errors.IngestError` for a junk name: it names no entity.
        """
        if not is_meaningful_name(raw):
            raise IngestError(f"not a name: {raw!r}")
        cached = self._cache.get((raw, cls))
        if cached is not None:
            cached.variants.add(raw)
            return cached
        result = self._resolve(raw.strip(), cls)
        result.variants.add(raw)
        self._cache[(raw, cls)] = result
        return result

    def _resolve(self, name: str, cls: str) -> Resolved:
        exact = self._exact.get(name, set())
        if len(exact) == 1 and not self._judged_apart(name, next(iter(exact))):
            return self._known(next(iter(exact)), cls)
        key = name_key(name)
        by_key = self._by_key.get(key, set())
        if len(by_key) == 1 and len(exact) == 0:
            iri = next(iter(by_key))
            if self._vouched(name, iri) and not self._judged_apart(name, iri):
                return self._known(iri, cls)
        if self._neighbours is None:
            # Names alone: a key known entities share stays unresolvable.
            group = key if not by_key else None
        else:
            group = f"{key}\x1f{self._groups.get(name, name)}"
        if group is not None and group in self._created:
            return self._created[group]
        return self._create(name, group, cls)

    def _key_only_targets(self) -> set[str]:
        """The known entities some spelling of the source equals by key only: those whose
        neighbours in the store decide the link."""
        targets = set()
        for spelling in self._groups:
            if is_meaningful_name(spelling) and not self._exact.get(spelling):
                by_key = self._by_key.get(name_key(spelling), set())
                if len(by_key) == 1:
                    targets |= by_key
        return targets

    def _vouched(self, name: str, iri: str) -> bool:
        """Whether evidence beyond the key joins *name* to the known entity *iri*: none is
        asked without the source's neighbours; else the name's spelling group shares a
        neighbour with *iri* in the store, or another spelling of the group is its exact name."""
        if self._neighbours is None:
            return True
        members = self._members.get(self._groups.get(name, name), [name])
        if any(self._exact.get(member) == {iri} for member in members):
            return True
        # A neighbour of the name's own key says nothing (a fund investing in its namesake).
        stored = self._known_neighbours.get(iri, set()) - {name_key(name)}
        return any(stored & self._neighbours.get(member, set()) for member in members)

    def _judged_apart(self, name: str, iri: str) -> bool:
        """Whether a standing not-same judgement forbids resolving *name* to *iri*.

        Re-importing a table forgets what its previous import made (its graph is replaced),
        so a name that import had made its own entity of would now resolve by key to an
        entity someone has since judged different from that one: the judgement would be
        undone without a word. The entity a name makes is named after it, so the name keeps
        its own entity when that one and *iri* (each read as its merged cluster) were judged
        different.
        """
        own = str(entity_iri(name))
        return frozenset((self._canonical.get(own, own), iri)) in self._apart

    def _known(self, iri: str, cls: str) -> Resolved:
        if iri not in self._known_hits:
            self._known_hits[iri] = Resolved(iri, self._known_labels[iri], cls, new=False)
        return self._known_hits[iri]

    def _create(self, name: str, group: str | None, cls: str) -> Resolved:
        base = str(entity_iri(name))
        iri, n = base, 1
        while iri in self._taken:
            n += 1
            iri = f"{base}-{n}"
        self._taken.add(iri)
        created = Resolved(iri, name, cls, new=True)
        if group is not None:
            self._created[group] = created
        return created

    def created(self) -> list[Resolved]:
        """Entities this import creates, in creation order."""
        seen: dict[str, Resolved] = {}
        for resolved in self._cache.values():
            if resolved.new:
                seen.setdefault(resolved.iri, resolved)
        return list(seen.values())

    def reused(self) -> list[Resolved]:
        """Existing entities this import refers to."""
        return list(self._known_hits.values())

    def known(self) -> dict[str, tuple[str, frozenset[str]]]:
        """The stored entities this resolver can link to: IRI -> (label, names)."""
        return {iri: (label, frozenset(self._known_names[iri])) for iri, label in self._known_labels.items()}

    def new_aliases(self, resolved: Resolved) -> set[str]:
        """Names this import met for *resolved* that the graph does not know it by yet."""
        return resolved.variants - self._known_names.get(resolved.iri, set()) - {resolved.label}


def _stored_neighbours(store, targets: set[str], canonical: dict[str, str], replacing: str | None) -> dict[str, set[str]]:
    """The keys of the names of the entities each of *targets* (or a member merged into it)
    is related to by a relation of the ontology in *store*, outside the graph *replacing*."""
    if not targets:
        return {}
    members: dict[str, set[str]] = defaultdict(set)
    for iri in targets:
        members[iri].add(iri)
    for member, target in canonical.items():
        if target in members:
            members[target].add(member)
    owner = {member: target for target, group in members.items() for member in group}
    relations = " ".join(f"<{relation.iri}>" for relation in load_ontology().relations.values())
    outside = f"FILTER(?g != <{replacing}> && ?h != <{replacing}>)" if replacing else ""
    found: dict[str, set[str]] = defaultdict(set)
    entities = sorted(owner)
    for start in range(0, len(entities), 200):
        values = " ".join(f"<{iri}>" for iri in entities[start:start + 200])
        _, answer = store.select_rows(
            f"SELECT DISTINCT ?e ?name WHERE {{ VALUES ?e {{ {values} }} VALUES ?p {{ {relations} }} "
            f"{{ GRAPH ?g {{ ?e ?p ?n }} }} UNION {{ GRAPH ?g {{ ?n ?p ?e }} }} "
            f"GRAPH ?h {{ ?n <{RDFS.label}>|<{SKOS.altLabel}> ?name }} {outside} }}"
        )
        for iri, name in answer:
            if is_meaningful_name(name):
                found[owner[iri]].add(name_key(name))
    return dict(found)
