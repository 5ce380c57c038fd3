"""Visits read from meetings, kept only for visitors away from home.

"Li Qiang held talks with Mishustin in Moscow" tells that the Chinese premier was in
Moscow; "Lee Jae-yong met Jensen Huang in Seoul" tells nothing of a trip by Samsung's
chairman, who is at home. A visit read from a meeting (``away_only`` of a relation in
``ontology/triggers.yaml``: the trigger groups by their first word) is dropped when the place
is in the visitor's home country, kept when the text gives the visitor a home elsewhere, and
made less sure (a candidate, by default) when the text gives no home at all. A visitor's
home is read from the document's own facts (``homes``: a relation to a country, or one to an
organisation and that organisation's relation to a country); a place's country from the
document's facts (``places``) or the reference cities.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.entities import country_by_code
from kg.extract.implications import trigger_word
from kg.extract.places import world_city_country
from kg.extract.trigger_words import relation_entries
from kg.ontology import Ontology

__all__ = ["AwayOnly", "away_from_home", "load_away_only"]

#: How ``homes`` names a relation that reaches the country itself.
_DIRECT = "direct"


@dataclass(frozen=True)
class AwayOnly:
    """The trigger words whose facts need a visitor away from home, the relations that give
    a home (each to a country directly or through an organisation's relation), the relation
    that places a place in a country, and what an unknown home leaves of a fact."""

    triggers: frozenset[str]
    homes: tuple[tuple[str, str], ...]
    places: str
    unknown_confidence: float


def load_away_only(ontology: Ontology, folder: Path | None = None) -> dict[str, AwayOnly]:
    """Relation (FORMAT.md name) -> its ``away_only`` of ``ontology/triggers.yaml``, with
    every relation it names checked against the ontology."""
    found: dict[str, AwayOnly] = {}
    for relation_name, _, how in relation_entries("away_only", folder):
        where = f"triggers.yaml: {relation_name}: away_only"
        if not isinstance(how, dict) or set(how) != {"triggers", "homes", "places", "unknown_confidence"}:
            raise OntologyError(f"{where}: must map triggers, homes, places and unknown_confidence")
        triggers, homes, confidence = how["triggers"], how["homes"], how["unknown_confidence"]
        if not isinstance(triggers, list) or not all(isinstance(w, str) and w for w in triggers):
            raise OntologyError(f"{where}: triggers must be a list of words")
        if not isinstance(homes, dict) or not homes:
            raise OntologyError(f"{where}: homes must map relations to 'direct' or a relation")
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            raise OntologyError(f"{where}: unknown_confidence must be a number from 0 to 1")

        def known(name) -> str:
            try:
                return ontology.relation(str(name)).eval_name
            except OntologyError:
                raise OntologyError(f"{where}: unknown relation {name!r}") from None

        pairs = tuple((known(first), _DIRECT if then == _DIRECT else known(then)) for first, then in homes.items())
        found[known(relation_name)] = AwayOnly(frozenset(triggers), pairs, known(how["places"]), float(confidence))
    return found


def away_from_home(relations: list[dict], classes: dict[str, str], rules: dict[str, AwayOnly]) -> list[dict]:
    """*relations* with the visits read from meetings judged by the visitor's home (see the
    module's text); *classes* maps entity names to their classes.

    >>> rules = {"visits": AwayOnly(frozenset({"meet"}), (("head_of_state_of", "direct"),), "located_in", 0.45)}
    >>> fact = lambda s, p, o, frame="verb-active:x:y": {"subject": s, "predicate": p, "object": o, "confidence": 0.85,
    ...                                                   "frame": frame}
    >>> visit = fact("Li", "visits", "Moscow", "verb-active:visits:meet")
    >>> [f["object"] for f in away_from_home([visit, fact("Li", "head_of_state_of", "China"),
    ...                                       fact("Moscow", "located_in", "Russia")], {"Moscow": "City"}, rules)]
    ['Moscow', 'China', 'Russia']
    >>> [f["object"] for f in away_from_home([visit, fact("Li", "head_of_state_of", "Russia"),
    ...                                       fact("Moscow", "located_in", "Russia")], {"Moscow": "City"}, rules)]
    ['Russia', 'Russia']
    """
    if not rules:
        return relations
    by_predicate: dict[str, list[dict]] = {}
    for fact in relations:
        by_predicate.setdefault(fact["predicate"], []).append(fact)
    kept = []
    for fact in relations:
        rule = rules.get(fact["predicate"])
        if rule is None or trigger_word(str(fact.get("frame", ""))) not in rule.triggers:
            kept.append(fact)
            continue
        homes = _homes(fact["subject"], rule, by_predicate)
        country = _country_of(fact["object"], classes, rule, by_predicate)
        if homes and country and country in homes:
            continue  # met at home: no visit
        if not homes or not country:
            fact = {**fact, "confidence": min(fact["confidence"], rule.unknown_confidence)}
        kept.append(fact)
    return kept


def _homes(person: str, rule: AwayOnly, facts: dict[str, list[dict]]) -> set[str]:
    homes = set()
    for first, then in rule.homes:
        for fact in facts.get(first, ()):
            if fact["subject"] != person:
                continue
            if then == _DIRECT:
                homes.add(fact["object"])
            else:
                homes.update(f["object"] for f in facts.get(then, ()) if f["subject"] == fact["object"])
    return homes


def _country_of(place: str, classes: dict[str, str], rule: AwayOnly, facts: dict[str, list[dict]]) -> str | None:
    if classes.get(place) == "Country":
        return place
    placed = [f["object"] for f in facts.get(rule.places, ()) if f["subject"] == place and classes.get(f["object"]) == "Country"]
    if placed:
        return placed[0]
    code = world_city_country(place)
    return country_by_code().get(code) if code else None

