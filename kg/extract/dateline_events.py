"""Where an event is held, told by a wire story's dateline: "KARACHI: The commerce minister
on Friday, the second day of the 10th Expo Pakistan, met ...", "MOSCOW, Aug. 20 -- The
premier arrived here for the 29th regular meeting of ...". A story filed from an event
names it in its lead and seldom says "held in" the city it is told from; an event the lead
line names, with no city the text holds it in, is held in the dateline's city.

Which relation that is, the classes of events read and the confidence are data:
``by_dateline`` in ``ontology/triggers.yaml``. Not an event the lead only mentions in a
later line, nor one a frame already placed in a city: a story from Beijing about the G20 in
Osaka names Osaka.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.extract.entities import DocumentEntity
from kg.extract.home_guard import dateline_line
from kg.extract.name_facts import single_class_rule
from kg.ontology import Ontology

__all__ = ["ByDateline", "facts_by_dateline", "load_by_dateline"]

#: A day after a dateline's comma: ", Aug. 20", ", May 3", ", 20 August", ", Tuesday".
_DAY_AFTER_COMMA = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


@dataclass(frozen=True)
class ByDateline:
    """The relation (FORMAT.md name) an event of the lead line has with the dateline's city,
    the classes of events read, and the confidence."""

    relation: str
    classes: frozenset[str]
    confidence: float


def load_by_dateline(ontology: Ontology, folder: Path | None = None) -> ByDateline | None:
    """The ``by_dateline`` rule of ``triggers.yaml`` (at most one relation has it),
    checked: its classes must be the relation's subjects and a city its object."""
    found = single_class_rule(ontology, "by_dateline", "City", folder)
    return ByDateline(*found) if found else None


def facts_by_dateline(text: str, entities: dict[str, DocumentEntity], relations: list[dict], rule: ByDateline | None) -> list[dict]:
    """The event of *entities* (a class of *rule*) named in the line a dateline's city
    opens, held in that city, when *relations* hold it in no city; dated as the event's own
    facts most often are.

    >>> from kg.extract.entities import DocumentEntity as E
    >>> text = "Title|KARACHI: The minister opened the 10th Hanul Expo.|More.".replace("|", chr(10))
    >>> ents = {"k": E("k", "Karachi", "City", None, mentions=[(6, 13)]), "e": E("e", "10th Hanul Expo", "Event", None, mentions=[(44, 59)])}
    >>> [(f["subject"], f["object"]) for f in facts_by_dateline(text, ents, [], ByDateline("event_held_at", frozenset({"Event"}), 0.6))]
    [('10th Hanul Expo', 'Karachi')]
    >>> text = "Title|Karachi, the host of the 10th Hanul Expo, met.|More.".replace("|", chr(10))
    >>> ents["k"].mentions, ents["e"].mentions = [(6, 13)], [(30, 45)]
    >>> facts_by_dateline(text, ents, [], ByDateline("event_held_at", frozenset({"Event"}), 0.6))
    []
    """
    if rule is None or not text:
        return []
    classes = {e.name: e.cls for e in entities.values()}
    line = dateline_line(text, {e.name: e.mentions for e in entities.values()}, classes)
    if line is None:
        return []
    city, start, end = line
    # "Busan, the host city of the forum, ...": a comma after the city opens a dateline only
    # before its day ("MOSCOW, Aug. 20"); a city opening the story's sentence is no dateline.
    after = next((m[1] for e in entities.values() if e.name == city for m in e.mentions if m[0] == start), start + len(city))
    if text[after:after + 1] == "," and not _DAY_AFTER_COMMA.match(text, after):
        return []
    placed = {r["subject"] for r in relations if r["predicate"] == rule.relation and classes.get(r["object"]) == "City"}
    facts = []
    for entity in entities.values():
        if entity.cls not in rule.classes or entity.name in placed:
            continue
        lead = next((m for m in entity.mentions if start <= m[0] < end), None)
        if lead is None:
            continue
        # Dated by the event's own facts only: a participant's day is one day of the event.
        dates = [r["qualifiers"]["date"] for r in relations if r["subject"] == entity.name and (r.get("qualifiers") or {}).get("date")]
        date = max(dates, key=dates.count) if dates else None
        facts.append({"subject": entity.name, "predicate": rule.relation, "object": city, "qualifiers": {"date": date} if date else {},
                      "confidence": rule.confidence, "evidence": [start, end], "implied": False, "frame": "dateline-event"})
    return facts
