"""The projection's join kept on disk and patched graph by graph.

:func:`joined_projection` keeps the join of :mod:`kg.analysis.joined` in a file beside the
pieces. When graphs were written since it was made, the join is patched rather than made
again: the things the written graphs said before and say now (entities, statements, direct
triples, sources, read from their old and new pieces) are read again from the whole store,
a few hundred at a time, and only their nodes and edges are replaced. The cost follows the
graphs written (and how connected what they name is), not the store. A join that cannot be
patched (a replaced piece gone, blank nodes, a very big write) is made again from every
piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Literal

from kg.analysis.joined import LINKS, PIECE_KIND, Joined, Shape, direct_edge, is_stated, join_pieces, least_values, statement_edges
from kg.ids import local_name
from kg.namespaces import RDF
from kg.sparql import term_to_sparql
from kg.store.pieces import ACTIVITY, graph_pieces, join_plan, read_behind, rows, saved_behind

__all__ = ["joined_projection"]

#: Values in the written graphs' old and new pieces above which joining every piece again
#: costs less than patching (a re-imported table, a store written by another program).
_PATCH_VALUES = 200_000
_PATCH_BYTES = 8_000_000  # the same, roughly, in the pieces' files: judged before reading them
_PER_QUERY = 300
# A join patched with at most this many graphs, holding this many values in all, is not
# written back.
_PATCHES_KEPT_GRAPHS = 16
_PATCHES_KEPT_VALUES = 40_000
# An IRI SPARQL can hold between < and >; anything else (a blank node's label, a literal
# read where an IRI was expected) cannot be asked about by name, and the join is remade.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")


def joined_projection(store, shape: Shape, build: Callable, *, write_back: bool = False) -> Joined | None:
    """The join of *store*'s pieces, kept on disk and patched with the graphs written
    since (see the module docstring); None for a store whose pieces are not kept on disk.
    *build* reads the pieces of a list of graphs (as for :func:`graph_pieces`).

    The join is written back when that pays: when it was made from pieces all read from
    the cache, or patched with many graphs; with *write_back*, whenever it changed."""
    kind = PIECE_KIND
    plan = join_plan(store, kind, shape.version)
    if plan is None:
        return None
    changed = plan.changed()
    joined = Joined.from_body(plan.join.body, shape) if plan.join is not None else None
    if joined is not None and not changed:
        ACTIVITY.joins.append((kind, "read"))
        return joined
    patched = None
    if joined is not None and plan.changed_bytes(changed) <= _PATCH_BYTES:
        patched = _patched(joined, store, shape, plan, changed, build)
    if patched is None:
        # Pieces built now were read from the store this very moment: a process that
        # starts cold leaves the join to the next one, which finds them cached.
        cold = plan.missing()
        # The pieces built are joined as they are read, and written to disk once read.
        with saved_behind(), read_behind() as ready:
            pieces = graph_pieces(store, kind, shape.version, build)
            joined = join_pieces([piece for _, piece in pieces], shape, ready)
        ACTIVITY.joins.append((kind, "made"))
        worth_writing = not cold
    else:
        ACTIVITY.joins.append((kind, "patched"))
        # Writing the join back costs about as much as reading it: a few articles ingested
        # since are patched in by each reader until enough have piled up (the replaced
        # pieces stay on disk until then).
        worth_writing = len(changed) > _PATCHES_KEPT_GRAPHS or patched > _PATCHES_KEPT_VALUES
    if worth_writing or write_back:
        plan.save(joined.body(shape))
    return joined


def _patched(joined: Joined, store, shape: Shape, plan, changed: list[str], build: Callable) -> int | None:
    """Patch *joined* with the *changed* graphs: the values of their old and new pieces,
    or None (and *joined* unusable) when it cannot be patched."""
    olds = [plan.old_piece(name) for name in changed]
    if any(piece is None for piece in olds):
        return None
    news = [plan.new_piece(name, build) for name in changed]
    size = sum(len(values) for piece in [*olds, *news] for values in piece.values())
    if size > _PATCH_VALUES:
        return None
    touched = _Touched.of([*olds, *news])
    if not touched.askable():
        return None
    _Patch(joined, store, shape, touched).run()
    return size


@dataclass
class _Touched:
    """What the written graphs said before and say now."""

    entities: set[str]
    statements: set[str]
    triples: set[tuple[str, str, str]]
    sources: set[str]

    @classmethod
    def of(cls, pieces: list[dict]) -> _Touched:
        touched = cls(set(), set(), set(), set())
        for piece in pieces:
            for section, flat in piece.items():
                if section.startswith("type "):
                    touched.entities.update(flat)
                elif section == "labels":
                    touched.entities.update(flat[0::2])
                elif section.startswith(("link ", "qualifier ")):
                    touched.statements.update(flat[0::2])
                elif section == "direct":
                    touched.triples.update(rows(flat, 3))
                elif section == "sources":
                    touched.sources.update(flat)
                elif section in ("titles", "issued"):
                    touched.sources.update(flat[0::2])
        return touched

    def askable(self) -> bool:
        names = [*self.entities, *self.statements, *self.sources, *(t for triple in self.triples for t in triple)]
        return all(_IRI.fullmatch(name) for name in names)


class _Patch:
    """One patch of a join: the touched things read again from the whole store."""

    def __init__(self, joined: Joined, store, shape: Shape, touched: _Touched) -> None:
        self.joined, self.store, self.shape, self.touched = joined, store, shape, touched
        self.sections = shape.sections()

    def run(self) -> None:
        joined, shape = self.joined, self.shape
        joined.ordered = False  # what is added goes at the end: sorted again when built
        ends: set[str] = set(self.touched.entities)
        # Statements: each one's edge as the whole store now has it. A statement's edge is
        # keyed by the statement: one pass over the keys, no index of every edge built.
        touched = self.touched.statements
        recheck = set(self.touched.triples)
        for edge in [edge for edge in joined.edges if edge[2] in touched]:
            attributes = joined.edges[edge]
            if attributes["statement"] is not None:
                del joined.edges[edge]
                recheck.add((edge[0], shape.by_name[attributes["relation"]], edge[1]))
                ends.update(edge[:2])
        statements = self._statements(sorted(self.touched.statements))
        for st, (s, p, o, attributes) in statements.items():
            recheck.add((s, p, o))
            if attributes.get("candidate") is not True:
                joined.edges[(s, o, st)] = attributes
                ends.update((s, o))
        # Direct triples whose edge may have come or gone: written, or stated or no longer.
        recheck |= {(o, p, s) for s, p, o in recheck if p in shape.relations and shape.relations[p].symmetric}
        recheck = {triple for triple in recheck if triple[1] in shape.relations}
        stated = self._stated(recheck)
        present = self._present(recheck)
        for s, p, o in recheck:
            key, attributes = direct_edge(shape, s, p, o)
            if (s, p, o) in present and not is_stated(stated, shape, s, p, o):
                joined.edges.setdefault(key, attributes)
                ends.update((s, o))
            elif key in joined.edges and joined.edges[key]["statement"] is None:
                del joined.edges[key]
                ends.update((s, o))
        self._nodes(ends)
        self._sources()

    def _select(self, section: str, keys: Iterable[str]) -> list[tuple[str, ...]]:
        """The rows of *section* (see :meth:`Shape.sections`) whose first variable is one
        of *keys*, over the whole store."""
        variables, pattern = self.sections[section]
        key = variables.split()[0]
        keys = sorted(keys)
        found: list[tuple[str, ...]] = []
        for start in range(0, len(keys), _PER_QUERY):
            values = " ".join(f"<{k}>" for k in keys[start:start + _PER_QUERY])
            _, answer = self.store.select_rows(f"SELECT {variables} WHERE {{ VALUES {key} {{ {values} }} {pattern} }}")
            found += answer
        ACTIVITY.rows_read += sum(len(row) for row in found)
        return found

    def _least(self, section: str, keys: Iterable[str]) -> dict[str, str]:
        return least_values([{section: [value for row in self._select(section, keys) for value in row]}], section)

    def _types(self, entities: Iterable[str]) -> list[tuple[str, str]]:
        """Rows (entity, class) of the types of *entities*, over the whole store: one query
        per few hundred entities, not one per class of the ontology."""
        keys = sorted(entities)
        found: list[tuple[str, str]] = []
        for start in range(0, len(keys), _PER_QUERY):
            values = " ".join(f"<{k}>" for k in keys[start:start + _PER_QUERY])
            # A class is an IRI (a type's section names it); the predicate stays a constant,
            # as a VALUES of predicates beside the entities' made Oxigraph scan the store.
            _, answer = self.store.select_rows(
                f"SELECT ?e ?t WHERE {{ VALUES ?e {{ {values} }} ?e <{RDF.type}> ?t FILTER(isIRI(?t)) }}"
            )
            found += answer
        ACTIVITY.rows_read += sum(len(row) for row in found)
        return found

    def _statements(self, statements: list[str]) -> dict:
        if not statements:
            return {}
        links = [self._least(f"link {name}", statements) for name, _ in LINKS]
        qualifiers = {iri: self._least(f"qualifier {iri}", statements) for iri in self.shape.qualifiers}
        return statement_edges(self.shape, links, qualifiers)

    def _stated(self, triples: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Which of *triples* (s, p, o) an edge of a statement of relation p from s to o
        stands for: one pass over the join's edges, looking only at those between the
        triples' ends."""
        ends = {end for s, _, o in triples for end in (s, o)}
        by_name = self.shape.by_name
        found = set()
        for (u, v, _), attributes in self.joined.edges.items():
            if u in ends and v in ends and attributes["statement"] is not None:
                found.add((u, by_name[attributes["relation"]], v))
        return found & triples

    def _present(self, triples: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Which of *triples* (direct relations) the store holds, compared as the pieces
        hold them (strings: an object written as a literal counts by its text)."""
        ordered = sorted(triples)
        found: list[tuple[str, ...]] = []
        for start in range(0, len(ordered), _PER_QUERY):
            part = ordered[start:start + _PER_QUERY]
            iris = " ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in part)
            texts = " ".join(f"(<{s}> <{p}> {term_to_sparql(Literal(o))})" for s, p, o in part)
            _, answer = self.store.select_rows(
                f"SELECT ?s ?p ?o WHERE {{ {{ VALUES (?s ?p ?o) {{ {iris} }} ?s ?p ?o }} UNION "
                f"{{ VALUES (?s ?p ?text) {{ {texts} }} ?s ?p ?object FILTER(isLiteral(?object) && STR(?object) = ?text) "
                f"BIND(?text AS ?o) }} }}"
            )
            found += answer
        ACTIVITY.rows_read += sum(len(row) for row in found)
        return set(found) & triples

    def _nodes(self, entities: set[str]) -> None:
        joined, shape = self.joined, self.shape
        if not entities:
            return
        rank = {iri: n for n, iri in enumerate(shape.by_depth)}
        best: dict[str, str] = {}
        for entity, iri in self._types(entities):
            if iri in rank and (entity not in best or rank[iri] < rank[best[entity]]):
                best[entity] = iri
        labels = self._least("labels", best)
        # Whether an untyped entity is still an edge's end: looked for only when there is one.
        untyped = entities - best.keys()
        linked = {end for u, v, _ in joined.edges for end in (u, v) if end in untyped} if untyped else set()
        for entity in entities:
            if entity in best:
                joined.nodes[entity] = {"label": labels.get(entity) or local_name(entity), "cls": shape.classes[best[entity]].name}
            elif entity in linked:
                joined.nodes[entity] = {"label": local_name(entity), "cls": ""}
            else:
                joined.nodes.pop(entity, None)

    def _sources(self) -> None:
        touched = self.touched.sources
        if not touched:
            return
        present = {source for (source,) in self._select("sources", touched)}
        titles, issued = self._least("titles", present), self._least("issued", present)
        for source in touched:
            if source in present:
                self.joined.sources[source] = {"title": titles.get(source, ""), "issued": issued.get(source, "")}
            else:
                self.joined.sources.pop(source, None)
