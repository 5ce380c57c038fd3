"""The SHACL shapes of ``ontology/shapes.ttl`` as SPARQL queries the store's engine runs.

pySHACL reads the whole graph into rdflib and checks it node by node in Python: minutes on
a store of a few hundred thousand quads (the issue measured 315 s on 57k). The shapes kg
uses need only a small part of SHACL — class and subjects-of targets, min/max counts,
node kinds, datatypes (alone or in ``sh:or``), numeric bounds, patterns,
``sh:lessThanOrEquals`` and SPARQL constraints on ``$this`` — and each of those is one
SELECT. A shape using anything else is refused by name rather than checked half, and a
test keeps the answers equal to pySHACL's on the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Identifier

from kg.errors import OntologyError

__all__ = ["ShapeQuery", "shape_queries", "target_queries"]

#: What a property shape may say besides its path and message; anything else is refused.
_PROPERTY_KEYS = {
    SH.path, SH.message, SH.minCount, SH.maxCount, SH.nodeKind, SH.datatype, SH["or"],
    SH.minInclusive, SH.maxInclusive, SH.pattern, SH.lessThanOrEquals,
}
_NODE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH.sparql}


@dataclass(frozen=True)
class ShapeQuery:
    """One SELECT whose rows (?this, ?path, ?value) are violations with *message*; where a
    row has no ?path, *path* is the path to report."""

    sparql: str
    message: str
    path: URIRef | None


def _term(term: Identifier) -> str:
    return term.n3()


def _target(shapes: Graph, shape: Identifier, where: str, focus: str) -> str:
    """The graph pattern binding ?this to each focus node of *shape*; *focus*, when not
    empty, is a VALUES clause that keeps only the nodes it lists."""
    parts = []
    for cls in shapes.objects(shape, SH.targetClass):
        parts.append(f"{{ ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* {_term(cls)} }}")
    for predicate in shapes.objects(shape, SH.targetSubjectsOf):
        parts.append(f"{{ ?this {_term(predicate)} ?kgTargetValue }}")
    if not parts:
        raise OntologyError(f"shapes.ttl: {where} has no sh:targetClass or sh:targetSubjectsOf")
    # A node reached by two targets is one focus node.
    return "{ SELECT DISTINCT ?this WHERE { " + focus + " UNION ".join(parts) + " } }"


def _datatypes(shapes: Graph, prop: Identifier, where: str) -> list[URIRef]:
    """The datatypes a value may have: sh:datatype, or each branch of sh:or."""
    direct = list(shapes.objects(prop, SH.datatype))
    branches = list(shapes.objects(prop, SH["or"]))
    if direct and branches:
        raise OntologyError(f"shapes.ttl: {where} has both sh:datatype and sh:or")
    if direct:
        return [URIRef(d) for d in direct]
    found = []
    for head in branches:
        for branch in Collection(shapes, head):
            datatype = shapes.value(branch, SH.datatype)
            if datatype is None or set(shapes.predicates(branch)) - {SH.datatype}:
                raise OntologyError(f"shapes.ttl: {where}: sh:or branches may only give a datatype")
            found.append(URIRef(datatype))
    return found


def _property_queries(shapes: Graph, prop: Identifier, target: str, where: str) -> Iterator[ShapeQuery]:
    unknown = set(shapes.predicates(prop)) - _PROPERTY_KEYS
    if unknown:
        raise OntologyError(f"shapes.ttl: {where} uses {', '.join(sorted(str(k) for k in unknown))}, which kg does not check")
    path = shapes.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise OntologyError(f"shapes.ttl: {where}: only a single predicate is supported as sh:path")
    message = str(shapes.value(prop, SH.message) or "violates a shape")
    p = _term(path)
    values = f"{target} ?this {p} ?value ."

    def select(body: str, *, value: bool = True, tail: str = "") -> ShapeQuery:
        columns = "?this ?value" if value else "?this"
        distinct = "" if tail else "DISTINCT "
        return ShapeQuery(f"SELECT {distinct}{columns} WHERE {{ {body} }} {tail}".rstrip(), message, path)

    minimum = shapes.value(prop, SH.minCount)
    if minimum is not None and int(minimum) > 0:
        yield select(f"{target} OPTIONAL {{ ?this {p} ?v }}", value=False,
                     tail=f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(minimum)})")
    maximum = shapes.value(prop, SH.maxCount)
    if maximum is not None:
        yield select(f"{target} ?this {p} ?v", value=False, tail=f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(maximum)})")
    kind = shapes.value(prop, SH.nodeKind)
    if kind is not None:
        test = {SH.IRI: "isIRI(?value)", SH.Literal: "isLiteral(?value)", SH.BlankNode: "isBlank(?value)"}.get(kind)
        if test is None:
            raise OntologyError(f"shapes.ttl: {where}: sh:nodeKind {kind} is not supported")
        yield select(f"{values} FILTER(!{test})")
    datatypes = _datatypes(shapes, prop, where)
    if datatypes:
        allowed = ", ".join(_term(d) for d in datatypes)
        # SHACL also wants the lexical form valid for the datatype: the cast fails on an
        # ill-formed literal, and COALESCE turns that error into false.
        valid = " || ".join(f"(DATATYPE(?value) = {_term(d)} && COALESCE(isLiteral({_term(d)}(?value)), false))" for d in datatypes)
        yield select(f"{values} FILTER(!isLiteral(?value) || !(DATATYPE(?value) IN ({allowed})) || !({valid}))")
    for key, operator in ((SH.minInclusive, ">="), (SH.maxInclusive, "<=")):
        bound = shapes.value(prop, key)
        if bound is not None:
            # A value that cannot be compared (a string against a number) fails the test:
            # COALESCE turns the comparison's error into false.
            yield select(f"{values} FILTER(!COALESCE(?value {operator} {_term(bound)}, false))")
    pattern = shapes.value(prop, SH.pattern)
    if pattern is not None:
        yield select(f"{values} FILTER(isBlank(?value) || !REGEX(STR(?value), {_term(Literal(str(pattern)))}))")
    other = shapes.value(prop, SH.lessThanOrEquals)
    if other is not None:
        yield select(f"{values} ?this {_term(other)} ?other FILTER(!COALESCE(?value <= ?other, false))")


def _sparql_query(shapes: Graph, constraint: Identifier, target: str, where: str) -> ShapeQuery:
    select = shapes.value(constraint, SH.select)
    if select is None:
        raise OntologyError(f"shapes.ttl: {where}: a SPARQL constraint needs sh:select")
    prefixes = []
    for declarations in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(declarations, SH.declare):
            prefixes.append(f"PREFIX {shapes.value(declaration, SH.prefix)}: <{shapes.value(declaration, SH.namespace)}>")
    text = str(select).replace("$this", "?this")
    opening = text.index("{")
    # The constraint's own WHERE, run for each focus node of the shape's targets.
    body = f"{text[:opening]}{{ {target} {text[opening + 1:]}"
    message = str(shapes.value(constraint, SH.message) or "violates a shape")
    return ShapeQuery("\n".join([*prefixes, body]), message, None)


def _values(nodes: Sequence[Identifier]) -> str:
    if any(not isinstance(node, URIRef) for node in nodes):
        raise ValueError("only IRIs can be focus nodes of a restricted check")
    return "VALUES ?this { " + " ".join(_term(node) for node in nodes) + " } "


def _node_shapes(shapes: Graph) -> list[Identifier]:
    found = sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str)
    for shape in found:
        unknown = set(shapes.predicates(shape)) - _NODE_KEYS
        if unknown:
            raise OntologyError(f"shapes.ttl: shape {shape} uses {', '.join(sorted(str(k) for k in unknown))}, which kg does not check")
    return found


def target_queries(shapes: Graph, focus: Sequence[Identifier]) -> dict[Identifier, str]:
    """For each node shape, the SELECT of those of *focus* (IRIs) that are its focus
    nodes, to be given back to :func:`shape_queries` as its *focus* mapping."""
    values = _values(focus)
    return {shape: "SELECT ?this WHERE " + _target(shapes, shape, f"shape {shape}", values)
            for shape in _node_shapes(shapes)}


def shape_queries(
    shapes: Graph, focus: Sequence[Identifier] | Mapping[Identifier, Sequence[Identifier]] | None = None,
) -> list[ShapeQuery]:
    """Every query that checks *shapes*, in a stable order.

    With *focus*, only some nodes are checked as focus nodes (what they point to is still
    read from the whole graph): a sequence of IRIs, each checked against every shape that
    targets it; or a mapping from node shape to the IRIs already known to be its focus
    nodes (see :func:`target_queries`), which spares each query finding the targets again.

    >>> from kg.resources import resource_dir
    >>> shapes = Graph().parse(resource_dir("ontology") / "shapes.ttl")
    >>> len(shape_queries(shapes)) > 10
    True
    """
    values = "" if focus is None or isinstance(focus, Mapping) else _values(focus)
    queries = []
    for shape in _node_shapes(shapes):
        where = f"shape {shape}"
        if isinstance(focus, Mapping):
            members = focus.get(shape)
            if not members:
                continue
            target = _values(members)
        else:
            target = _target(shapes, shape, where, values)
        for number, prop in enumerate(sorted(shapes.objects(shape, SH.property), key=lambda p: str(shapes.value(p, SH.path))), 1):
            queries.extend(_property_queries(shapes, prop, target, f"{where} property {number}"))
        for number, constraint in enumerate(shapes.objects(shape, SH.sparql), 1):
            queries.append(_sparql_query(shapes, constraint, target, f"{where} SPARQL constraint {number}"))
    return queries
