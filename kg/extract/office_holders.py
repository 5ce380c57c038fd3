"""Facts a leader's title implies: "President Joe Biden" in a story of 2022 is the United
States' head of state, though no sentence says of where.

News names a leader by title and name alone once the country is plain to its readers, and
the parse then has nothing to tie the title to. A list of office holders by term
(``data/reference/office_holders.yaml``) gives the country; the text must still give the
title of the holder's office right before a mention of the name, the story's date must
fall within one of the holder's terms of that office (a "former" title: after the start of
one), and the country must be named in the text. Which relation and qualifier this states,
its confidence and the words that make a title a past one are the ``by_office_holder``
rule of ``ontology/triggers.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity, reference_entities
from kg.extract.name_facts import checked_ends, is_confidence, single_relation_rule
from kg.ingest.normalize import name_key
from kg.ontology import Ontology, camel_to_snake
from kg.resources import read_yaml, resource_dir

__all__ = ["OfficeHolder", "OfficeHolders", "load_office_holders"]

#: How far before a mention a title may start: "former Prime Minister " and some spacing.
_REACH = 48


@dataclass(frozen=True)
class OfficeHolder:
    """One person's terms in one office of one country, ISO dates (an open term ends None)."""

    names: frozenset[str]  # name keys of the name and its aliases
    country: str
    office: str
    terms: tuple[tuple[str, str | None], ...]
    written: tuple[str, ...] = ()  # the name and its aliases as written ("Vladimir Putin")

    def in_office(self, day: str | None) -> bool:
        """Whether the holder held the office on *day*, an ISO date or a year or month (any
        day of it); no day is any day."""
        if day is None:
            return True
        first, last = _first_day(day), _last_day(day)
        return any(start <= last and (end is None or first < end) for start, end in self.terms)

    def held_before(self, day: str | None) -> bool:
        """Whether a term began before *day* (before its last day, for a year or month)."""
        return day is None or any(start < _last_day(day) for start, _ in self.terms)


