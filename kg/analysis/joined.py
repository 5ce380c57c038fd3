"""The projection's join: per-graph pieces into nodes and edges.

:func:`join_pieces` joins pieces (:mod:`kg.store.pieces`) into a :class:`Joined`: nodes,
edges and sources before the merges users judged are folded in. Keeping the join on disk
and patching it graph by graph is :mod:`kg.analysis.join_patches`'.

Nodes and edges are in a canonical order (by IRI; edges by ends and key), so that a
patched join and one made from scratch are the same graph in the same order, and the
analyses whose ties follow that order (sampled betweenness, communities) answer alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from kg.ids import local_name
from kg.namespaces import DCTERMS, KG, PROV, RDF, RDFS, XSD
from kg.ontology import Ontology
from kg.store.pieces import rows

if TYPE_CHECKING:
    # Imported where the graph is made: a write builds pieces and needs none.
    import networkx as nx

__all__ = ["LINKS", "PIECE_KIND", "Joined", "Shape", "direct_edge", "is_stated", "join_pieces", "least_values", "qualifier_value",
           "statement_edges"]

_NUMERIC = {str(XSD.decimal), str(XSD.integer), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)
_INTEGER = str(XSD.integer)
_STATEMENT_LINKS = {"subject", "relation", "object"}
LINKS = (("s", KG.subject), ("p", KG.relation), ("o", KG.object), ("src", PROV.wasDerivedFrom))
_PIECE_FORMAT = 3  # bump when what a piece (or a join kept on disk) holds changes; 3: xsd:integer as ints
#: The kind of the projection's pieces (see :mod:`kg.store.pieces`).
PIECE_KIND = "projection"
_JOIN_FORMAT = 2  # bump when the join kept on disk is written otherwise (2: edge ends by node index)
_FIXED = ("relation", "label", "strength", "statement", "source")


class Shape:
    """What the ontology says the projection reads: classes deepest first, direct
    relations and qualifiers by IRI."""

    def __init__(self, ontology: Ontology) -> None:
        self.classes = {str(c.iri): c for c in ontology.entity_classes()}
        self.relations = {str(r.iri): r for r in ontology.direct_relations()}
        self.by_name = {r.name: iri for iri, r in self.relations.items()}
        self.qualifiers = {
            str(q.iri): q for q in ontology.qualifiers.values() if q.name not in _STATEMENT_LINKS
        }
        # An entity keeps the first class it is found in: the order is the ontology's
        # most specific first, so that it keeps the class Ontology.most_specific picks.
        self.by_depth = list(self.classes)
        described = "|".join([*self.by_depth, *sorted(self.relations), *sorted(self.qualifiers)])
        self.version = f"{_PIECE_FORMAT}:{hashlib.sha256(described.encode()).hexdigest()[:16]}"

    def sections(self) -> dict[str, tuple[str, str]]:
        """Section name -> (variables, pattern) of the single-pattern SELECTs read."""
        values = " ".join(f"<{iri}>" for iri in self.relations)
        return {
            **{f"type {iri}": ("?e", f"?e <{RDF.type}> <{iri}>") for iri in self.by_depth},
            "labels": ("?e ?label", f"?e <{RDFS.label}> ?label"),
            **{f"link {name}": ("?st ?x", f"?st <{predicate}> ?x") for name, predicate in LINKS},
            **{f"qualifier {iri}": ("?st ?v", f"?st <{iri}> ?v") for iri in self.qualifiers},
            "direct": ("?s ?p ?o", f"VALUES ?p {{ {values} }} ?s ?p ?o"),
            "sources": ("?source", f"?source <{RDF.type}> <{KG.Source}>"),
            "titles": ("?source ?title", f"?source <{DCTERMS.title}> ?title"),
            "issued": ("?source ?issued", f"?source <{DCTERMS.issued}> ?issued"),
        }

    def reads(self) -> dict:
        """The same sections as the store is best asked for them (see
        :data:`kg.store.pieces.Section`): a statement's relation and a direct triple's
        predicate one relation at a time, so that the store does not decode the relation
        on every row (a sixth of the terms of a cold read); statements first, so that
        joining them (most of a join) can start while the rest is read."""
        sections = self.sections()
        first = [f"link {name}" for name, _ in LINKS] + [f"qualifier {iri}" for iri in self.qualifiers]
        reads = {section: sections[section] for section in first} | sections
        others = ", ".join(f"<{iri}>" for iri in self.relations)
        relation = f"<{KG.relation}>"
        reads["link p"] = [
            *(("?st", f"?st {relation} <{iri}>", ((1, iri),)) for iri in self.relations),
            ("?st ?x", f"?st {relation} ?x FILTER(?x NOT IN ({others}))", ()),
        ]
        reads["direct"] = [("?s ?o", f"?s <{iri}> ?o", ((1, iri),)) for iri in self.relations]
        return reads


@dataclass
class Joined:
    """The projection before merges are folded in: node IRI -> attributes, (u, v, key) ->
    edge attributes, source IRI -> title and issued date."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)
    sources: dict[str, dict] = field(default_factory=dict)
    #: Whether nodes and edges are already in canonical order (as read back from disk).
    ordered: bool = False

    def graph(self) -> nx.MultiDiGraph:
        """The MultiDiGraph, nodes and edges in canonical order."""
        graph = _multidigraph(*self._in_order())
        graph.graph["sources"] = {source: self.sources[source] for source in sorted(self.sources)}
        return graph

    def body(self, shape: Shape) -> dict:
        """Plain JSON data of the join, in canonical order: nodes as flat rows (IRI, label,
        class); edges as rows (u, v, key, relation, whether the key is a statement, index
        of the source, qualifiers), their ends by node index; labels and strengths of
        relations come from the ontology. The join is kept in that order, so that the
        graph made of it next is not sorted again."""
        nodes, edges = self._in_order()
        if not self.ordered:
            self.nodes, self.edges, self.ordered = nodes, dict(edges), True
        index = {iri: n for n, iri in enumerate(nodes)}
        flat = [value for iri, a in nodes.items() for value in (iri, a["label"], a["cls"])]
        origins: dict[str | None, int] = {}
        edge_rows = []
        for (u, v, key), a in edges:
            qualifiers = {k: x for k, x in a.items() if k not in _FIXED}
            edge_rows.append([
                index[u], index[v], key, a["relation"], int(a["statement"] is not None),
                origins.setdefault(a["source"], len(origins)), qualifiers,
            ])
        return {"shape": f"{_JOIN_FORMAT}|{shape.version}", "nodes": flat, "edges": edge_rows, "origins": list(origins), "sources": self.sources}

    def _in_order(self) -> tuple[dict[str, dict], Iterable[tuple[tuple[str, str, str], dict]]]:
        """Nodes (IRI -> attributes) and edges ((u, v, key), attributes) in canonical order."""
        if self.ordered:
            return self.nodes, self.edges.items()
        nodes = {iri: self.nodes[iri] for iri in sorted(self.nodes)}
        # Sorted by key alone (keys are unique): a third faster than sorting the keys and
        # looking each one's attributes up again.
        return nodes, sorted(self.edges.items(), key=itemgetter(0))

    @classmethod
    def from_body(cls, body: dict, shape: Shape) -> Joined | None:
        """The join kept as *body*, or None when it is not one of this shape."""
        if body.get("shape") != f"{_JOIN_FORMAT}|{shape.version}":
            return None
        try:
            nodes = {iri: {"label": label, "cls": cls_} for iri, label, cls_ in rows(body["nodes"], 3)}
            order = body["nodes"][0::3]
            origins = body["origins"]
            relations = {name: shape.relations[iri] for name, iri in shape.by_name.items()}
            edges = {}
            for u, v, key, name, stated, origin, qualifiers in body["edges"]:
                relation = relations[name]
                edges[(order[u], order[v], key)] = {
                    "relation": name, "label": relation.label, "strength": relation.strength,
                    "statement": key if stated else None, "source": origins[origin], **qualifiers,
                }
            sources = {str(s): {"title": d["title"], "issued": d["issued"]} for s, d in body["sources"].items()}
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None
        return cls(nodes, edges, sources, ordered=True)


