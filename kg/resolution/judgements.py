"""Judgements kept as data: "these two are one" and "these two are different".

Each judgement is a reified statement in the named graph :data:`JUDGEMENTS` with PROV-O
provenance (who, when, why)::

    stmt:judgements/3f… a rdf:Statement , prov:Entity ;
        rdf:subject id:facebook-inc ; rdf:predicate owl:sameAs ; rdf:object id:facebook ;
        prov:generatedAtTime "2026-12-02T14:40:00Z"^^xsd:dateTime ;
        prov:wasAttributedTo src:agent-ana ; rdfs:comment "same firm, Crunchbase and news" .
    id:facebook-inc owl:sameAs id:facebook .      # while the judgement stands

A merge is ``member owl:sameAs canonical``; a not-same is ``a owl:differentFrom b``. An
unmerge withdraws judgements instead of deleting them (``prov:invalidatedAtTime``,
``prov:wasInvalidatedBy`` an activity with its own who and why), so the history stays.
The graph is kg's own source: re-importing a table or re-ingesting a page never touches
it, and ``kg export`` / ``kg load`` carry it like any graph.

Clusters are the connected groups of standing merges; a cluster's canonical entity is
the one the first merge kept (``kg merge A B`` keeps A), and a merge of two clusters keeps
the first one's canonical.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.ids import slugify
from kg.namespaces import OWL, PROV, RDF, RDFS, SRC, STMT, XSD

__all__ = [
    "JUDGEMENTS",
    "Judgement",
    "JudgementError",
    "canonical_map",
    "clusters",
    "judged_pairs",
    "merge",
    "not_same",
    "read_judgements",
    "unmerge",
]

#: The named graph that holds every judgement.
JUDGEMENTS = SRC["judgements"]
_KINDS = {"same": OWL.sameAs, "different": OWL.differentFrom}


class JudgementError(KGError):
    """A judgement that contradicts standing ones, or judges nothing."""


@dataclass(frozen=True)
class Judgement:
    """One judgement: *a* and *b* are the same entity (``same``, *a* the one kept) or
    different ones (``different``); ``withdrawn`` is when an unmerge or a later judgement
    of the same pair retracted it."""

    kind: str
    a: str
    b: str
    who: str
    when: str
    why: str = ""
    withdrawn: str | None = None
    withdrawn_by: str | None = None
    withdrawn_why: str = ""

    @property
    def iri(self) -> URIRef:
        digest = hashlib.sha1(f"{self.kind}\x1f{self.a}\x1f{self.b}\x1f{self.when}".encode()).hexdigest()[:16]
        return STMT[f"judgements/{digest}"]

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))

    def as_row(self) -> dict:
        """The judgement as ``kg judgements`` lists it in JSON.

        >>> Judgement("same", "id:a", "id:b", "ana", "2026-12-02T14:40:00Z", "one firm").as_row()
        {'kind': 'same', 'a': 'id:a', 'b': 'id:b', 'by': 'ana', 'when': '2026-12-02T14:40:00Z', 'why': 'one firm', 'withdrawn': None}
        """
        return {"kind": self.kind, "a": self.a, "b": self.b, "by": self.who, "when": self.when, "why": self.why,
                "withdrawn": self.withdrawn}

    def as_line(self) -> str:
        """The judgement as one line of ``kg judgements``' text listing.

        >>> Judgement("same", "id:a", "id:b", "ana", "2026-12-02T14:40:00Z", "one firm").as_line()
        '2026-12-02T14:40:00Z ana: <id:b> same as <id:a>: one firm'
        >>> Judgement("different", "id:a", "id:b", "bo", "2026-12-03", withdrawn="2026-12-04").as_line()
        '2026-12-03 bo: <id:b> different from <id:a> (withdrawn 2026-12-04)'
        """
        verb = "same as" if self.kind == "same" else "different from"
        status = f" (withdrawn {self.withdrawn})" if self.withdrawn else ""
        reason = f": {self.why}" if self.why else ""
        return f"{self.when} {self.who}: <{self.b}> {verb} <{self.a}>{reason}{status}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _agent(who: str) -> URIRef:
    return SRC[f"agent-{slugify(who)}"]


def read_judgements(store, *, withdrawn: bool = True) -> list[Judgement]:
    """The judgements of *store*, oldest first: every one, or only those standing (not
    withdrawn by an unmerge or a later judgement) when *withdrawn* is False."""
    graph = Graph()
    for s, p, o, _ in store.quads(graph=JUDGEMENTS):
        graph.add((s, p, o))
    kinds = {v: k for k, v in _KINDS.items()}
    found = []
    for node in graph.subjects(RDF.type, RDF.Statement):
        kind = kinds.get(graph.value(node, RDF.predicate))
        if kind is None:
            continue
        agent = graph.value(node, PROV.wasAttributedTo)
        undo = graph.value(node, PROV.wasInvalidatedBy)
        undo_agent = graph.value(undo, PROV.wasAssociatedWith) if undo is not None else None
        found.append(Judgement(
            kind=kind,
            a=str(graph.value(node, RDF.object)),
            b=str(graph.value(node, RDF.subject)),
            who=str(graph.value(agent, RDFS.label) or "") if agent is not None else "",
            when=_optional(graph.value(node, PROV.generatedAtTime)) or "",
            why=str(graph.value(node, RDFS.comment) or ""),
            withdrawn=_optional(graph.value(node, PROV.invalidatedAtTime)),
            withdrawn_by=str(graph.value(undo_agent, RDFS.label) or "") if undo_agent is not None else None,
            withdrawn_why=str(graph.value(undo, RDFS.comment) or "") if undo is not None else "",
        ))
    return sorted((j for j in found if withdrawn or j.withdrawn is None), key=lambda j: (j.when, j.kind, j.a, j.b))


def _optional(value) -> str | None:
    # Parsers that normalise literals write UTC as +00:00; kg writes Z, and sorts on text.
    return None if value is None else str(value).removesuffix("+00:00") + ("Z" if str(value).endswith("+00:00") else "")


def _write(store, judgements: list[Judgement]) -> None:
    quads = []

    def add(s, p, o):
        quads.append((s, p, o, JUDGEMENTS))

    for j in judgements:
        node, a, b = j.iri, URIRef(j.a), URIRef(j.b)
        add(node, RDF.type, RDF.Statement)
        add(node, RDF.type, PROV.Entity)
        add(node, RDF.subject, b)
        add(node, RDF.predicate, _KINDS[j.kind])
        add(node, RDF.object, a)
        add(node, PROV.generatedAtTime, Literal(j.when, datatype=XSD.dateTime, normalize=False))
        add(node, PROV.wasAttributedTo, _agent(j.who))
        add(_agent(j.who), RDF.type, PROV.Agent)
        add(_agent(j.who), RDFS.label, Literal(j.who))
        if j.why:
            add(node, RDFS.comment, Literal(j.why))
        if j.withdrawn is None:
            add(b, _KINDS[j.kind], a)
            continue
        undo = URIRef(f"{node}/withdrawn")
        add(node, PROV.invalidatedAtTime, Literal(j.withdrawn, datatype=XSD.dateTime, normalize=False))
        add(node, PROV.wasInvalidatedBy, undo)
        add(undo, RDF.type, PROV.Activity)
        add(undo, PROV.endedAtTime, Literal(j.withdrawn, datatype=XSD.dateTime, normalize=False))
        add(undo, PROV.wasAssociatedWith, _agent(j.withdrawn_by or j.who))
        add(_agent(j.withdrawn_by or j.who), RDF.type, PROV.Agent)
        add(_agent(j.withdrawn_by or j.who), RDFS.label, Literal(j.withdrawn_by or j.who))
        if j.withdrawn_why:
            add(undo, RDFS.comment, Literal(j.withdrawn_why))
    store.replace_graph(JUDGEMENTS, quads)


def clusters(judgements: list[Judgement]) -> dict[str, list[str]]:
    """Canonical IRI -> every member (canonical first, then in order of merging), for the
    standing merges of *judgements*.

    >>> js = [Judgement("same", "x:a", "x:b", "me", "1"), Judgement("same", "x:b", "x:c", "me", "2")]
    >>> clusters(js)
    {'x:a': ['x:a', 'x:b', 'x:c']}
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    order: dict[str, int] = {}
    for j in judgements:
        if j.kind != "same" or j.withdrawn is not None:
            continue
        for member in (j.a, j.b):
            order.setdefault(member, len(order))
        root_a, root_b = find(j.a), find(j.b)
        if root_a != root_b:
            parent[root_b] = root_a  # the first-named side's canonical stays
    groups: dict[str, list[str]] = {}
    for member in sorted(order, key=order.get):
        groups.setdefault(find(member), []).append(member)
    return {root: [root] + [m for m in members if m != root] for root, members in groups.items()}


