"""Pairs of entities that may be one: blocked on name keys, scored with their evidence.

Blocking puts two entities in the same block when one of their names (label or alias)
shares a normalised key, a key without spaces, a word, or an acronym with initials (see
:func:`kg.resolution.names.block_keys`). Blocks of common words ("capital", "ventures")
are skipped above :data:`MAX_BLOCK` members: they would give millions of pairs and no
evidence. Each pair in a block is then scored:

- the best :func:`~kg.resolution.names.name_similarity` of their names, equal normalised
  names counting :data:`EQUAL_KEYS_ALONE` (the other evidence decides whether they are one);
- class compatibility: a class and its subclass agree, two kinds of organisation cost a
  little, anything else (a person and a company) is never a pair;
- shared neighbours (the same investors, the same headquarters) add to the score; two
  entities linked to each other (one invests in the other) are two, and lose;
- disagreement: different headquarters (the objects of a relation kg.ttl marks
  ``kg:tellsApart``: an entity has one), different Wikidata items.

Pairs already judged (merged or judged distinct, see :mod:`kg.resolution.judgements`)
are not proposed again.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from kg.ingest.normalize import is_meaningful_name
from kg.namespaces import KG, OWL, RDFS, SKOS, WD
from kg.resolution.names import block_keys, match_key, name_similarity

__all__ = [
    "CANDIDATE_COLUMNS",
    "EQUAL_KEYS_ALONE",
    "MAX_BLOCK",
    "Entity",
    "candidate_cells",
    "candidates",
    "read_entities",
    "score_pair",
    "wanted_classes",
]

#: Blocks of more entities than this are skipped (a common word is no evidence).
MAX_BLOCK = 40
_MAX_BONUS = 0.15
#: What equal normalised names alone score: import-table makes one entity of every two
#: spellings of a key whose rows share a neighbour, and of the pairs it leaves, the labelled
#: Crunchbase sample holds 15 two-firm pairs in 68; a shared neighbour lifts them to 0.95.
EQUAL_KEYS_ALONE = 0.9
#: Names compared per entity: an entity with dozens of aliases would make pairs costly.
MAX_NAMES = 8


@dataclass
class Entity:
    """What resolution knows of an entity: its names, class and surroundings."""

    iri: str
    label: str
    cls: str
    names: list[str] = field(default_factory=list)
    neighbours: set[str] = field(default_factory=set)
    #: Objects of the relations that tell entities apart (its headquarters).
    places: set[str] = field(default_factory=set)
    wikidata: set[str] = field(default_factory=set)


def read_entities(store, ontology, *, canonical: dict[str, str] | None = None) -> dict[str, Entity]:
    """Every entity of *store* (read under *ontology*) with its names, neighbours, headquarters
    and Wikidata items: classes, labels and links come from the (cached) projection, names
    and Wikidata items from two bulk queries. Members of a merged cluster (*canonical* maps
    a member to its canonical IRI) are read as their canonical entity, names and links
    united."""
    from kg.analysis.project import project

    canonical = canonical or {}
    # Ranked as Ontology.most_specific ranks: a cluster's class is its members' deepest,
    # ties to the name sorting last, whatever order the projection lists the members in.
    rank = {c.name: ontology.specificity(c.name) for c in ontology.entity_classes()}
    graph = project(store, ontology)
    entities: dict[str, Entity] = {}
    for iri, data in graph.nodes(data=True):
        cls = data.get("cls") or ""
        if not cls:
            continue  # an untyped IRI (a Wikidata item, a source) is no entity to resolve
        iri = canonical.get(iri, iri)
        known = entities.get(iri)
        if known is None:
            entities[iri] = Entity(iri, "", cls)
        elif rank.get(cls, (0, "")) > rank.get(known.cls, (0, "")):
            known.cls = cls
    _, rows = store.select_rows(
        f"SELECT ?e ?n ?k WHERE {{ {{ ?e <{RDFS.label}> ?n BIND(0 AS ?k) }} UNION "
        f"{{ ?e <{SKOS.altLabel}> ?n BIND(1 AS ?k) }} }}"
    )
    # Labels first, and the canonical entity's own label before its members'.
    for iri, name, _ in sorted(rows, key=lambda r: (r[2], r[0] in canonical)):
        entity = entities.get(canonical.get(iri, iri))
        if entity is not None and name not in entity.names:
            entity.names.append(name)
    for entity in entities.values():
        entity.label = entity.names[0] if entity.names else entity.iri
    telling_apart = {r.name for r in ontology.relations.values() if r.tells_apart}
    for u, v, relation in graph.edges(data="relation"):
        u, v = canonical.get(u, u), canonical.get(v, v)
        if u in entities and v in entities and u != v:
            entities[u].neighbours.add(v)
            entities[v].neighbours.add(u)
            if relation in telling_apart:
                entities[u].places.add(v)
    _, rows = store.select_rows(
        f"SELECT ?e ?w WHERE {{ {{ ?e <{KG.wikidata}> ?w }} UNION {{ ?e <{OWL.sameAs}> ?w }} "
        f"FILTER(STRSTARTS(STR(?w), \"{WD}\")) }}"
    )
    for iri, item in rows:
        entity = entities.get(canonical.get(iri, iri))
        if entity is not None:
            entity.wikidata.add(item)
    return entities


@functools.lru_cache(maxsize=1024)
def _class_penalty(ontology, a: str, b: str) -> tuple[float, str] | None:
    """What two classes cost a pair; None when they can never be one entity."""
    if a == b:
        return 0.0, ""
    up_a, up_b = ontology.ancestors(a), ontology.ancestors(b)
    if a in up_b or b in up_a:
        return 0.0, f"classes agree ({a} / {b})"
    if "Organization" in up_a and "Organization" in up_b:
        return -0.05, f"different kinds of organisation ({a} / {b})"
    return None


def _person_names_differ(a: str, b: str) -> str | None:
    """Why two person names of two words or more cannot be one person's: different family
    names, or given names neither equal nor one an initial or a shortening of the other."""
    words_a, words_b = match_key(a).split(), match_key(b).split()
    if len(words_a) < 2 or len(words_b) < 2:
        return None
    if words_a[-1] != words_b[-1]:
        return "different family names"
    x, y = sorted((words_a[0], words_b[0]), key=len)
    return None if y.startswith(x) else "different given names"


def score_pair(a: Entity, b: Entity, ontology) -> tuple[float, list[str]] | None:
    """The score of a pair, 0 to 1, and its evidence; None when the classes forbid it.

    Parameters
    ----------
    a, b : Entity
        The two entities.
    ontology : kg.ontology.Ontology
        For class compatibility.

    Returns
    -------
    (float, list of str) or None

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> fb = Entity("x:1", "Facebook", "Company", ["Facebook"], {"x:accel"})
    >>> fb2 = Entity("x:2", "Facebook, Inc.", "Company", ["Facebook, Inc."], {"x:accel"})
    >>> score_pair(fb, fb2, onto)
    (0.95, ["same normalised name 'facebook'", 'shares 1 neighbour(s)'])
    >>> score_pair(fb, Entity("x:3", "Facebook", "Person", ["Facebook"]), onto) is None
    True
    """
    classes = _class_penalty(ontology, a.cls, b.cls)
    if classes is None:
        return None
    best, why = -1.0, "no names to compare"
    for name_a in a.names[:MAX_NAMES]:
        for name_b in b.names[:MAX_NAMES]:
            similarity, reason = name_similarity(name_a, name_b)
            if similarity > best:
                best, why = similarity, reason
    # Only equal keys drop: the pairs import-table leaves with them are those it found no
    # evidence for, while names equal once spaces go (0.95) it never joins, and those are
    # right 53 times in 54 on the labelled sample.
    score, evidence = (EQUAL_KEYS_ALONE if best >= 1.0 else max(best, 0.0)), [why]
    if classes[1]:
        score += classes[0]
        evidence.append(classes[1])
    if a.cls == b.cls == "Person":
        # Relatives share a family name and often investors: Ali and Hadi Partovi are two.
        differ = _person_names_differ(a.label, b.label)
        if differ:
            score -= 0.3
            evidence.append(differ)
    if a.wikidata and b.wikidata:
        if a.wikidata & b.wikidata:
            return 1.0, evidence + ["same Wikidata item"]
        score -= 1.0
        evidence.append("different Wikidata items")
    shared = len(a.neighbours & b.neighbours)
    if shared:
        score += min(_MAX_BONUS, 0.05 * shared)
        evidence.append(f"shares {shared} neighbour(s)")
    if b.iri in a.neighbours:
        score -= 0.2
        evidence.append("linked to each other")
    if a.places and b.places and not a.places & b.places:
        score -= 0.3
        evidence.append("different headquarters")
    return round(min(1.0, max(0.0, score)), 3), evidence


def wanted_classes(ontology, classes: Iterable[str] | None) -> set[str] | None:
    """Names of the classes *classes* and of every class below them; None (every class)
    when none is given.

    Raises
    ------
    kg.errors.OntologyError
        A name is no class of *ontology*; the message lists the classes.

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> sorted(wanted_classes(load_ontology(), ["InvestmentFirm", "Organization"]))
    ['Company', 'GovernmentBody', 'InvestmentFirm', 'Organization', 'ResearchOrg']
    >>> wanted_classes(load_ontology(), [])
    >>> wanted_classes(load_ontology(), ["Planet"])
    Traceback (most recent call last):
    ...
    kg.errors.OntologyError: unknown class 'Planet'; the classes are ...
    """
    classes = list(classes or ())
    return set().union(*(ontology.subclasses(name) for name in classes)) if classes else None


def candidates(
    entities: dict[str, Entity],
    ontology,
    *,
    classes: Iterable[str] | None = None,
    min_score: float = 0.6,
    limit: int | None = None,
    judged: set[frozenset[str]] | None = None,
) -> list[dict]:
    """Pairs of *entities* that may be one, best first, each with its evidence.

    Parameters
    ----------
    entities : dict
        IRI -> :class:`Entity`, as :func:`read_entities` gives them.
    ontology : kg.ontology.Ontology
    classes : iterable of str, optional
        Only pairs of which one entity is of one of these classes (or below).
    min_score : float
        Pairs scoring less are left out.
    limit : int, optional
        At most this many pairs.
    judged : set of frozenset, optional
        Pairs already judged; never proposed.

    Returns
    -------
    list of dict
        ``a``, ``a_label``, ``a_class``, ``b``, ``b_label``, ``b_class``, ``score``,
        ``evidence``; *a* is the entity with the smaller IRI.

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> es = {e.iri: e for e in [Entity("x:1", "LG", "Company", ["LG"]),
    ...       Entity("x:2", "LG Electronics", "Company", ["LG Electronics"]),
    ...       Entity("x:3", "Samsung", "Company", ["Samsung"])]}
    >>> [(c["a_label"], c["b_label"], c["score"]) for c in candidates(es, load_ontology())]
    [('LG', 'LG Electronics', 0.65)]
    """
    wanted = wanted_classes(ontology, classes)
    judged = judged or set()
    blocks: dict[tuple[str, str], set[str]] = defaultdict(set)
    for iri, entity in entities.items():
        for name in entity.names[:MAX_NAMES]:
            if is_meaningful_name(name):
                for key in block_keys(name):
                    blocks[key].add(iri)
    pairs: set[tuple[str, str]] = set()
    for (kind, text), members in blocks.items():
        if kind == "a":
            # An acronym meets the names it may stand for, not other acronyms.
            spelled = blocks.get(("i", text), set())
            if len(spelled) <= MAX_BLOCK:
                pairs.update(tuple(sorted((x, y))) for x in members for y in spelled if x != y)
        # An equal key is evidence however many share it; a shared word is not.
        elif kind in "kc" and len(members) >= 2 or kind == "t" and 2 <= len(members) <= MAX_BLOCK:
            pairs.update(combinations(sorted(members), 2))
    found = []
    for x, y in pairs:
        a, b = entities[x], entities[y]
        if wanted is not None and a.cls not in wanted and b.cls not in wanted:
            continue
        if frozenset((x, y)) in judged:
            continue
        scored = score_pair(a, b, ontology)
        if scored is None or scored[0] < min_score:
            continue
        found.append({
            "a": x, "a_label": a.label, "a_class": a.cls,
            "b": y, "b_label": b.label, "b_class": b.cls,
            "score": scored[0], "evidence": scored[1],
        })
    found.sort(key=lambda c: (-c["score"], c["a_label"].casefold(), c["b_label"].casefold(), c["a"], c["b"]))
    return found[:limit] if limit is not None else found


#: The columns of ``kg dedupe``'s table: (key of :func:`candidate_cells`' rows, heading).
CANDIDATE_COLUMNS = (
    ("score", "score"), ("a", "entity"), ("a_class", "class"), ("b", "entity"), ("b_class", "class"),
    ("evidence", "evidence"),
)


def candidate_cells(rows: Iterable[dict]) -> list[dict]:
    """:func:`candidates`' *rows* as text cells for a table (:data:`CANDIDATE_COLUMNS`):
    the score to two places, each entity as ``label <IRI>``, the evidence joined by ``;``.

    >>> candidate_cells([{"a": "x:1", "a_label": "LG", "a_class": "Company", "b": "x:2",
    ...     "b_label": "LG Electronics", "b_class": "Company", "score": 0.65, "evidence": ["one", "two"]}])
    [{'score': '0.65', 'a': 'LG <x:1>', 'a_class': 'Company', 'b': 'LG Electronics <x:2>', 'b_class': 'Company', 'evidence': 'one; two'}]
    """
    return [
        {"score": f"{row['score']:.2f}", "a": f"{row['a_label']} <{row['a']}>", "a_class": row["a_class"],
         "b": f"{row['b_label']} <{row['b']}>", "b_class": row["b_class"], "evidence": "; ".join(row["evidence"])}
        for row in rows
    ]