def qualifier_value(value: str, datatype: str) -> object:
    """A qualifier's lexical form as the projection holds it: integers as ints (an evidence
    offset is a position: 2998, not 2998.0), other numbers as floats, booleans as bools,
    the rest as written."""
    if datatype == _INTEGER:
        try:
            return int(value)
        except ValueError:
            pass  # an ill-typed integer ("1.5") is read as the number it spells, below
    if datatype in _NUMERIC:
        try:
            return float(value)
        except ValueError:
            return value
    if datatype == _BOOLEAN:
        return value in ("true", "1")
    return value


# -- joining pieces ----------------------------------------------------------------------


def least_values(pieces: list[dict], section: str) -> dict[str, str]:
    """Key -> value of a two-column *section* across pieces, the least value where a key
    has several (so that the order pieces are read in does not matter)."""
    result: dict[str, str] = {}
    for piece in pieces:
        flat = piece.get(section, [])
        part = dict(rows(flat, 2))  # in C; most keys have one value
        if 2 * len(part) != len(flat):  # a key given twice within the piece
            part = {}
            for key, value in rows(flat, 2):
                if key not in part or value < part[key]:
                    part[key] = value
        if not result:
            result = part
            continue
        for key in part.keys() & result.keys():
            if result[key] < part[key]:
                part[key] = result[key]
        result.update(part)
    return result