def canonical_map(judgements: list[Judgement]) -> dict[str, str]:
    """Each merged entity that is not its cluster's canonical one -> the canonical IRI."""
    return {m: root for root, members in clusters(judgements).items() for m in members[1:]}


def judged_pairs(judgements: list[Judgement]) -> set[frozenset[str]]:
    """Pairs no one needs to be asked about: standing not-same pairs, and every pair of
    members of one cluster."""
    pairs = {j.pair for j in judgements if j.kind == "different" and j.withdrawn is None}
    for members in clusters(judgements).values():
        pairs.update(frozenset((x, y)) for i, x in enumerate(members) for y in members[i + 1:])
    return pairs


def _cluster_of(judgements: list[Judgement], iri: str) -> list[str]:
    for members in clusters(judgements).values():
        if iri in members:
            return members
    return [iri]


def merge(
    store, a: str, b: str, *, who: str, why: str = "", now: str | None = None, overrule: bool = False
) -> Judgement:
    """Record that *a* and *b* are one entity, *a*'s cluster's canonical IRI kept.

    A standing not-same between a member of *a*'s cluster and one of *b*'s is a
    :class:`JudgementError`, unless *overrule*: then those not-sames are withdrawn (kept,
    marked withdrawn by this merge). Two entities already merged are an error too.
    """
    judgements = read_judgements(store)
    cluster_a, cluster_b = _cluster_of(judgements, a), _cluster_of(judgements, b)
    if b in cluster_a:
        raise JudgementError(f"<{a}> and <{b}> are already one entity (canonical <{cluster_a[0]}>)")
    now = now or _now()
    updated = []
    for j in judgements:
        across = (j.a in cluster_a and j.b in cluster_b) or (j.a in cluster_b and j.b in cluster_a)
        if j.kind == "different" and j.withdrawn is None and across:
            if not overrule:
                raise JudgementError(
                    f"<{j.a}> and <{j.b}> were judged different by {j.who or 'someone'} on {j.when[:10]}"
                    f"{f' ({j.why})' if j.why else ''}; merging <{a}> and <{b}> would make them one "
                    "(overrule that judgement to merge)"
                )
            j = replace(j, withdrawn=now, withdrawn_by=who, withdrawn_why=f"overruled by a merge: {why}".rstrip(": "))
        updated.append(j)
    judgement = Judgement("same", a, b, who, now, why)
    _write(store, updated + [judgement])
    return judgement


