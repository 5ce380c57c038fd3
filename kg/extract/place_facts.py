"""Facts a text's place names imply: a facility named after a city of the text is in that
city ("Shanghai International Convention Center" beside "Shanghai"); a city of the
reference data is in its country when the text names that country too.

Which relation such facts take, and what they are worth, is data: ``by_place_name`` in
``ontology/triggers.yaml``, checked against the ontology when it is loaded. The facts a
firm's name implies (:mod:`kg.extract.name_facts`) are read here too, so that the
extractor asks one object for everything names imply.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.dateline_events import ByDateline, facts_by_dateline, load_by_dateline
from kg.extract.entities import DocumentEntity, country_by_code
from kg.extract.known_homes import ByKnownHome, facts_by_known_home, load_by_known_home
from kg.extract.name_facts import (
    ByCountryName,
    ByName,
    ByPartyNames,
    facts_by_country_name,
    facts_by_name,
    facts_by_party_names,
    is_confidence,
    load_by_country_name,
    load_by_name,
    load_by_party_names,
    single_relation_rule,
)
from kg.extract.places import region_country, world_city_country
from kg.extract.sector_mentions import BySectorName, facts_by_sector_name, load_by_sector_name
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["ByPlaceName", "NameFacts", "facts_by_place_name", "load_by_place_name"]

#: The ends the rule joins, (inner, outer): a facility in a city, a city in a country.
_CONTAINMENTS = (("Facility", "City"), ("City", "Country"))


@dataclass(frozen=True)
class ByPlaceName:
    """The relation (FORMAT.md name) a place's name implies, and the confidence."""

    relation: str
    confidence: float


def load_by_place_name(ontology: Ontology, folder: Path | None = None) -> ByPlaceName | None:
    """The ``by_place_name`` rule of ``triggers.yaml`` (at most one relation has it), checked.

    The relation must take a facility or a city as its subject and a city or a country as
    its object; an error names the relation and the broken part.
    """
    found = single_relation_rule("by_place_name", folder)
    if found is None:
        return None
    name, rule, where = found
    confidence = rule.get("confidence")
    if set(rule) - {"confidence"} or not is_confidence(confidence):
        raise OntologyError(f"{where}: one relation only, with a confidence from 0 to 1 and nothing else")
    try:
        relation = ontology.relation(name)
    except OntologyError as error:
        raise OntologyError(f"{where}: {error}") from None
    for inner, outer in _CONTAINMENTS:
        if not (ontology.is_subclass(inner, relation.domain) and ontology.is_subclass(outer, relation.range)):
            raise OntologyError(f"{where}: {relation.name} cannot say a {inner} lies in a {outer} (its domain or range)")
    return ByPlaceName(relation.eval_name, float(confidence))


def facts_by_place_name(entities: dict[str, DocumentEntity], stated: set[tuple[str, str, str]], rule: ByPlaceName | None,
                        city_country: dict[str, str], text: str = "") -> list[dict]:
    """The facts the place names of *entities* imply by *rule*, not already in *stated*.

    *city_country* maps a reference city's name key to its country's name; a city not in it
    is looked up among the world's cities. A city *text* writes with a region after it
    ("Newton, Iowa", "Ingersoll, Ontario") is in the region's country, whatever city of
    the world shares its name; so is a facility ("the Anna Engine Plant in Ohio").
    """
    if rule is None:
        return []
    by_name = {e.name: e for e in entities.values()}
    cities = [e for e in entities.values() if e.cls == "City"]
    implied = []
    for entity in entities.values():
        if entity.cls == "Facility":
            implied.extend((entity, city) for city in cities if entity.name.startswith(city.name + " "))
            # "Hanul's Anna Engine Plant in Ohio": in the region's country.
            country = _region_after(text, entity)
            if country and country in by_name:
                implied.append((entity, by_name[country]))
        elif entity.cls == "City":
            country = _region_after(text, entity) or city_country.get(name_key(entity.name)) \
                or country_by_code().get(world_city_country(entity.name) or "")
            if country and country in by_name:
                implied.append((entity, by_name[country]))
    return [
        {
            "subject": place.name, "predicate": rule.relation, "object": container.name, "qualifiers": {},
            "confidence": rule.confidence, "evidence": list(place.mentions[0]), "implied": True, "frame": "place-names",
        }
        for place, container in implied
        if (place.name, rule.relation, container.name) not in stated
    ]


#: A region's name after a place and a comma or "in": "Newton, Iowa-based", "Ingersoll,
#: Ontario", "the Anna Engine Plant in Ohio".
_REGION_AFTER = re.compile(r"(?:,|\s+in)\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")


def _region_after(text: str, place: DocumentEntity) -> str | None:
    """The country of the region *text* writes right after a mention of *place*, if any."""
    for _, end in place.mentions:
        found = _REGION_AFTER.match(text, end)
        words = found.group(1).split() if found else []
        # "Ingersoll, Ontario later": the longest run of capitalised words that is a region.
        country = next((region_country(" ".join(words[:n]).split("-")[0]) for n in range(len(words), 0, -1)
                        if region_country(" ".join(words[:n]).split("-")[0])), None)
        if country:
            return country
    return None


class NameFacts:
    """Everything a text's names imply: places (:func:`facts_by_place_name`), firms
    named after firms (:func:`kg.extract.name_facts.facts_by_name`), and policies and
    organisations named after countries (:func:`kg.extract.name_facts.facts_by_country_name`), events
    named after their parties (:func:`kg.extract.name_facts.facts_by_party_names`), firms named
    after sectors (:func:`kg.extract.sector_mentions.facts_by_sector_name`), and the events a
    dateline places (:func:`kg.extract.dateline_events.facts_by_dateline`), the homes of
    firms the reference data knows (:func:`kg.extract.known_homes.facts_by_known_home`), by the rules of
    ``triggers.yaml`` read once."""

    def __init__(self, ontology: Ontology, city_country: dict[str, str], folder: Path | None = None, *,
                 firm_homes: dict[str, str] | None = None) -> None:
        self._places: ByPlaceName | None = load_by_place_name(ontology, folder)
        self._firms: ByName | None = load_by_name(ontology, folder)
        self._policies: ByCountryName | None = load_by_country_name(ontology, folder)
        self._homes: ByCountryName | None = load_by_country_name(ontology, folder, key="by_home_name")
        self._sectors: BySectorName | None = load_by_sector_name(ontology, folder)
        self._parties: ByPartyNames | None = load_by_party_names(ontology, folder)
        self._datelines: ByDateline | None = load_by_dateline(ontology, folder)
        self._city_country = city_country
        self._known_homes: ByKnownHome | None = load_by_known_home(ontology, folder)
        self._firm_homes = firm_homes or {}

    def implied(self, entities: dict[str, DocumentEntity], relations: list[dict], text: str = "") -> list[dict]:
        """The facts the names of *entities* imply that *relations* do not state already, and
        those the dateline of *text* gives."""
        stated = {(r["subject"], r["predicate"], r["object"]) for r in relations}
        return facts_by_place_name(entities, stated, self._places, self._city_country, text) + facts_by_name(entities, stated, self._firms) \
            + facts_by_country_name(entities, stated, self._policies) + facts_by_country_name(entities, stated, self._homes) \
            + facts_by_sector_name(entities, relations, self._sectors) + facts_by_party_names(entities, relations, self._parties) \
            + facts_by_dateline(text, entities, relations, self._datelines) \
            + facts_by_known_home(entities, stated, self._known_homes, self._firm_homes)