def statement_edges(shape: Shape, links: list[dict[str, str]], qualifiers: dict[str, dict[str, str]]) -> dict:
    """Statement IRI -> (s, p, o, edge attributes) for each statement whose relation is a
    direct relation of the ontology and whose object is known; *links* are the subjects,
    relations, objects and sources by statement, *qualifiers* the values by qualifier IRI."""
    subjects, predicates, objects, origins = links
    # Looked up once per relation rather than once per statement (tens of thousands).
    described = {iri: (r.name, r.label, r.strength) for iri, r in shape.relations.items()}
    stated: dict[str, tuple[str, str, str, dict]] = {}
    for st, s in subjects.items():
        p = predicates.get(st)
        o = objects.get(st)
        if o is not None and p in described:
            name, label, strength = described[p]
            stated[st] = (s, p, o, {
                "relation": name, "label": label, "strength": strength, "statement": st, "source": origins.get(st) or None,
            })
    for iri, qualifier in shape.qualifiers.items():
        values = qualifiers.get(iri)
        if not values:
            continue
        name = qualifier.name
        for st, value in _qualifier_values(values, str(qualifier.range)).items():
            found = stated.get(st)
            if found is not None:
                found[3][name] = value
    return stated


def _qualifier_values(values: dict[str, str], datatype: str) -> dict[str, object]:
    """*values* (statement -> lexical form) as :func:`qualifier_value` reads them: a column
    of numbers is converted by ``map`` in C, value by value only when one is ill-typed."""
    if datatype not in _NUMERIC and datatype != _BOOLEAN:
        return values
    if datatype != _BOOLEAN:
        try:
            return dict(zip(values, map(int if datatype == _INTEGER else float, values.values())))
        except ValueError:
            pass  # an ill-typed value: qualifier_value says what each one becomes
    return {st: qualifier_value(value, datatype) for st, value in values.items()}


def direct_edge(shape: Shape, s: str, p: str, o: str) -> tuple[tuple[str, str, str], dict]:
    relation = shape.relations[p]
    return (s, o, relation.name), {
        "relation": relation.name, "label": relation.label, "strength": relation.strength,
        "statement": None, "source": None,
    }


def is_stated(stated: set, shape: Shape, s: str, p: str, o: str) -> bool:
    return (s, p, o) in stated or (o, p, s) in stated and shape.relations[p].symmetric