def not_same(store, a: str, b: str, *, who: str, why: str = "", now: str | None = None) -> Judgement:
    """Record that *a* and *b* are different entities, so kg never proposes or makes the
    merge. Two members of one cluster are a :class:`JudgementError`: unmerge first."""
    if a == b:
        raise JudgementError(f"<{a}> is one entity; a not-same needs two")
    judgements = read_judgements(store)
    members = _cluster_of(judgements, a)
    if b in members:
        raise JudgementError(
            f"<{a}> and <{b}> are merged into <{members[0]}>; run kg unmerge on one of them first"
        )
    for j in judgements:
        if j.kind == "different" and j.withdrawn is None and j.pair == frozenset((a, b)):
            return j
    judgement = Judgement("different", a, b, who, now or _now(), why)
    _write(store, judgements + [judgement])
    return judgement


def unmerge(store, iri: str, *, who: str, why: str = "", now: str | None = None) -> list[Judgement]:
    """Take *iri* out of its cluster: every standing merge naming it is withdrawn (kept,
    marked withdrawn). Returns the withdrawn judgements; the rest of the cluster stays
    merged where other merges still join it."""
    judgements = read_judgements(store)
    now = now or _now()
    updated, withdrawn = [], []
    for j in judgements:
        if j.kind == "same" and j.withdrawn is None and iri in j.pair:
            j = replace(j, withdrawn=now, withdrawn_by=who, withdrawn_why=why)
            withdrawn.append(j)
        updated.append(j)
    if not withdrawn:
        raise JudgementError(f"<{iri}> is not merged with anything")
    _write(store, updated)
    return withdrawn
