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

A wire story's dateline says where it was told from: a visitor with a home elsewhere that
its lead paragraph names is in that city ("BEIJING - Saudi Crown Prince Mohammed ...";
``dateline_confidence``, the visit's confidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.day_spans import span_of_days
from kg.extract.entities import country_by_code
from kg.extract.implications import trigger_word
from kg.extract.places import world_city_country
from kg.extract.trigger_words import relation_entries
from kg.ontology import Ontology

__all__ = ["AwayOnly", "away_from_home", "dateline_line", "dateline_visits", "load_away_only"]

#: What follows a dateline's place: "BEIJING -", "DOHA:", "Nairobi (AFP) -", "SEOUL, May 14";
#: a hyphen only before a space ("Seoul-based chipmaker X" opens no dateline).
_AFTER_PLACE = re.compile(r"[ \t]*(?:,|:|•|\(|—|–|-(?=\s))")

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
    dateline_confidence: float | None = None


def load_away_only(ontology: Ontology, folder: Path | None = None) -> dict[str, AwayOnly]:
    """Relation (FORMAT.md name) -> its ``away_only`` of ``ontology/triggers.yaml``, with
    every relation it names checked against the ontology."""
    found: dict[str, AwayOnly] = {}
    for relation_name, _, how in relation_entries("away_only", folder):
        where = f"triggers.yaml: {relation_name}: away_only"
        if not isinstance(how, dict) or not {"triggers", "homes", "places", "unknown_confidence"} <= set(how) \
                or not set(how) <= {"triggers", "homes", "places", "unknown_confidence", "dateline_confidence"}:
            raise OntologyError(f"{where}: must map triggers, homes, places, unknown_confidence and optionally dateline_confidence")
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

        dated = how.get("dateline_confidence")
        if dated is not None and (isinstance(dated, bool) or not isinstance(dated, (int, float)) or not 0 < dated <= 1):
            raise OntologyError(f"{where}: dateline_confidence must be a number above 0 and at most 1")
        pairs = tuple((known(first), _DIRECT if then == _DIRECT else known(then)) for first, then in homes.items())
        found[known(relation_name)] = AwayOnly(frozenset(triggers), pairs, known(how["places"]), float(confidence),
                                               None if dated is None else float(dated))
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



def dateline_visits(text: str, mentions: dict[str, list], relations: list[dict], classes: dict[str, str],
                    rules: dict[str, AwayOnly], dates: list[tuple[int, str]] = ()) -> list[dict]:
    """The visits a story's dateline tells (see the module's text), those not stated
    already; *mentions* maps entity names to their (start, end) mentions in *text*, *dates*
    gives the text's dates as (start, value): a visit is dated by its visitor's other fact
    of the lead, else by the lead's first day (the dateline's or the lead's own; "by 2018"
    dates a goal, not the telling), else its first date.

    >>> rules = {"visits": AwayOnly(frozenset(), (("head_of_state_of", "direct"),), "located_in", 0.45, 0.6)}
    >>> text = "Title|BUSAN - Daewon President Ana Lima signed a deal on Monday.|More.".replace("|", chr(10))
    >>> facts = [{"subject": "Ana Lima", "predicate": "head_of_state_of", "object": "Daewon", "evidence": [6, 60]},
    ...          {"subject": "Busan", "predicate": "located_in", "object": "South Korea", "evidence": [6, 11]}]
    >>> [(f["subject"], f["object"]) for f in dateline_visits(text, {"Busan": [(6, 11)], "Ana Lima": [(31, 39)]},
    ...  facts, {"Busan": "City", "Ana Lima": "Person", "Daewon": "Country", "South Korea": "Country"}, rules)]
    [('Ana Lima', 'Busan')]
    """
    found = []
    for predicate, rule in rules.items():
        if rule.dateline_confidence is None:
            continue
        line = dateline_line(text, mentions, classes)
        if line is None:
            continue
        city, start, end = line
        by_predicate: dict[str, list[dict]] = {}
        for fact in relations:
            by_predicate.setdefault(fact["predicate"], []).append(fact)
        country = _country_of(city, classes, rule, by_predicate)
        stated = {(f["subject"], f["object"]) for f in by_predicate.get(predicate, ())}
        # The lead tells of its first person: one named later ("... after a meeting with US
        # President Barack Obama") is met, perhaps elsewhere.
        first = min(((s, name) for name, spans in mentions.items() if classes.get(name) == "Person"
                     for s, _ in spans if start <= s < end), default=(None, None))[1]
        for name, spans in mentions.items():
            if name != first or (name, city) in stated:
                continue
            homes = _homes(name, rule, by_predicate)
            if not country or not homes or country in homes:
                continue
            dated = next((f["qualifiers"]["date"] for f in relations if f["subject"] == name and f.get("qualifiers", {}).get("date")
                          and start <= f["evidence"][0] < end), None) \
                or next((value for at, value in dates if start <= at < end and len(value) == 10), None) \
                or next((value for at, value in dates if start <= at < end), None)
            if dated and len(dated) == 10:
                # "arrived in the capital on Sunday on a three-day visit": the stay's days.
                dated = span_of_days(dated, text[start:end]) or dated
            found.append({"subject": name, "predicate": predicate, "object": city, "qualifiers": {"date": dated} if dated else {},
                          "confidence": rule.dateline_confidence, "evidence": [start, end], "implied": False,
                          "frame": "dateline-visit"})
    return found


def dateline_line(text: str, mentions: dict[str, list], classes: dict[str, str]) -> tuple[str, int, int] | None:
    """The city a dateline opens the story's lead with, among its first three lines, and
    where that line begins and ends."""
    for name, spans in mentions.items():
        if classes.get(name) != "City":
            continue
        for start, end in spans:
            if start > 600 or start and text[start - 1] != "\n" or text[:start].count("\n") > 3:
                continue
            if _AFTER_PLACE.match(text, end):
                stop = text.find("\n", end)
                return name, start, len(text) if stop < 0 else stop
    return None
