"""The ontology, read from ontology/kg.ttl at run time and cross-checked.

Nothing the ontology says is repeated as a Python constant: class colours and shapes,
relation labels, domains, ranges, inverses, statement classes and Wikidata alignments, how
qualifiers are shown, which relations are investments or ownership (and which end owns),
which qualifier is the stake and which tell deals apart all come from the Turtle file, so no
Python module names a relation or a qualifier. Loading checks that the file is complete enough for kg to rely
on, and an :class:`~kg.errors.OntologyError` names the first broken term.

>>> onto = load_ontology()
>>> onto.relation("holds_stake_in").label
'holds a stake in'
>>> onto.relation("kg:hasShareholder").inverse_of.name
'holdsStakeIn'
>>> onto.is_subclass("InvestmentFirm", "Agent")
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.errors import KGError, OntologyError
from kg.namespaces import KG, PREFIXES
from kg.resources import broken_install, resource_dir
from kg.safe_io import read_capped_bytes

__all__ = [
    "OWNER_SIDES",
    "QUALIFIER_DISPLAYS",
    "OntClass",
    "Ontology",
    "Qualifier",
    "Relation",
    "camel_to_snake",
    "load_ontology",
]

#: The values kg:ownerSide may take: the end of an ownership relation that owns the other.
OWNER_SIDES = ("subject", "object")

#: The values kg:display may take: how a qualifier's value is shown to a reader (see
#: :mod:`kg.qualifier_display`, which writes each).
QUALIFIER_DISPLAYS = ("money", "percent", "date", "text", "entity", "flag", "hidden")

_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\Z")
# kg's own ontology is under 30 KB; a file hundreds of times larger is no ontology.
_MAX_ONTOLOGY_BYTES = 16 * 1024 * 1024
_KG_PREFIX = str(KG)  # read at every class or relation asked by name
# Terms from other vocabularies a domain or range may name without kg declaring them.
_EXTERNAL_CLASSES = {
    OWL.Thing,
    OWL.ObjectProperty,
    RDFS.Literal,
    URIRef(PREFIXES["prov"] + "Entity"),
}


def camel_to_snake(name: str) -> str:
    """``holdsStakeIn`` -> ``holds_stake_in``, the relation's name in the eval format.

    >>> camel_to_snake("headOfStateOf")
    'head_of_state_of'
    """
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def snake_to_camel(name: str) -> str:
    """``holds_stake_in`` -> ``holdsStakeIn``.

    >>> snake_to_camel("exports_to")
    'exportsTo'
    """
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass(frozen=True)
class OntClass:
    """An entity or statement class."""

    iri: URIRef
    name: str
    label: str
    comment: str
    parents: tuple[URIRef, ...]
    colour: str | None
    shape: str | None
    wikidata: URIRef | None


@dataclass(frozen=True)
class Relation:
    """A relation between two entities, with what qualifies it and how it is drawn in words.

    What the analyses make of it comes from kg.ttl too: *investment* (its subject puts money
    into its object), *owner_side* (``"subject"`` or ``"object"``: the end that owns a stake
    in the other, None when it is no ownership), *default_stake* (the stake in percent its
    facts mean when they state none), *tells_apart* (an entity has one object of it, so two
    entities with different objects are probably two).
    """

    iri: URIRef
    name: str
    label: str
    comment: str
    domain: URIRef
    range: URIRef
    statement_class: URIRef
    strength: int
    symmetric: bool
    transitive: bool
    inverse_of: Relation | None
    wikidata: URIRef | None
    wikidata_inverse: URIRef | None
    investment: bool = False
    owner_side: str | None = None
    default_stake: float | None = None
    tells_apart: bool = False

    @property
    def eval_name(self) -> str:
        """The name in shared/eval/FORMAT.md (snake_case)."""
        return camel_to_snake(self.name)


@dataclass(frozen=True)
class Qualifier:
    """A property of statement nodes: amount, currency, date, role, evidence offsets...

    How its value is shown comes from kg.ttl too: *display* is one of
    :data:`QUALIFIER_DISPLAYS`; a money qualifier's unit is a fixed code (*unit*) or another
    qualifier holding it (*unit_qualifier*); *order* places a shown qualifier among a fact's
    lines; *in_sentence* puts it in the note of a link sentence; *period_end* names the
    qualifier that ends the period this one starts; *summed* marks money whose parallel
    values add up to a total worth showing; *flag_text* is what a flag says. *stake* marks the
    qualifier holding an owner's stake in percent; *deal_key* one that tells two deals of a
    relation apart.
    """

    iri: URIRef
    name: str
    label: str
    range: URIRef
    is_object: bool
    display: str = "hidden"
    unit: str | None = None
    unit_qualifier: str | None = None
    order: int | None = None
    in_sentence: bool = False
    period_end: str | None = None
    summed: bool = False
    flag_text: str | None = None
    stake: bool = False
    deal_key: bool = False


class Ontology:
    """Classes, relations and qualifiers of kg, with the graph they were read from."""

    def __init__(self, graph: Graph, source: str = "kg.ttl") -> None:
        self.graph = graph
        self.source = source
        self.classes: dict[str, OntClass] = {}
        self.relations: dict[str, Relation] = {}
        self.qualifiers: dict[str, Qualifier] = {}
        # Class closures by class name: the extraction rules ask for them hundreds of times
        # when they load. Cleared once reading is done, so nothing asked mid-read stays.
        self._ancestors_memo: dict[str, frozenset[str]] = {}
        self._subclasses_memo: dict[str, frozenset[str]] = {}
        self._read_classes()
        self._read_relations()
        self._read_qualifiers()
        self._ancestors_memo.clear()
        self._subclasses_memo.clear()

    # -- lookup ----------------------------------------------------------------------

    def cls(self, name: str | URIRef) -> OntClass:
        """The class called *name* (``Company``, ``kg:Company`` or its IRI)."""
        key = self._local(name)
        try:
            return self.classes[key]
        except KeyError:
            raise OntologyError(f"unknown class {name!r}; the classes are {', '.join(sorted(self.classes))}") from None

    def relation(self, name: str | URIRef) -> Relation:
        """The relation called *name*: lowerCamel, eval snake_case, ``kg:`` name or IRI."""
        key = self._local(name)
        key = key if key in self.relations else snake_to_camel(key)
        try:
            return self.relations[key]
        except KeyError:
            known = ", ".join(sorted(camel_to_snake(known) for known in self.relations))
            raise OntologyError(f"unknown relation {name!r}; the relations are {known}") from None

    def inverse_labels(self) -> dict[str, str]:
        """Relation name -> the label of its declared inverse, for reading a fact from its
        object's side (``{"holdsStakeIn": "has shareholder", ...}``)."""
        return {r.inverse_of.name: r.label for r in self.relations.values() if r.inverse_of is not None}

    def investment_relations(self) -> tuple[str, ...]:
        """Names of the stored relations whose subject puts money into the object (kg:investment).

        >>> load_ontology().investment_relations()
        ('acquires', 'holdsStakeIn', 'investsIn')
        """
        return tuple(sorted(r.name for r in self.relations.values() if r.investment))

    def ownership_relations(self) -> tuple[str, ...]:
        """Names of the stored relations by which one end owns part of the other (kg:ownerSide)."""
        return tuple(sorted(r.name for r in self.relations.values() if r.owner_side is not None))

    def stake_qualifier(self) -> Qualifier:
        """The qualifier that holds an owner's stake in percent (kg:stake)."""
        # Loading checked there is exactly one when any relation is an ownership.
        found = [q for q in self.qualifiers.values() if q.stake]
        if not found:
            raise OntologyError(f"{self.source}: no qualifier is marked kg:stake")
        return found[0]

    def deal_qualifiers(self) -> list[Qualifier]:
        """The qualifiers that tell deals apart (kg:dealKey), in kg:order."""
        return sorted((q for q in self.qualifiers.values() if q.deal_key), key=lambda q: (q.order or 0, q.name))

    def period_qualifiers(self) -> tuple[Qualifier, Qualifier] | None:
        """The qualifiers a period ("2026/2030") is written as: the one with a kg:periodEnd
        and the end it names; None when kg.ttl declares no period.

        >>> [q.name for q in load_ontology().period_qualifiers()]
        ['start', 'end']
        """
        starts = [q for q in self.qualifiers.values() if q.period_end is not None]
        if len(starts) > 1:
            raise OntologyError(
                f"{self.source}: {', '.join(self._curie(q.iri) for q in starts)} all start a period (kg:periodEnd); "
                "a date range is written as one"
            )
        # Loading checked that the end names a declared qualifier.
        return (starts[0], self.qualifiers[starts[0].period_end]) if starts else None

    def flag_qualifiers(self) -> list[Qualifier]:
        """The qualifiers shown as flags (kg:display "flag"), in kg:order: yes/no marks of a
        statement a record of extraction gives by their snake_case names.

        >>> [q.name for q in load_ontology().flag_qualifiers()]
        ['implied']
        """
        return sorted((q for q in self.qualifiers.values() if q.display == "flag"), key=lambda q: (q.order or 0, q.name))

    def ancestors(self, name: str | URIRef) -> set[str]:
        """Names of the class and every class above it."""
        # A copy: callers may change what they get.
        return set(self._ancestor_names(name))

    def _ancestor_names(self, name: str | URIRef) -> frozenset[str]:
        """:meth:`ancestors`, the memo itself (read, never changed, by :meth:`is_subclass`,
        which extraction asks for most facts: a copy at each ask cost more than the test)."""
        start = self.cls(name)
        found = self._ancestors_memo.get(start.name)
        if found is None:
            seen: set[str] = set()
            todo = [start]
            while todo:
                current = todo.pop()
                if current.name in seen:
                    continue
                seen.add(current.name)
                todo.extend(self.classes[self._local(p)] for p in current.parents if self._local(p) in self.classes)
            found = self._ancestors_memo[start.name] = frozenset(seen)
        return found

    def is_subclass(self, name: str | URIRef, ancestor: str | URIRef) -> bool:
        """True when *name* is *ancestor* or lies below it."""
        return self.cls(ancestor).name in self._ancestor_names(name)

    def subclasses(self, name: str | URIRef) -> set[str]:
        """Names of the class and every class below it."""
        target = self.cls(name).name
        found = self._subclasses_memo.get(target)
        if found is None:
            found = self._subclasses_memo[target] = frozenset(c for c in self.classes if target in self.ancestors(c))
        return set(found)

    def entity_classes(self) -> list[OntClass]:
        """Classes of things news names (below kg:Entity), most specific first as
        :meth:`most_specific` ranks them (:meth:`specificity`, largest first): code that
        keeps an entity's first class in this order keeps the one it would pick."""
        entity = [c for c in self.classes.values() if "Entity" in self.ancestors(c.name)]
        return sorted(entity, key=lambda c: self.specificity(c.name), reverse=True)

    def specificity(self, name: str | URIRef) -> tuple[int, str]:
        """How specific a class is, as a sort key: its number of classes at or above it,
        then its name for ties. :meth:`most_specific` takes the largest; code that ranks
        classes (deepest first, or last) sorts by this key to agree with it.

        >>> onto = load_ontology()
        >>> sorted(["Agent", "InvestmentFirm", "Organization"], key=onto.specificity)
        ['Agent', 'Organization', 'InvestmentFirm']
        """
        cls = self.cls(name)
        return (len(self.ancestors(cls.name)), cls.name)

    def most_specific(self, types: list[URIRef] | set[URIRef]) -> OntClass | None:
        """Of the kg classes among *types*, the deepest one (None when there is none); of
        two as deep, the one whose name sorts last (see :meth:`specificity`)."""
        known = [self.classes[self._local(t)] for t in types if self._is_kg(t) and self._local(t) in self.classes]
        if not known:
            return None
        return max(known, key=lambda c: self.specificity(c.name))

    # -- reading ---------------------------------------------------------------------

    @staticmethod
    def _is_kg(term: URIRef | str) -> bool:
        return str(term).startswith(str(KG))

    @staticmethod
    def _local(name: str | URIRef) -> str:
        text = str(name)
        if text.startswith(_KG_PREFIX):
            return text[len(_KG_PREFIX) :]
        return text[3:] if text.startswith("kg:") else text

    def _one(self, subject: URIRef, predicate: URIRef) -> Literal | URIRef | None:
        values = list(self.graph.objects(subject, predicate))
        if len(values) > 1:
            raise OntologyError(
                f"{self.source}: {self._curie(subject)} has {len(values)} values for "
                f"{self._curie(predicate)}; it must have one"
            )
        return values[0] if values else None

    def _required(self, subject: URIRef, predicate: URIRef) -> Literal | URIRef:
        value = self._one(subject, predicate)
        if value is None:
            raise OntologyError(
                f"{self.source}: {self._curie(subject)} has no {self._curie(predicate)}"
            )
        return value

    def _curie(self, term: URIRef) -> str:
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(namespace):
                return f"{prefix}:{str(term)[len(namespace):]}"
        return f"<{term}>"

    def _read_classes(self) -> None:
        for iri in sorted(set(self.graph.subjects(RDF.type, OWL.Class))):
            if not self._is_kg(iri):
                continue
            colour = self._one(iri, KG.colour)
            if colour is not None and not _HEX_COLOUR.match(str(colour)):
                raise OntologyError(
                    f"{self.source}: {self._curie(iri)} has colour {str(colour)!r}; use #rrggbb"
                )
            shape = self._one(iri, KG.shape)
            self.classes[self._local(iri)] = OntClass(
                iri=iri,
                name=self._local(iri),
                label=str(self._required(iri, RDFS.label)),
                comment=str(self._one(iri, RDFS.comment) or ""),
                parents=tuple(sorted(self.graph.objects(iri, RDFS.subClassOf))),
                colour=str(colour) if colour is not None else None,
                shape=str(shape) if shape is not None else None,
                wikidata=self._one(iri, SKOS.closeMatch),
            )
        for cls in self.classes.values():
            for parent in cls.parents:
                if self._is_kg(parent) and self._local(parent) not in self.classes:
                    raise OntologyError(
                        f"{self.source}: {self._curie(cls.iri)} is a subclass of undeclared "
                        f"{self._curie(parent)}"
                    )
        if "Entity" not in self.classes or "Statement" not in self.classes:
            raise OntologyError(f"{self.source}: kg:Entity and kg:Statement must be declared")

    def _check_class(self, prop: URIRef, role: str, value: URIRef) -> None:
        if value in _EXTERNAL_CLASSES or str(value).startswith(PREFIXES["xsd"]):
            return
        if not (self._is_kg(value) and self._local(value) in self.classes):
            raise OntologyError(
                f"{self.source}: the {role} of {self._curie(prop)} is "
                f"{self._curie(value)}, which is not a declared class"
            )

    def _is_relation(self, prop: URIRef) -> bool:
        return (prop, KG.statementClass, None) in self.graph

    def _read_relations(self) -> None:
        props = sorted(p for p in set(self.graph.subjects(RDF.type, OWL.ObjectProperty)) if self._is_kg(p))
        pending: dict[str, URIRef] = {}
        for prop in props:
            if not self._is_relation(prop):
                continue
            domain = self._required(prop, RDFS.domain)
            range_ = self._required(prop, RDFS.range)
            self._check_class(prop, "domain", domain)
            self._check_class(prop, "range", range_)
            statement_class = self._required(prop, KG.statementClass)
            if self._local(statement_class) not in self.classes or not self.is_subclass(
                statement_class, "Statement"
            ):
                raise OntologyError(
                    f"{self.source}: the statement class of {self._curie(prop)} is "
                    f"{self._curie(statement_class)}, which is not a subclass of kg:Statement"
                )
            strength = self._required(prop, KG.strength)
            if not (isinstance(strength, Literal) and str(strength).isdigit() and 1 <= int(strength) <= 4):
                raise OntologyError(
                    f"{self.source}: {self._curie(prop)} has strength {strength!s}; use 1 to 4"
                )
            types = set(self.graph.objects(prop, RDF.type))
            inverse = self._one(prop, OWL.inverseOf)
            if inverse is not None:
                pending[self._local(prop)] = inverse
            self.relations[self._local(prop)] = Relation(
                iri=prop,
                name=self._local(prop),
                label=str(self._required(prop, RDFS.label)),
                comment=str(self._one(prop, RDFS.comment) or ""),
                domain=domain,
                range=range_,
                statement_class=statement_class,
                strength=int(strength),
                symmetric=OWL.SymmetricProperty in types,
                transitive=OWL.TransitiveProperty in types,
                inverse_of=None,
                wikidata=self._one(prop, SKOS.closeMatch) or self._one(prop, SKOS.relatedMatch),
                wikidata_inverse=self._one(prop, KG.wikidataInverse),
                **self._analysis(prop, inverse),
            )
        for name, inverse in pending.items():
            target = self.relations.get(self._local(inverse))
            if target is None:
                raise OntologyError(
                    f"{self.source}: kg:{name} is the inverse of {self._curie(inverse)}, "
                    "which is not a declared relation"
                )
            relation = self.relations[name]
            # Frozen dataclasses: rebuild with the link set rather than mutate.
            self.relations[name] = Relation(**{**relation.__dict__, "inverse_of": target})

    def _analysis(self, prop: URIRef, inverse: URIRef | None) -> dict:
        """What the analyses read of the relation *prop*, checked: an owner side of
        :data:`OWNER_SIDES`, a default stake of 0 to 100 on an ownership only, and none of
        it on a declared inverse (its facts are stored as the other relation's)."""
        where = f"{self.source}: {self._curie(prop)}"
        found = {"investment": self._flag(prop, KG.investment), "tells_apart": self._flag(prop, KG.tellsApart)}
        side = self._one(prop, KG.ownerSide)
        if side is not None:
            if str(side) not in OWNER_SIDES:
                raise OntologyError(f"{where} has kg:ownerSide {str(side)!r}; use one of {', '.join(OWNER_SIDES)}")
            found["owner_side"] = str(side)
        default = self._one(prop, KG.defaultStake)
        if default is not None:
            value = default.toPython() if isinstance(default, Literal) else None
            if side is None:
                raise OntologyError(f"{where} has a kg:defaultStake but no kg:ownerSide")
            if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool) or not 0 <= value <= 100:
                raise OntologyError(f"{where} has kg:defaultStake {str(default)!r}; use a number from 0 to 100")
            found["default_stake"] = float(value)
        if inverse is not None and (found["investment"] or found["tells_apart"] or side is not None):
            raise OntologyError(
                f"{where} is the inverse of {self._curie(inverse)}, whose facts are stored; "
                "mark that relation (kg:investment, kg:ownerSide, kg:tellsApart) instead"
            )
        return found

    def _read_qualifiers(self) -> None:
        statement = KG.Statement
        for kind, is_object in ((OWL.DatatypeProperty, False), (OWL.ObjectProperty, True)):
            for prop in sorted(set(self.graph.subjects(RDF.type, kind))):
                if not self._is_kg(prop) or self._one(prop, RDFS.domain) != statement:
                    continue
                range_ = self._required(prop, RDFS.range)
                self._check_class(prop, "range", range_)
                self.qualifiers[self._local(prop)] = Qualifier(
                    iri=prop,
                    name=self._local(prop),
                    label=str(self._required(prop, RDFS.label)),
                    range=range_,
                    is_object=is_object,
                    **self._display(prop),
                )
        stakes = [q for q in self.qualifiers.values() if q.stake]
        if len(stakes) > 1:
            raise OntologyError(
                f"{self.source}: {', '.join(self._curie(q.iri) for q in stakes)} are all marked kg:stake; one qualifier holds the stake"
            )
        if not stakes and any(r.owner_side is not None for r in self.relations.values()):
            owned = next(r for r in self.relations.values() if r.owner_side is not None)
            raise OntologyError(f"{self.source}: {self._curie(owned.iri)} is an ownership, but no qualifier is marked kg:stake")
        for qualifier in self.qualifiers.values():
            for role, named in (("unit", qualifier.unit_qualifier), ("period end", qualifier.period_end)):
                if named is not None and named not in self.qualifiers:
                    raise OntologyError(
                        f"{self.source}: the {role} of {self._curie(qualifier.iri)} is kg:{named}, "
                        "which is not a declared qualifier"
                    )

    def _flag(self, subject: URIRef, predicate: URIRef) -> bool:
        """A yes/no annotation: absent is no; anything but true or false names the term."""
        value = self._one(subject, predicate)
        if value is None:
            return False
        if not (isinstance(value, Literal) and isinstance(value.toPython(), bool)):
            raise OntologyError(
                f"{self.source}: {self._curie(subject)} has {self._curie(predicate)} {str(value)!r}; use true or false"
            )
        return value.toPython()

    def _display(self, prop: URIRef) -> dict:
        """How the qualifier *prop* is shown, checked: a known kg:display, a unit for money,
        a place (kg:order) for anything shown, words (kg:flagText) for a flag."""
        where = f"{self.source}: {self._curie(prop)}"
        display = str(self._required(prop, KG.display))
        if display not in QUALIFIER_DISPLAYS:
            raise OntologyError(f"{where} has display {display!r}; use one of {', '.join(QUALIFIER_DISPLAYS)}")
        found: dict = {"display": display}
        unit = self._one(prop, KG.unit)
        if display == "money" and unit is None:
            raise OntologyError(f"{where} shows money but has no kg:unit (a currency code or a qualifier)")
        if isinstance(unit, URIRef):
            found["unit_qualifier"] = self._local(unit)
        elif unit is not None:
            found["unit"] = str(unit)
        order = self._one(prop, KG.order)
        if display != "hidden":
            if order is None or not str(order).isdigit():
                raise OntologyError(f"{where} is shown but has no kg:order (a whole number) among a fact's lines")
            found["order"] = int(order)
        found["in_sentence"] = self._flag(prop, KG.inSentence)
        found["summed"] = self._flag(prop, KG.summed)
        if found["summed"] and display != "money":
            raise OntologyError(f"{where} is summed but shows {display}, not money")
        period_end = self._one(prop, KG.periodEnd)
        if period_end is not None:
            found["period_end"] = self._local(period_end)
        flag_text = self._one(prop, KG.flagText)
        if display == "flag" and flag_text is None:
            raise OntologyError(f"{where} is a flag but has no kg:flagText saying what it means")
        if flag_text is not None:
            found["flag_text"] = str(flag_text)
        found["stake"] = self._flag(prop, KG.stake)
        if found["stake"] and display != "percent":
            raise OntologyError(f"{where} is the stake but shows {display}, not percent")
        found["deal_key"] = self._flag(prop, KG.dealKey)
        return found

    def direct_relations(self) -> list[Relation]:
        """Relations stored as triples: those that are not declared inverses of another."""
        return [r for r in self.relations.values() if r.inverse_of is None]


