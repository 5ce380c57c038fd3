"""Facts of home a firm's name implies by the reference data: "Honda" is at home in Japan
(``data/reference/firms.yaml``) when the text names Japan too, as news writing for its
readers leaves a large firm's home unsaid.

Which relation such facts take, for which classes, and what they are worth is data:
``by_known_home`` in ``ontology/triggers.yaml``, checked against the ontology when loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.extract.entities import DocumentEntity
from kg.extract.name_facts import single_class_rule
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["ByKnownHome", "facts_by_known_home", "load_by_known_home"]


@dataclass(frozen=True)
class ByKnownHome:
    """The relation (FORMAT.md name) a known firm's home gives, the classes it is given
    for, and the confidence."""

    relation: str
    classes: frozenset[str]
    confidence: float


def load_by_known_home(ontology: Ontology, folder: Path | None = None) -> ByKnownHome | None:
    """The ``by_known_home`` rule of ``triggers.yaml`` (at most one relation has it),
    checked: its relation must take each of its classes as subject and a country as object."""
    found = single_class_rule(ontology, "by_known_home", "Country", folder)
    return ByKnownHome(*found) if found else None


def facts_by_known_home(entities: Mapping[str, DocumentEntity], stated: set[tuple[str, str, str]], rule: ByKnownHome | None,
                        homes: Mapping[str, str]) -> list[dict]:
    """The home of each entity of *entities* whose class *rule* takes and one of whose names
    *homes* maps (a name key to a country), when that country is an entity of the text too
    and the fact is not in *stated*; none for an entity whose names point to two countries.

    >>> from kg.extract.entities import DocumentEntity
    >>> rule = ByKnownHome("headquartered_in", frozenset({"Company"}), 0.6)
    >>> honda = DocumentEntity("honda", "Honda", "Company", None, mentions=[(0, 5)], surfaces={"Honda": None})
    >>> japan = DocumentEntity("japan", "Japan", "Country", None, mentions=[(20, 25)], surfaces={"Japan": None})
    >>> [(f["subject"], f["object"]) for f in facts_by_known_home({"honda": honda, "japan": japan}, set(), rule, {"honda": "Japan"})]
    [('Honda', 'Japan')]
    >>> facts_by_known_home({"honda": honda}, set(), rule, {"honda": "Japan"})
    []
    """
    if rule is None or not homes:
        return []
    countries = {e.name for e in entities.values() if e.cls == "Country"}
    facts = []
    for entity in entities.values():
        if entity.cls not in rule.classes:
            continue
        found = {homes[key] for key in {name_key(entity.name), *(name_key(s) for s in entity.surfaces)} if key in homes}
        if len(found) != 1:
            continue
        (country,) = found
        if country in countries and (entity.name, rule.relation, country) not in stated:
            facts.append({
                "subject": entity.name, "predicate": rule.relation, "object": country, "qualifiers": {},
                "confidence": rule.confidence, "evidence": list(entity.mentions[0]), "implied": True, "frame": "known-home",
            })
    return facts