@dataclass(frozen=True)
class OfficeHolders:
    """The rule and the list, read and checked once."""

    relation: str
    qualifier: str
    confidence: float
    former_words: frozenset[str]
    not_after: frozenset[str]  # "Vice President X" is not the president
    titles: dict[str, tuple[str, ...]]  # office -> its titles, lower case
    holders: tuple[OfficeHolder, ...]

    @functools.cached_property
    def _title_pattern(self) -> re.Pattern:
        words = sorted({t for ts in self.titles.values() for t in ts} | set(self.former_words), key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        # The words right before the name: "former Prime Minister ", "PM ", "outgoing President ".
        return re.compile(rf"((?:\b(?:{alternatives})\.?\s+)+)$", re.IGNORECASE)

    def with_holders(self, text: str, entities: dict[str, DocumentEntity], relations: list[dict], published: str | None) -> list[dict]:
        """*relations* with the rule's facts for the people of *entities*: a fact of the rule
        they hold already between the same ends, less sure than the list makes it (a
        title-and-name frame that found no country said), gives way to the list's, and one
        with another country than the list's is dropped."""
        sure = {r["subject"] for r in relations if r["predicate"] == self.relation and r["confidence"] >= self.confidence}
        countries = {e.name for e in entities.values() if e.cls == "Country"}
        day = str(published)[:10] if published else None
        found = []
        held: dict[str, str] = {}  # a person the list knows by the title said: the country of the office
        for entity in entities.values():
            if entity.cls != "Person" or entity.name in sure:
                continue
            keys = {name_key(entity.name)} | {name_key(s) for s in entity.surfaces}
            for holder in self.holders:
                if not keys & holder.names:
                    continue
                said = self._title_said(text, entity, holder)
                if said is None:
                    continue
                mention, former = said
                held[entity.name] = holder.country  # whatever the day: no one heads two countries' states
                if not (holder.held_before(day) if former else holder.in_office(day)):
                    continue
                if holder.country not in countries:
                    continue
                found.append({
                    "subject": entity.name, "predicate": self.relation, "object": holder.country,
                    "qualifiers": {self.qualifier: f"{former} {holder.office}" if former else holder.office},
                    "confidence": self.confidence, "evidence": list(mention), "implied": True, "frame": "office-holder",
                })
                break
        replaced = {(f["subject"], f["object"]) for f in found}
        # "Japanese Prime Minister Kishida met President Joe Biden": a guess of Biden's country
        # from the text's (less sure than the list) is wrong when the list knows his office's.
        kept = [r for r in relations if r["predicate"] != self.relation or (r["subject"], r["object"]) not in replaced
                and not (r["confidence"] < self.confidence and held.get(r["subject"], r["object"]) != r["object"])]
        return [r for r in kept if not self._public_title(r, entities, day)] + found

    def _public_title(self, relation: dict, entities: dict[str, DocumentEntity], day: str | None) -> bool:
        """Whether *relation* gives a firm's post to a holder of a public office by that
        office's title ("Daewon Group and President Biden met": no president of Daewon).
        The family name alone is enough here, as the fact is only dropped: the title and a
        holder in office that day must both fit."""
        role = str((relation.get("qualifiers") or {}).get(self.qualifier, "")).lower()
        if relation["predicate"] == self.relation or not role:
            return False
        by_name = {e.name: e for e in entities.values()}
        person, other = by_name.get(relation["subject"]), by_name.get(relation["object"])
        if person is None or person.cls != "Person" or other is None or other.cls in ("Country", "GovernmentBody"):
            return False
        last = name_key(person.name.split()[-1])
        return any(holder.in_office(day) and role in self.titles[holder.office]
                   and any(name.split()[-1:] == [last] for name in holder.names) for holder in self.holders)

    def _title_said(self, text: str, entity: DocumentEntity, holder: OfficeHolder) -> tuple[tuple[int, int], str] | None:
        """The first mention of *entity* that a title of the holder's office stands right
        before, and the word that makes it a past title ("former") or ""."""
        titles = self.titles[holder.office]
        for start, end in entity.mentions:
            match = self._title_pattern.search(text[max(0, start - _REACH):start])
            if match is None:
                continue
            before = text[max(0, start - _REACH):start][:match.start()].split()
            if before and before[-1].lower().strip("-") in self.not_after:
                continue
            words = " ".join(match.group(1).lower().replace(".", " ").split())
            if not any(words == t or words.endswith(f" {t}") for t in titles):
                continue
            past = next((w for w in self.former_words if words.startswith(f"{w} ")), "")
            return (start, end), past
        return None


def load_office_holders(ontology: Ontology, folder: Path | None = None, data: Path | None = None) -> OfficeHolders | None:
    """The ``by_office_holder`` rule of ``triggers.yaml`` (or *folder*'s) with the list of
    ``office_holders.yaml`` (or *data*'s), checked: the relation must take a person and a
    country and carry the rule's qualifier, each holder's office must be listed and its
    country one of countries.yaml, each term an ISO date or a pair of them."""
    found = single_relation_rule("by_office_holder", folder)
    if found is None:
        return None
    name, rule, where = found
    confidence, qualifier = rule.get("confidence"), rule.get("qualifier")
    former, not_after = rule.get("former_words", []), rule.get("not_after", [])
    if not is_confidence(confidence) or not isinstance(qualifier, str) or not isinstance(former, list) \
            or not isinstance(not_after, list) or set(rule) - {"confidence", "qualifier", "former_words", "not_after"}:
        raise OntologyError(f"{where}: must have a confidence from 0 to 1, a qualifier, former_words and not_after (words)")
    relation = checked_ends(ontology, name, ["Person"], "Country", where)
    if qualifier not in {camel_to_snake(q) for q in ontology.qualifiers}:
        raise OntologyError(f"{where}: unknown qualifier {qualifier!r}")
    path = (data or resource_dir("data") / "reference") / "office_holders.yaml"
    listed = read_yaml(path, OntologyError, "reference data") or {}
    offices = listed.get("offices") or {}
    titles = {}
    for office, spec in offices.items():
        words = (spec or {}).get("titles")
        if not isinstance(words, list) or not words:
            raise OntologyError(f"{path.name}: office {office!r}: needs titles")
        titles[str(office)] = tuple(" ".join(str(w).lower().split()) for w in words)
    countries = {e.label for e in reference_entities()[0] if e.cls == "Country"}
    holders = []
    for entry in listed.get("holders") or []:
        label = f"{path.name}: {entry.get('name')!r}" if isinstance(entry, dict) else f"{path.name}: {entry!r}"
        if not isinstance(entry, dict) or not entry.get("name") or entry.get("office") not in titles:
            raise OntologyError(f"{label}: needs a name and an office of 'offices'")
        if entry.get("country") not in countries:
            raise OntologyError(f"{label}: unknown country {entry.get('country')!r}")
        written = tuple(str(n) for n in [entry["name"], *(entry.get("aliases") or [])])
        holders.append(OfficeHolder(
            frozenset(name_key(n) for n in written), entry["country"], entry["office"], _terms(entry.get("terms"), label), written))
    return OfficeHolders(relation.eval_name, qualifier, float(confidence), frozenset(str(w).lower() for w in former),
                         frozenset(str(w).lower() for w in not_after), titles, tuple(holders))


def _terms(terms: object, label: str) -> tuple[tuple[str, str | None], ...]:
    """Terms as (start, end) ISO texts; a term of one date is still open."""
    if not isinstance(terms, list) or not terms:
        raise OntologyError(f"{label}: needs terms")
    out = []
    for term in terms:
        if not isinstance(term, list) or not 1 <= len(term) <= 2 or not all(_iso(d) for d in term):
            raise OntologyError(f"{label}: a term is [start] or [start, end], ISO dates")
        out.append((_iso(term[0]), _iso(term[1]) if len(term) == 2 else None))
    return tuple(out)


def _first_day(day: str) -> str:
    return day + "-01-01"[len(day) - 4:] if len(day) < 10 else day


def _last_day(day: str) -> str:
    # Month lengths do not matter here: "-31" only has to sort after every day of the month.
    return day + "-12-31"[len(day) - 4:] if len(day) < 10 else day


def _iso(value: object) -> str | None:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