def _parse(path: Path, *, shipped: bool = False) -> Graph:
    try:
        data = read_capped_bytes(path, _MAX_ONTOLOGY_BYTES, what="ontology file")
    except KGError as problem:
        # kg's own ontology that cannot be read is a broken install, not the user's mistake.
        raise (broken_install(str(problem)) if shipped else OntologyError(str(problem))) from None
    graph = Graph()
    try:
        graph.parse(data=data, format="turtle", publicID=path.resolve().as_uri())
    except Exception as error:  # noqa: BLE001 - rdflib's Turtle parser raises several unrelated types
        raise OntologyError(f"ontology file {path} is not valid Turtle: {error}") from None
    return graph


def load_ontology(path: str | Path | None = None) -> Ontology:
    """Read and check the ontology (kg's own ``ontology/kg.ttl`` by default)."""
    if path is None:
        return _shipped_ontology(resource_dir("ontology") / "kg.ttl")
    path = Path(path)
    return Ontology(_parse(path), source=path.name)


# Kept per path, not once: the resource roots are where kg finds its files at the time
# of the call, and a checkout and a wheel (or a test's empty root) hold different ones.
@functools.cache
def _shipped_ontology(path: Path) -> Ontology:
    return Ontology(_parse(path, shipped=True), source=path.name)