def join_pieces(pieces: list[dict], shape: Shape, ready: Callable[[list[str]], None] | None = None) -> Joined:
    """The join of *pieces* (each a dict of flat sections, see :meth:`Shape.sections`).
    For pieces still being read (:func:`kg.store.pieces.read_behind`), *ready* is given
    the sections each step needs before it reads them: statements first, which are most
    of the join, then entities, direct triples and sources, the order of :meth:`Shape.reads`."""
    ready = ready or _already_read
    ready([f"link {name}" for name, _ in LINKS] + [f"qualifier {iri}" for iri in shape.qualifiers])
    links = [least_values(pieces, f"link {name}") for name, _ in LINKS]
    statements = statement_edges(shape, links, {iri: least_values(pieces, f"qualifier {iri}") for iri in shape.qualifiers})
    joined = Joined()
    edges = joined.edges
    stated: set[tuple[str, str, str]] = set()
    for st, (s, p, o, attributes) in statements.items():
        if attributes.get("candidate") is True:
            # A candidate proposes a fact the store does not hold (it has no direct triple);
            # as an edge it would count in every analysis as if it did.
            continue
        edges[(s, o, st)] = attributes
        stated.add((s, p, o))
    ready([*(f"type {iri}" for iri in shape.by_depth), "labels"])
    best: dict[str, str] = {}  # entity -> the name of its class
    for iri in reversed(shape.by_depth):  # the deepest class last: it is the one kept
        name = shape.classes[iri].name
        for piece in pieces:
            best.update(dict.fromkeys(piece.get(f"type {iri}", ()), name))
    labels = least_values(pieces, "labels")
    joined.nodes = {entity: {"label": labels.get(entity) or local_name(entity), "cls": name} for entity, name in best.items()}
    ready(["direct"])
    # Most direct triples are stated: set difference (in C) leaves the few that are not.
    # Their order does not matter: an edge is keyed by its triple, and edges are sorted.
    direct: set[tuple[str, str, str]] = set()
    for piece in pieces:
        direct.update(rows(piece.get("direct", []), 3))
    for s, p, o in direct.difference(stated):
        if not is_stated(stated, shape, s, p, o):
            key, attributes = direct_edge(shape, s, p, o)
            edges.setdefault(key, attributes)
    ends = set(map(itemgetter(0), edges))
    ends.update(map(itemgetter(1), edges))
    for end in ends.difference(joined.nodes):
        joined.nodes[end] = {"label": local_name(end), "cls": ""}
    ready(["sources", "titles", "issued"])
    titles, issued = least_values(pieces, "titles"), least_values(pieces, "issued")
    for piece in pieces:
        for source in piece.get("sources", ()):
            joined.sources[source] = {"title": titles.get(source, ""), "issued": issued.get(source, "")}
    return joined


def _already_read(sections: list[str]) -> None:
    """The *ready* of pieces read whole before they are joined: nothing to wait for."""


def _multidigraph(nodes: dict[str, dict], edges: Iterable[tuple[tuple[str, str, str], dict]]) -> nx.MultiDiGraph:
    """The MultiDiGraph of *nodes* (IRI -> attributes) and *edges* ((u, v, key), attributes;
    both ends among *nodes*, keys unique per pair, attribute dicts not shared).

    networkx's add_edges_from checks and copies every edge, half the time of a join; these
    are fresh and checked, so they go straight into its own dicts, as MultiDiGraph.add_edge
    leaves them: node -> attributes, successors and predecessors sharing one dict of keys
    per pair (tests compare the result with one built through add_edges_from).

    >>> G = _multidigraph({"a": {}, "b": {}}, [(("a", "b", "k"), {"w": 1})])
    >>> list(G.edges(keys=True, data=True)), list(G.in_edges("b", keys=True))
    ([('a', 'b', 'k', {'w': 1})], [('a', 'b', 'k')])
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    node, succ, pred = graph._node, graph._succ, graph._pred
    node.update(nodes)
    # Each node's own empty dicts of neighbours, made by map in C rather than a loop.
    succ.update(zip(nodes, map(dict, repeat((), len(nodes)))))
    pred.update(zip(nodes, map(dict, repeat((), len(nodes)))))
    for (u, v, key), attributes in edges:
        out = succ[u]
        keys = out.get(v)
        if keys is None:
            keys = out[v] = {}
            pred[v][u] = keys
        keys[key] = attributes
    return graph


# -- the join kept on disk ---------------------------------------------------------------
